import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { BUDGET_CATEGORIES, NO_YEAR, lineProductFen, sumBudgetFen, summarizeBudget } from './budget.js';
import { GovformsError } from './errors.js';
import { sampleDossier } from './forms/registry.js';
import { fenToYuan } from './money.js';

describe('summarizeBudget', () => {
  test('totals the sample by category, year and data resources, to the fen', () => {
    const s = summarizeBudget(sampleDossier().budget);
    expect(s.total).toBe(3856400.5);
    expect(s.dataResourcesTotal).toBe(366400.5);
    expect(s.byYear).toEqual({ 2024: 3490000 });
    expect(Object.keys(s.byCategory)).toEqual([...BUDGET_CATEGORIES]);
    expect(s.byCategory.supervision).toBe(98000);
  });
  test('adds amounts that floating point gets wrong: 0.1 + 0.2 is 0.30', () => {
    const s = summarizeBudget({ items: [
      { category: 'other', name: 'a', amount: 0.1 }, { category: 'other', name: 'b', amount: 0.2 },
    ] });
    expect(s.total).toBe(0.3);
    expect(s.byYear).toEqual({ [NO_YEAR]: 0.3 });
  });
  test('is exact for any budget: the sum of fen equals the total', () => {
    const item = fc.record({
      category: fc.constantFrom(...BUDGET_CATEGORIES),
      name: fc.string(),
      amount: fc.integer({ min: 0, max: 1e11 }).map(fenToYuan),
      year: fc.integer({ min: 2020, max: 2030 }),
    });
    fc.assert(fc.property(fc.array(item, { maxLength: 60 }), (items) => {
      const fen = items.reduce((n, i) => n + Math.round(i.amount * 100), 0);
      const s = summarizeBudget({ items });
      expect(s.total).toBe(fenToYuan(fen));
      const byCat = Object.values(s.byCategory).reduce((n, v) => n + Math.round(v * 100), 0);
      expect(byCat).toBe(fen);
    }), { numRuns: 200 });
  });
  test('throws a zh-CN GovformsError naming the first unreadable amount', () => {
    const budget = { items: [{ category: 'other', name: 'a', amount: 1 }, { category: 'other', name: 'b', amount: 1.234 }] };
    expect(() => summarizeBudget(budget)).toThrow(GovformsError);
    expect(() => summarizeBudget(budget)).toThrow('预算明细 /items/1/amount：金额应为不超过两位小数的非负数');
    expect(() => summarizeBudget({ items: [{ category: 'hardware', name: 'x', amount: 1 }] })).toThrow('/items/0/category：费用类别无效');
  });
});

describe('sumBudgetFen never throws and lists what it could not read', () => {
  test('bad entries are left out of the sums and listed', () => {
    const t = sumBudgetFen({ items: [null, { category: 'other', amount: '5' }, { category: 'other', amount: 5 }], dataResources: [{ cost: -1 }] });
    expect(t.totalFen).toBe(500);
    expect(t.problems.map((p) => [p.path, p.reason])).toEqual([
      ['/items/0', 'not-an-object'], ['/items/1/amount', 'bad-amount'], ['/dataResources/0/cost', 'bad-amount'],
    ]);
  });
  test('quantity × unit price that differs from the amount is a problem with both figures', () => {
    const t = sumBudgetFen({ items: [{ category: 'development', name: 'x', quantity: 2.5, unitPrice: 1234.56, amount: 3086.41 }] });
    expect(t.problems).toEqual([{ path: '/items/0/amount', reason: 'amount-mismatch', expectedFen: 308640, amountFen: 308641 }]);
  });
  test.each([undefined, null, 'x', [], { items: 'x' }])('%j sums to zero', (b) => {
    expect(sumBudgetFen(b).totalFen).toBe(0);
  });
});

describe('lineProductFen: quantity × unit price of a line item, in fen', () => {
  it('3 × 12,345.67 yuan is exactly 37,037.01 yuan', () => {
    expect(lineProductFen(3, 12345.67)).toBe(3_703_701);
  });
  it('rounds half up to the fen: 0.5 × 0.01 → 0.01, 0.49 × 0.01 → 0.00, 1.25 × 0.33 = 0.4125 → 0.41', () => {
    expect(lineProductFen(0.5, 0.01)).toBe(1);
    expect(lineProductFen(0.49, 0.01)).toBe(0);
    expect(lineProductFen(1.25, 0.33)).toBe(41);
    expect(lineProductFen(1.5, 0.33)).toBe(50); // 0.495 → 0.50
  });
  it('is undefined unless both are valid (absent, three decimals, negative, text)', () => {
    expect(lineProductFen(undefined, 100)).toBeUndefined();
    expect(lineProductFen(2, undefined)).toBeUndefined();
    expect(lineProductFen(1.234, 100)).toBeUndefined();
    expect(lineProductFen(2, 0.001)).toBeUndefined();
    expect(lineProductFen(-1, 100)).toBeUndefined();
    expect(lineProductFen('2', 100)).toBeUndefined();
  });
  it('is the amount art. 14 expects: sumBudgetFen reports a mismatch against it and none when equal', () => {
    const item = { category: 'training', name: 'x', quantity: 3, unitPrice: 12345.67 };
    expect(sumBudgetFen({ items: [{ ...item, amount: 37037.01 }] }).problems).toEqual([]);
    expect(sumBudgetFen({ items: [{ ...item, amount: 37037 }] }).problems)
      .toEqual([{ path: '/items/0/amount', reason: 'amount-mismatch', expectedFen: 3_703_701, amountFen: 3_703_700 }]);
  });
});
