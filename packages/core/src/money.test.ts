import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fenToYuan, formatFen, formatFenAsWan, hasAtMostTwoDecimals, isWithinPercent, MAX_YUAN, multiplyFen, toHundredths, yuanToFen } from './money.js';

describe('yuanToFen', () => {
  test('reads amounts from their decimal digits, exactly', () => {
    expect(yuanToFen(1234.56)).toBe(123456);
    expect(yuanToFen(0.1)).toBe(10);
    expect(yuanToFen(0.29)).toBe(29); // 0.29 * 100 is 28.999999999999996 in floating point
    expect(yuanToFen(4000000.01)).toBe(400000001);
    expect(yuanToFen(1e12)).toBe(1e14);
    expect(yuanToFen(0)).toBe(0);
  });
  test('rejects more than two decimals, negatives, non-numbers and huge amounts', () => {
    for (const bad of [0.001, 1234.567, -1, Number.NaN, Infinity, '12', null, undefined, 1e12 + 0.01, 1e21, 1e-7]) {
      expect(yuanToFen(bad), String(bad)).toBeUndefined();
    }
  });
  test('round-trips every fen amount through yuan', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e14 }), (fen) => yuanToFen(fenToYuan(fen)) === fen));
  });
});

test('hasAtMostTwoDecimals accepts 1234.56 (where multipleOf 0.01 fails) and rejects 0.001', () => {
  expect(hasAtMostTwoDecimals(1234.56)).toBe(true);
  expect(hasAtMostTwoDecimals(-3.5)).toBe(true);
  expect(hasAtMostTwoDecimals(0.001)).toBe(false);
  expect(hasAtMostTwoDecimals(Number.NaN)).toBe(false);
});

describe('hasAtMostTwoDecimals (arithmetic) agrees with reading the decimal digits', () => {
  // The reference: the former implementation, which reads the digits JSON would print.
  const TWO_DECIMALS = /^(\d+)(?:\.(\d{1,2}))?$/;
  function plainDecimal(n: number): string {
    const s = String(n);
    if (!/e/i.test(s)) return s;
    return Math.abs(n) < 1 ? n.toFixed(20).replace(/0+$/, '') : n.toFixed(0);
  }
  function byDigits(n: number): boolean {
    return Number.isFinite(n) && TWO_DECIMALS.test(plainDecimal(Math.abs(n)));
  }
  function hundredthsByDigits(value: unknown): number | undefined {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_YUAN) return undefined;
    const m = TWO_DECIMALS.exec(plainDecimal(value));
    return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : undefined;
  }

  /** The neighbouring doubles: one ulp up and down. */
  function neighbours(n: number): number[] {
    const f = new Float64Array([n]);
    const bits = new BigInt64Array(f.buffer);
    const up = new Float64Array(new BigInt64Array([bits[0]! + 1n]).buffer)[0]!;
    const down = new Float64Array(new BigInt64Array([bits[0]! - 1n]).buffer)[0]!;
    return [n, up, down].filter((x) => !Number.isNaN(x));
  }

  const agrees = (n: number) => neighbours(n).every(
    (x) => hasAtMostTwoDecimals(x) === byDigits(x) && toHundredths(x) === hundredthsByDigits(x),
  );
  const runs = { numRuns: 10_000 };

  test('on doubles in [-1e12, 1e12] and their neighbours', () => {
    fc.assert(fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), agrees), runs);
  });
  test('on amounts built as k/100 and k/1000, and their neighbours', () => {
    fc.assert(fc.property(fc.integer({ min: -1e14, max: 1e14 }), (k) => agrees(k / 100)), runs);
    fc.assert(fc.property(fc.integer({ min: -1e15, max: 1e15 }), (k) => agrees(k / 1000)), runs);
    // k/100 with large k, near MAX_YUAN where the spacing of doubles is widest
    fc.assert(fc.property(fc.integer({ min: 1e14 - 1e6, max: 1e14 }), (k) => agrees(k / 100)), runs);
  });
  test('on tiny and huge values, both signs', () => {
    fc.assert(fc.property(fc.double({ min: -1e-3, max: 1e-3, noNaN: true }), agrees), runs);
    fc.assert(fc.property(fc.double({ min: 1e12, max: Number.MAX_VALUE, noNaN: true }), (n) => agrees(n) && agrees(-n)), runs);
    fc.assert(fc.property(fc.integer({ min: 1e14 - 1e6, max: 1e14 + 1e6 }), fc.integer({ min: 1, max: 3 }), (k, scale) => agrees(k / 10 ** scale)), runs);
  });
  test('on the edge values', () => {
    for (const n of [0, -0, Number.NaN, Infinity, -Infinity, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE,
      Number.EPSILON, 1e-7, 1e-21, 5e-3, 0.005, 0.015, 0.29, 1.005, 1234.56, 4000000.01, MAX_YUAN, -MAX_YUAN,
      MAX_YUAN - 0.01, MAX_YUAN + 0.01, 2 ** 40, 2 ** 46 + 2 ** -6, 2 ** 52 + 0.5, 2 ** 53, 1e21, 1e300]) {
      expect(agrees(n), String(n)).toBe(true);
    }
    expect(hasAtMostTwoDecimals(-0)).toBe(true);
    expect(hasAtMostTwoDecimals(Infinity)).toBe(false);
  });
});

test('formatFen shows yuan with thousands separators and two decimals', () => {
  expect(formatFen(150000030)).toBe('1,500,000.30');
  expect(formatFen(5)).toBe('0.05');
  expect(formatFen(-123456)).toBe('-1,234.56');
});

test('formatFenAsWan converts exactly to 万元', () => {
  expect(formatFenAsWan(150000030)).toBe('150.00003');
  expect(formatFenAsWan(400000000)).toBe('400.00');
  expect(formatFenAsWan(1)).toBe('0.000001');
});

test('property: multiplyFen is the exact BigInt product rounded half up, small and huge', () => {
  const exact = (q: number, p: number) => Number((BigInt(q) * BigInt(p) + 50n) / 100n);
  const amount = fc.oneof(fc.nat({ max: 10_000 }), fc.nat({ max: 1e8 }), fc.integer({ min: 0, max: 1e14 }));
  fc.assert(fc.property(amount, amount, (q, p) => multiplyFen(q, p) === exact(q, p)), { numRuns: 20_000 });
});

test('multiplyFen rounds quantity × unit price half up to the fen', () => {
  expect(multiplyFen(250, 123456)).toBe(308640); // 2.5 × 1,234.56 = 3,086.40
  expect(multiplyFen(33, 1)).toBe(0); // 0.33 × 0.01 = 0.0033 → 0.00
  expect(multiplyFen(50, 1)).toBe(1); // 0.5 × 0.01 = 0.005 → 0.01
  // 999,999.99 × 999,999.99 yuan: the product in fen×hundredths (9,999,999,800,000,001) exceeds 2^53
  expect(multiplyFen(99_999_999, 99_999_999)).toBe(99_999_998_000_000); // BigInt inside: no overflow before rounding
});

test('isWithinPercent compares part ≤ percent of whole exactly', () => {
  expect(isWithinPercent(500000000, 5000000000, 10)).toBe(true);
  expect(isWithinPercent(500000001, 5000000000, 10)).toBe(false);
});
