import { describe, expect, it } from 'vitest';
import { sumBudgetFen } from '@govforms/core';
import { expectedAmounts, expectedFenOf, perRow } from './row-state.js';

describe('budget row state', () => {
  it('groups cell entries by row and ignores other paths', () => {
    expect(perRow([['/items/3/amount', 'a'], ['/items/3/name', 'b'], ['/items/x/name', 'c'], ['/other/1/a', 'd']], '/items'))
      .toEqual({ 3: { amount: 'a', name: 'b' } });
  });

  it('knows the rows whose amount is not quantity × unit price, exactly', () => {
    const s = sumBudgetFen({ items: [
      { category: 'training', name: 'a', quantity: 3, unitPrice: 0.1, amount: 0.3 },
      { category: 'training', name: 'b', quantity: 3, unitPrice: 0.1, amount: 0.31 },
    ] });
    expect(expectedAmounts(s)).toEqual({ 1: '0.30' });
    expect(expectedFenOf(s, 1)).toBe(30);
    expect(expectedFenOf(s, 0)).toBeUndefined();
  });

  it('sums by year and category through core, items without a year last', () => {
    const s = sumBudgetFen({ items: [
      { category: 'other', name: 'a', amount: 1 }, { category: 'other', name: 'b', year: 2025, amount: 2 },
      { category: 'training', name: 'c', year: 2024, amount: 0.1 },
    ], dataResources: [{ name: 'r', cost: 0.2 }] });
    expect(s.years).toEqual(['2024', '2025', 'unspecified']);
    expect(s.byCategoryYearFen.other['2025']).toBe(200);
    expect(s.totalFen).toBe(330);
  });
});
