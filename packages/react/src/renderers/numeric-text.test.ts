import { describe, expect, it } from 'vitest';
import { normalizeNumberText, parseDecimal2Text, parseIntegerText, parseMoneyText } from './numeric-text.js';

describe('parseMoneyText', () => {
  it('reads thousands separators, full-width digits, ¥ and 元', () => {
    expect(parseMoneyText('1,234,567.89')).toEqual({ ok: true, value: 1234567.89 });
    expect(parseMoneyText('１２３４．５')).toEqual({ ok: true, value: 1234.5 });
    expect(parseMoneyText('￥ 4,000,000.01 元')).toEqual({ ok: true, value: 4000000.01 });
    expect(parseMoneyText('0.1')).toEqual({ ok: true, value: 0.1 });
    expect(parseMoneyText('12.')).toEqual({ ok: true, value: 12 });
  });

  it('an empty field is no amount, not zero', () => {
    expect(parseMoneyText('  ')).toEqual({ ok: true, value: undefined });
  });

  it('rejects a third decimal (1,234.567) instead of rounding it', () => {
    expect(parseMoneyText('1,234.567')).toEqual({ ok: false, reason: 'too-many-decimals' });
  });

  it('turns "12万" into a suggestion in yuan instead of guessing', () => {
    expect(parseMoneyText('12万')).toEqual({ ok: false, reason: 'wan', suggestion: '120000' });
    expect(parseMoneyText('385.64005万元')).toEqual({ ok: false, reason: 'wan', suggestion: '3856400.5' });
    expect(parseMoneyText('0.5万')).toEqual({ ok: false, reason: 'wan', suggestion: '5000' });
  });

  it('rejects letters, negatives and absurd amounts with their own reasons', () => {
    expect(parseMoneyText('abc')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseMoneyText('1e6')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseMoneyText('12a')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseMoneyText('-5')).toEqual({ ok: false, reason: 'negative' });
    expect(parseMoneyText('1000000000000.01')).toEqual({ ok: false, reason: 'too-large' });
    expect(parseMoneyText('1000000000000')).toEqual({ ok: true, value: 1_000_000_000_000 });
  });
});

describe('parseDecimal2Text and parseIntegerText', () => {
  it('decimals: at most two places; the schema judges the range', () => {
    expect(parseDecimal2Text('3.25')).toEqual({ ok: true, value: 3.25 });
    expect(parseDecimal2Text('3.255')).toEqual({ ok: false, reason: 'too-many-decimals' });
    expect(parseDecimal2Text('-1')).toEqual({ ok: true, value: -1 });
    expect(parseDecimal2Text('三')).toEqual({ ok: false, reason: 'not-a-number' });
  });

  it('integers: a decimal point is "not an integer", letters are "not a number"', () => {
    expect(parseIntegerText('２０２５')).toEqual({ ok: true, value: 2025 });
    expect(parseIntegerText('2025.5')).toEqual({ ok: false, reason: 'not-integer' });
    expect(parseIntegerText('二〇二五')).toEqual({ ok: false, reason: 'not-a-number' });
  });

  it('normalizes without touching what it does not understand', () => {
    expect(normalizeNumberText(' 1，234 元')).toBe('1234');
    expect(normalizeNumberText('12万')).toBe('12万');
  });
});
