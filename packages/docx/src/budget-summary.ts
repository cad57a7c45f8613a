/**
 * The budget totals a document shows: by category, by category and year, by year, the
 * data-resource costs and the total, exact to the fen (core's sumBudgetFen does the sums and
 * the category × year breakdown; category names are the budget form's option labels).
 */
import { BUDGET_CATEGORIES, NO_YEAR, fieldLabel, formatFen, formatFenAsWan, getForm, optionLabels, sumBudgetFen } from '@govforms/core';
import { wanText, yuanText, type ViewContext } from './dossier-view.js';
import { sharedWords as sw } from './messages.js';

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

const row = (label: string, fen: number): AmountRow => ({ label, amount: formatFen(fen), amountWan: formatFenAsWan(fen) });
const yearLabel = (y: string) => (y === NO_YEAR ? sw.noYear() : sw.year({ year: y }));

export function budgetSummary(budget: unknown, ctx: ViewContext): BudgetSummaryView {
  const form = getForm('budget');
  const totals = sumBudgetFen(budget);
  for (const p of totals.problems) {
    if (p.reason === 'amount-mismatch') continue;
    ctx.warnings.push({ path: `/${form.dossierKey}${p.path}`, message: ctx.messages.warnings.budgetProblem({ field: fieldLabel(form, p.path, ctx.locale) }) });
  }
  const labels = new Map((optionLabels(form, '/items/0/category') ?? []).map((o) => [o.value, o.label]));
  const label = (c: string) => labels.get(c) ?? c;
  const byCategoryYear: CategoryYearRow[] = [];
  for (const c of BUDGET_CATEGORIES) {
    for (const y of totals.years) {
      const fen = totals.byCategoryYearFen[c][y] ?? 0;
      if (fen > 0) byCategoryYear.push({ ...row(label(c), fen), no: String(byCategoryYear.length + 1), category: label(c), year: yearLabel(y) });
    }
  }
  return {
    byCategory: BUDGET_CATEGORIES.map((c) => row(label(c), totals.byCategoryFen[c])),
    byCategoryYear,
    byYear: totals.years.map((y) => row(yearLabel(y), totals.byYearFen[y] ?? 0)),
    itemsTotal: yuanText(totals.itemsFen),
    dataResources: yuanText(totals.dataResourcesFen),
    dataResourcesFigure: formatFen(totals.dataResourcesFen),
    dataResourcesWanFigure: formatFenAsWan(totals.dataResourcesFen),
    total: yuanText(totals.totalFen),
    totalWan: wanText(totals.totalFen),
    totalFigure: formatFen(totals.totalFen),
    totalWanFigure: formatFenAsWan(totals.totalFen),
  };
}
