/**
 * Money is an integer number of fen (分) inside govforms and yuan (元) outside.
 * This module alone converts between the two and formats amounts; nothing else does
 * arithmetic on yuan.
 */

/** Largest amount a form accepts (1 万亿元); keeps every fen sum far below 2^53. */
export const MAX_YUAN = 1_000_000_000_000;

const TWO_DECIMALS = /^(\d+)(?:\.(\d{1,2}))?$/;

/** Decimal digits of a finite number as JSON would print it (no exponent). */
function plainDecimal(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  // Exponent form only happens for tiny (<1e-6) or huge (>=1e21) values.
  return Math.abs(n) < 1 ? n.toFixed(20).replace(/0+$/, '') : n.toFixed(0);
}

/**
 * True when `n` is a finite number written with at most two decimals (1234.56 yes, 0.001 no),
 * i.e. when the shortest decimal that reads back as `n` (what JSON prints) has at most two.
 *
 * Within ±MAX_YUAN this is arithmetic, not text (validation runs it for every amount), and
 * exact: if n is the double nearest some k/100, the computed n·100 lies within
 * 50·ulp(n) + ulp(n·100)/2 < 0.014 of the integer k (|n| ≤ 1e12 < 2^40, so ulp(n) ≤ 2^-13),
 * Math.round gives k exactly, and k/100, one correctly rounded division, is n again.
 * Conversely, Math.round(n·100)/100 === n says n is the double nearest that k/100. As doubles
 * below 1e12 are less than 0.001 apart, n's shortest decimal has at most two decimals exactly
 * when some k/100 rounds to n. Above MAX_YUAN that spacing argument ends: the digits decide.
 */
export function hasAtMostTwoDecimals(n: number): boolean {
  if (!Number.isFinite(n)) return false;
  if (Math.abs(n) <= MAX_YUAN) return Math.round(n * 100) / 100 === n;
  return TWO_DECIMALS.test(plainDecimal(Math.abs(n)));
}

/**
 * A non-negative number with at most two decimals as an exact integer count of hundredths;
 * undefined for anything else, or above MAX_YUAN. Exact without reading digits: for such an n
 * (the double nearest some k/100, |n| ≤ MAX_YUAN) n·100 rounds to k, as hasAtMostTwoDecimals
 * shows. The sums of every budget go through here, so it must not build strings.
 */
export function toHundredths(value: unknown): number | undefined {
  if (typeof value !== 'number' || value < 0 || value > MAX_YUAN || !hasAtMostTwoDecimals(value)) return undefined;
  return Math.round(value * 100) + 0; // + 0: -0 is 0 fen
}

/** A yuan amount as integer fen, exactly; undefined when it is not a valid amount. */
export const yuanToFen: (value: unknown) => number | undefined = toHundredths;

/** quantity (in hundredths) × unit price (fen), rounded half up to the fen, exactly. */
export function multiplyFen(quantityHundredths: number, unitPriceFen: number): number {
  const product = quantityHundredths * unitPriceFen;
  // Every budget row goes through here: plain integers while the product is exact, BigInt beyond.
  if (Number.isSafeInteger(product)) {
    const rest = product % 100;
    return (product - rest) / 100 + (rest >= 50 ? 1 : 0);
  }
  return Number((BigInt(quantityHundredths) * BigInt(unitPriceFen) + 50n) / 100n);
}

/** Integer fen back to a yuan number (the nearest double to the exact decimal). */
export function fenToYuan(fen: number): number {
  return fen / 100;
}

/** `1500000.3` yuan in fen → "1,500,000.30". */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}${whole}.${cents}`;
}

/** Fen → 万元 with up to six decimals, exact (1 万元 = 1,000,000 fen): 150.00003. */
export function formatFenAsWan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 1_000_000).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const frac = String(abs % 1_000_000).padStart(6, '0').replace(/0+$/, '').padEnd(2, '0');
  return `${sign}${whole}.${frac}`;
}

/** Exact comparison `part * 100 <= whole * percent` for integer fen. */
export function isWithinPercent(partFen: number, wholeFen: number, percent: number): boolean {
  return partFen * 100 <= wholeFen * percent;
}
