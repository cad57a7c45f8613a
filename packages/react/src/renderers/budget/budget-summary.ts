/**
 * The numbers under the budget table, all from core's integer-fen sums (sumBudgetFen):
 * category × year, per year, line items, data resources, grand total. Nothing is added here.
 */
import { BUDGET_CATEGORIES, NO_YEAR, sumBudgetFen, type BudgetCategory, type BudgetTotalsFen } from '@govforms/core';

export interface BudgetSummaryFen {
  totals: BudgetTotalsFen;
  /** Year keys in order ("2024", "2025", …, then NO_YEAR when some item has no year). */
  years: string[];
  /** Per year: its sums by category (and its own total). */
  byYear: Record<string, BudgetTotalsFen>;
  categories: readonly BudgetCategory[];
}

const yearOf = (item: unknown): string => {
  const y = item && typeof item === 'object' ? (item as { year?: unknown }).year : undefined;
  return Number.isInteger(y) ? String(y) : NO_YEAR;
};

export function summarizeBudgetFen(items: unknown, dataResources: unknown): BudgetSummaryFen {
  const list = Array.isArray(items) ? items : [];
  const totals = sumBudgetFen({ items: list, dataResources });
  const groups = new Map<string, unknown[]>();
  for (const item of list) {
    const y = yearOf(item);
    let g = groups.get(y);
    if (!g) groups.set(y, (g = []));
    g.push(item);
  }
  const years = [...groups.keys()].sort((a, b) => (a === NO_YEAR ? 1 : b === NO_YEAR ? -1 : Number(a) - Number(b)));
  const byYear: Record<string, BudgetTotalsFen> = {};
  for (const y of years) byYear[y] = sumBudgetFen({ items: groups.get(y) });
  return { totals, years, byYear, categories: BUDGET_CATEGORIES };
}
