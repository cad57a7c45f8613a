/**
 * The budget totals a document shows: by category, by category and year, by year, the
 * data-resource costs and the total, exact to the fen (core's sumBudgetFen does the sums).
 */
import { BUDGET_CATEGORIES, NO_YEAR, formatFen, formatFenAsWan, getForm, sumBudgetFen, type BudgetCategory } from '@govforms/core';
import { documentWords as w, docxText } from './messages.js';
import { own } from './own.js';
import { fieldKind, type Schema } from './schema-kind.js';
import type { ViewContext } from './dossier-view.js';

export interface AmountRow { label: string; amount: string; amountWan: string }
export interface CategoryYearRow extends AmountRow { no: string; category: string; year: string }

/** Table rows carry bare figures (the column header names the unit); totals come with and without. */
export interface BudgetSummaryView {
  byCategory: AmountRow[];
  byCategoryYear: CategoryYearRow[];
  byYear: AmountRow[];
  itemsTotal: string;
  dataResources: string;
  dataResourcesFigure: string;
  dataResourcesWanFigure: string;
  total: string;
  totalWan: string;
  totalFigure: string;
  totalWanFigure: string;
}

/** The Chinese name of each budget category, read from the budget form's schema. */
export function categoryLabels(): ReadonlyMap<string, string> {
  const schema = getForm('budget').schema;
  const items = ((schema.properties as Record<string, Schema>).items!.items as Schema);
  const kind = fieldKind((items.properties as Record<string, Schema>).category!, schema);
  return kind.kind === 'enum' ? kind.labels : new Map();
}

const row = (label: string, fen: number): AmountRow => ({ label, amount: formatFen(fen), amountWan: formatFenAsWan(fen) });

function yearKey(item: unknown): string {
  const year = own(item, 'year');
  return Number.isInteger(year) ? String(year) : NO_YEAR;
}

const byYearOrder = (a: string, b: string) => (a === NO_YEAR ? 1 : b === NO_YEAR ? -1 : Number(a) - Number(b));
const yearLabel = (y: string) => (y === NO_YEAR ? w.noYear : w.yearLabel(y));

export function budgetSummary(budget: unknown, ctx: ViewContext): BudgetSummaryView {
  const totals = sumBudgetFen(budget);
  for (const p of totals.problems) {
    if (p.reason !== 'amount-mismatch') ctx.warnings.push({ path: `/budget${p.path}`, message: docxText(ctx.locale).warnBudgetProblem(p.path) });
  }
  const labels = categoryLabels();
  const label = (c: BudgetCategory) => labels.get(c) ?? c;
  const items = own(budget, 'items');
  const groups = new Map<string, unknown[]>();
  for (const item of Array.isArray(items) ? items : []) {
    const key = yearKey(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const years = [...groups.keys()].sort(byYearOrder);
  const perYear = new Map(years.map((y) => [y, sumBudgetFen({ items: groups.get(y) }).byCategoryFen]));
  const byCategoryYear: CategoryYearRow[] = [];
  for (const c of BUDGET_CATEGORIES) {
    for (const y of years) {
      const fen = perYear.get(y)![c];
      if (fen > 0) byCategoryYear.push({ ...row(label(c), fen), no: String(byCategoryYear.length + 1), category: label(c), year: yearLabel(y) });
    }
  }
  return {
    byCategory: BUDGET_CATEGORIES.map((c) => row(label(c), totals.byCategoryFen[c])),
    byCategoryYear,
    byYear: years.map((y) => row(yearLabel(y), totals.byYearFen[y] ?? 0)),
    itemsTotal: w.yuan(formatFen(totals.itemsFen)),
    dataResources: w.yuan(formatFen(totals.dataResourcesFen)),
    dataResourcesFigure: formatFen(totals.dataResourcesFen),
    dataResourcesWanFigure: formatFenAsWan(totals.dataResourcesFen),
    total: w.yuan(formatFen(totals.totalFen)),
    totalWan: w.wan(formatFenAsWan(totals.totalFen)),
    totalFigure: formatFen(totals.totalFen),
    totalWanFigure: formatFenAsWan(totals.totalFen),
  };
}
