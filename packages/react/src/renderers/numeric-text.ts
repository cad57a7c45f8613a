/**
 * What a person types into a number field, read strictly: thousands separators, full-width
 * digits, a leading ¥ and a trailing 元 are accepted; anything else is a reason the control
 * shows while keeping the typed text. Money becomes a yuan number only through core's
 * `yuanToFen` (exact), never by float arithmetic here.
 */
import { MAX_YUAN, yuanToFen } from '@govforms/core';

export type ParseFailure = 'not-a-number' | 'too-many-decimals' | 'negative' | 'too-large' | 'wan' | 'not-integer';

export type Parsed =
  | { ok: true; value: number | undefined }
  | { ok: false; reason: ParseFailure; /** For "12万": the same amount in yuan, to type instead. */ suggestion?: string };

const FULL_WIDTH: Record<string, string> = { '．': '.', '，': ',', '－': '-', '　': ' ', '＋': '+' };

/** Half-width digits and punctuation, no spaces, no thousands separators, no currency marks. */
export function normalizeNumberText(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．，－　＋]/g, (c) => FULL_WIDTH[c] ?? c)
    .replace(/\s+/g, '')
    .replace(/^[¥￥]/, '')
    .replace(/元$/, '')
    .replace(/,/g, '');
}

const PLAIN = /^\+?(\d*)(?:\.(\d*))?$/;

/** "12.5" 万 → "125000" yuan, by moving the decimal point four places (exact, on the digits). */
function wanToYuanText(wan: string): string {
  const [whole = '', frac = ''] = wan.split('.');
  const yuanWhole = `${whole}${frac.slice(0, 4).padEnd(4, '0')}`.replace(/^0+(?=\d)/, '');
  const yuanFrac = frac.slice(4);
  return yuanFrac ? `${yuanWhole}.${yuanFrac}` : yuanWhole;
}

function readPlain(n: string): { whole: string; frac: string } | undefined {
  const m = PLAIN.exec(n);
  if (!m || (m[1] === '' && (m[2] ?? '') === '')) return undefined;
  return { whole: m[1] ?? '', frac: m[2] ?? '' };
}

/** A money amount in yuan (元): at most two decimals, not negative, at most MAX_YUAN. */
export function parseMoneyText(text: string): Parsed {
  const n = normalizeNumberText(text);
  if (n === '') return { ok: true, value: undefined };
  const wan = /^(\d+(?:\.\d+)?)万元?$/.exec(n);
  if (wan) return { ok: false, reason: 'wan', suggestion: wanToYuanText(wan[1]!) };
  if (/^-/.test(n) && readPlain(n.slice(1))) return { ok: false, reason: 'negative' };
  const plain = readPlain(n);
  if (!plain) return { ok: false, reason: 'not-a-number' };
  if (plain.frac.length > 2) return { ok: false, reason: 'too-many-decimals' };
  const value = Number(`${plain.whole || '0'}.${plain.frac || '0'}`);
  if (value > MAX_YUAN) return { ok: false, reason: 'too-large' };
  return yuanToFen(value) === undefined ? { ok: false, reason: 'not-a-number' } : { ok: true, value };
}

/** A decimal with at most two places (quantities, years of warranty, percentages). */
export function parseDecimal2Text(text: string): Parsed {
  const n = normalizeNumberText(text);
  if (n === '') return { ok: true, value: undefined };
  const negative = n.startsWith('-');
  const plain = readPlain(negative ? n.slice(1) : n);
  if (!plain) return { ok: false, reason: 'not-a-number' };
  if (plain.frac.length > 2) return { ok: false, reason: 'too-many-decimals' };
  const value = Number(`${negative ? '-' : ''}${plain.whole || '0'}.${plain.frac || '0'}`);
  return { ok: true, value };
}

/** A whole number (years). */
export function parseIntegerText(text: string): Parsed {
  const n = normalizeNumberText(text);
  if (n === '') return { ok: true, value: undefined };
  if (/^-?\d+$/.test(n)) {
    const value = Number(n);
    return Number.isSafeInteger(value) ? { ok: true, value } : { ok: false, reason: 'not-a-number' };
  }
  const negative = n.startsWith('-');
  return readPlain(negative ? n.slice(1) : n) ? { ok: false, reason: 'not-integer' } : { ok: false, reason: 'not-a-number' };
}
