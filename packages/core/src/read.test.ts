import { describe, expect, it } from 'vitest';
import { hasEnteredValue } from './read.js';

describe('hasEnteredValue', () => {
  it('an untouched form holds nothing: empty strings, null, empty lists and objects', () => {
    expect(hasEnteredValue(undefined)).toBe(false);
    expect(hasEnteredValue({})).toBe(false);
    expect(hasEnteredValue({ name: '', note: '   ', items: [], plan: {}, x: null })).toBe(false);
    expect(hasEnteredValue({ items: [{}, { name: '' }] })).toBe(false);
  });

  it('any number, boolean or non-blank text counts, at any depth', () => {
    expect(hasEnteredValue({ totalInvestment: 0 })).toBe(true);
    expect(hasEnteredValue({ inTrial: false })).toBe(true);
    expect(hasEnteredValue({ items: [{}, { name: '开发' }] })).toBe(true);
    expect(hasEnteredValue({ a: { b: { c: ['x'] } } })).toBe(true);
  });

  it('data nested 100,000 levels deep does not overflow the stack', () => {
    let deep: unknown = { leaf: '' };
    for (let i = 0; i < 100_000; i++) deep = { next: deep };
    expect(hasEnteredValue(deep)).toBe(false);
    let deepList: unknown = ['值'];
    for (let i = 0; i < 100_000; i++) deepList = [deepList];
    expect(hasEnteredValue(deepList)).toBe(true);
  });
});
