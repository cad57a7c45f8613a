import { BUDGET_CATEGORIES, fenToYuan, summarizeBudget } from '@govforms/core';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { INJECTION_PAYLOADS, withItems } from '../test-support/budgets.js';
import { cleanText } from './cell-text.js';
import { buildBudgetWorkbook, readBudgetWorkbook } from './index.js';

const fen = fc.integer({ min: 0, max: 100_000_000_000_000 });
// Any code points (control characters, lone surrogates, _xHHHH_, non-BMP) and injection payloads.
const text = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 24 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }),
  fc.constantFrom(...INJECTION_PAYLOADS, '_x0041_', ' 前后空格 ', '𠀀😀'),
).filter((s) => cleanText(s) !== '');

/** quantity × unit price, rounded half up to the fen, exactly. */
const times = (qHundredths: number, priceFen: number) => Number((BigInt(qHundredths) * BigInt(priceFen) + 50n) / 100n);

const item = fc.record({
  category: fc.constantFrom(...BUDGET_CATEGORIES),
  name: text,
  year: fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: undefined }),
  priced: fc.option(fc.record({ q: fc.integer({ min: 1, max: 1_000_000 }), price: fc.integer({ min: 0, max: 10_000_000_00 }), matches: fc.boolean() }), { nil: undefined }),
  amount: fen,
  note: fc.option(text, { nil: undefined }),
}).map(({ priced, amount, year, note, ...rest }) => ({
  ...rest,
  ...(year !== undefined && { year }),
  ...(priced && { quantity: priced.q / 100, unitPrice: fenToYuan(priced.price) }),
  amount: fenToYuan(priced?.matches ? times(priced.q, priced.price) : amount),
  ...(note !== undefined && { note }),
}));

const resource = fc.record({
  name: text,
  provider: fc.option(text, { nil: undefined }),
  description: fc.option(text, { nil: undefined }),
  cost: fen.map(fenToYuan),
}).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));

/** What the workbook stores: text cleaned for XML, nothing else changed. */
function stored<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'string' ? cleanText(v) : v])) as T;
}

test('random budgets → workbook → readBudgetWorkbook give the same budget, money exact', async () => {
  await fc.assert(fc.asyncProperty(fc.array(item, { minLength: 1, maxLength: 15 }), fc.array(resource, { maxLength: 4 }), async (items, resources) => {
    const d = withItems(items, resources);
    const back = await readBudgetWorkbook(await buildBudgetWorkbook(d));
    expect(back).toEqual({ items: items.map(stored), dataResources: resources.map(stored) });
    expect(summarizeBudget(back)).toEqual(summarizeBudget(d.budget));
  }), { numRuns: 30 });
});
