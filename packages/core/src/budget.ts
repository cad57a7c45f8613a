import { GovformsError } from './errors.js';
import { coreMessages } from './i18n/core-messages.js';
import { fenToYuan, multiplyFen, toHundredths, yuanToFen } from './money.js';
import { field as own, section } from './read.js';
import type { BudgetCategory, BudgetSummary } from './types.js';

export const BUDGET_CATEGORIES: readonly BudgetCategory[] = [
  'development', 'implementation', 'maintenance', 'training', 'supervision', 'other',
];

/** Key of byYear for line items without a year. */
export const NO_YEAR = 'unspecified';

export interface BudgetProblem {
  /** JSON Pointer relative to the budget, e.g. /items/3/amount. */
  path: string;
  reason: 'not-an-object' | 'bad-amount' | 'bad-category' | 'amount-mismatch';
  /** For 'amount-mismatch': quantity × unit price, and the amount given, in fen. */
  expectedFen?: number;
  amountFen?: number;
}

export interface BudgetTotalsFen {
  totalFen: number;
  itemsFen: number;
  byCategoryFen: Record<BudgetCategory, number>;
  byYearFen: Record<string, number>;
  /** The category × year breakdown: for each category, its sums by year key. */
  byCategoryYearFen: Record<BudgetCategory, Record<string, number>>;
  /** The year keys of the line items in reading order: years ascending, then NO_YEAR. */
  years: string[];
  dataResourcesFen: number;
  itemCount: number;
  problems: BudgetProblem[];
}

function isCategory(v: unknown): v is BudgetCategory {
  return typeof v === 'string' && (BUDGET_CATEGORIES as readonly string[]).includes(v);
}

function emptyByCategory(): Record<BudgetCategory, number> {
  return { development: 0, implementation: 0, maintenance: 0, training: 0, supervision: 0, other: 0 };
}

function emptyByCategoryYear(): Record<BudgetCategory, Record<string, number>> {
  return Object.fromEntries(BUDGET_CATEGORIES.map((c) => [c, {}])) as Record<BudgetCategory, Record<string, number>>;
}

/** Years ascending, items without a year last. */
export function compareYearKeys(a: string, b: string): number {
  return a === NO_YEAR ? (b === NO_YEAR ? 0 : 1) : b === NO_YEAR ? -1 : Number(a) - Number(b);
}

/** The budget fields sumBudgetFen reads (rules that sum the budget read them too), as dossier pointers. */
export const BUDGET_TOTALS_READS: readonly string[] = [
  '/budget/items/*/amount', '/budget/items/*/category', '/budget/items/*/quantity', '/budget/items/*/unitPrice',
  '/budget/items/*/year', '/budget/dataResources/*/cost',
];

/**
 * quantity × unit price of a line item in fen, or undefined unless both are valid (quantity
 * with at most two decimals, unit price a yuan amount). The product of two 2-decimal numbers
 * has up to four decimals; it is rounded half up to the fen (multiplyFen), exactly. The table
 * fills the amount with it and art. 14 checks the amount against it: one function for both.
 */
export function lineProductFen(quantity: unknown, unitPrice: unknown): number | undefined {
  const q = toHundredths(quantity);
  const price = yuanToFen(unitPrice);
  return q === undefined || price === undefined ? undefined : multiplyFen(q, price);
}

/**
 * Sums a budget in integer fen. Never throws: items it cannot read are listed in `problems`
 * and left out of the sums, so callers can tell "not checked" from "wrong".
 */
export function sumBudgetFen(budget: unknown): BudgetTotalsFen {
  const byCategoryFen = emptyByCategory();
  const byCategoryYearFen = emptyByCategoryYear();
  const byYearFen: Record<string, number> = Object.create(null) as Record<string, number>;
  const problems: BudgetProblem[] = [];
  let itemsFen = 0;
  let dataResourcesFen = 0;
  let itemCount = 0;
  const b = section(budget);
  const items = own(b, 'items');
  if (Array.isArray(items)) {
    items.forEach((entry: unknown, i) => {
      const at = `/items/${i}`;
      const item = section(entry);
      if (!item) return void problems.push({ path: at, reason: 'not-an-object' });
      const fen = yuanToFen(own(item, 'amount'));
      if (fen === undefined) return void problems.push({ path: `${at}/amount`, reason: 'bad-amount' });
      const category = own(item, 'category');
      if (!isCategory(category)) return void problems.push({ path: `${at}/category`, reason: 'bad-category' });
      const expectedFen = lineProductFen(own(item, 'quantity'), own(item, 'unitPrice'));
      if (expectedFen !== undefined && expectedFen !== fen) {
        problems.push({ path: `${at}/amount`, reason: 'amount-mismatch', expectedFen, amountFen: fen });
      }
      const year = own(item, 'year');
      const yearKey = Number.isInteger(year) ? String(year) : NO_YEAR;
      itemCount++;
      itemsFen += fen;
      byCategoryFen[category] += fen;
      byYearFen[yearKey] = (byYearFen[yearKey] ?? 0) + fen;
      const cell = byCategoryYearFen[category];
      cell[yearKey] = (Object.hasOwn(cell, yearKey) ? cell[yearKey]! : 0) + fen;
    });
  }
  const resources = own(b, 'dataResources');
  if (Array.isArray(resources)) {
    resources.forEach((r: unknown, i) => {
      const fen = yuanToFen(own(section(r), 'cost'));
      if (fen === undefined) return void problems.push({ path: `/dataResources/${i}/cost`, reason: 'bad-amount' });
      dataResourcesFen += fen;
    });
  }
  return {
    totalFen: itemsFen + dataResourcesFen, itemsFen, byCategoryFen, byYearFen: { ...byYearFen }, byCategoryYearFen,
    years: Object.keys(byYearFen).sort(compareYearKeys),
    dataResourcesFen, itemCount, problems,
  };
}

/**
 * Totals of a budget, exact to the fen: by category, by year (line items) and the
 * data-resource costs; `total` is line items plus data resources. Throws a GovformsError
 * naming the first unreadable amount or category.
 */
export function summarizeBudget(budget: object): BudgetSummary {
  const t = sumBudgetFen(budget);
  const bad = t.problems.find((p) => p.reason !== 'amount-mismatch');
  if (bad) {
    const m = coreMessages().budget;
    const problem = bad.reason === 'bad-category' ? m.badCategory() : bad.reason === 'not-an-object' ? m.notAnObject() : m.badAmount();
    throw new GovformsError(m.invalid({ path: bad.path, problem }), 'invalid-budget', bad.path);
  }
  const byCategory = emptyByCategory();
  for (const c of BUDGET_CATEGORIES) byCategory[c] = fenToYuan(t.byCategoryFen[c]);
  const byYear: Record<string, number> = {};
  for (const [y, fen] of Object.entries(t.byYearFen)) byYear[y] = fenToYuan(fen);
  return { total: fenToYuan(t.totalFen), byCategory, byYear, dataResourcesTotal: fenToYuan(t.dataResourcesFen) };
}
