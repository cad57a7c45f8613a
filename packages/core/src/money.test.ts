import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fenToYuan, formatFen, formatFenAsWan, hasAtMostTwoDecimals, isWithinPercent, multiplyFen, yuanToFen } from './money.js';

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
