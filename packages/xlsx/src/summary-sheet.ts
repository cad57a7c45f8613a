/**
 * The 汇总 sheet: totals by category and by year, data-resource costs, the grand total and
 * checks against the application's total investment. Every figure is a live formula over
 * whole columns of 明细/数据资源 (rows added later count too) and carries its cached
 * result, computed exactly in fen by core.
 */
import { BUDGET_CATEGORIES, fenToYuan, NO_YEAR, yuanToFen } from '@govforms/core';
import { budgetSchemaFacts } from './budget-schema.js';
import { cellText, fitWidth } from './cell-text.js';
import { ITEM_COL, wholeColumn } from './items-sheet.js';
import type { PreparedBudget } from './prepare-budget.js';
import { RESOURCE_COL } from './resources-sheet.js';
import { STYLE, type PlanCell, type PlanRow, type SheetPlan } from './sheet-plan.js';
import { formulaString, ITEM_HEADERS, NO_YEAR_LABEL, SHEET, W } from './workbook-labels.js';

const AMOUNTS = wholeColumn(SHEET.items, ITEM_COL.amount);
const CATEGORIES = wholeColumn(SHEET.items, ITEM_COL.category);
const YEARS = wholeColumn(SHEET.items, ITEM_COL.year);
const COSTS = wholeColumn(SHEET.resources, RESOURCE_COL.cost);

const LABEL_VALUE = [STYLE.label, STYLE.text];
const LABEL_MONEY = [STYLE.label, STYLE.money];
const HEADER = [STYLE.header, STYLE.header];
const TOTAL = [STYLE.label, STYLE.moneyTotal];
const BLANK: PlanRow = { cells: [], styles: [] };

/** Builds rows top to bottom, knowing each row's number for the formulas that follow. */
class Rows {
  readonly list: PlanRow[] = [];
  get next(): number { return this.list.length + 1; }
  add(cells: PlanCell[], styles: PlanRow['styles']): number {
    this.list.push({ cells, styles });
    return this.list.length;
  }
}

const yuan = (fen: number) => fenToYuan(fen);

/** The summary's words, read once. */
const L = {
  title: W.summary.title(), projectName: W.summary.projectName(), applicant: W.summary.applicant(),
  totalInvestment: W.summary.totalInvestment(), itemsTotal: W.summary.itemsTotal(), yearsTotal: W.summary.yearsTotal(),
  dataResourcesTotal: W.summary.dataResourcesTotal(), grandTotal: W.summary.grandTotal(),
  checkInvestment: W.summary.checkInvestment(), checkBreakdown: W.summary.checkBreakdown(),
  match: W.summary.match(), mismatch: W.summary.mismatch(), investmentMissing: W.summary.investmentMissing(),
  // The table headers name budget fields: the schema's titles, as on the 明细 sheet.
  byCategoryHeader: ITEM_HEADERS.category, byYearHeader: ITEM_HEADERS.year, amountHeader: ITEM_HEADERS.amount,
};
const [MATCH, MISMATCH, INVESTMENT_MISSING] = [L.match, L.mismatch, L.investmentMissing].map(formulaString);

export function summarySheet(b: PreparedBudget, draft = false): SheetPlan {
  const { categoryLabel } = budgetSchemaFacts();
  const t = b.totals;
  const r = new Rows();
  r.add([draft ? `${L.title}${W.draft.titleMark()}` : L.title], [STYLE.title]);
  r.add([L.projectName, b.projectName === undefined ? null : cellText(b.projectName)], LABEL_VALUE);
  r.add([L.applicant, b.applicant === undefined ? null : cellText(b.applicant)], LABEL_VALUE);
  const investmentRow = r.add([L.totalInvestment, b.totalInvestment ?? null], LABEL_MONEY);
  r.list.push(BLANK);

  r.add([L.byCategoryHeader, L.amountHeader], HEADER);
  const firstCategory = r.next;
  for (const c of BUDGET_CATEGORIES) {
    r.add([categoryLabel[c], { formula: `SUMIFS(${AMOUNTS},${CATEGORIES},$A${r.next})`, result: yuan(t.byCategoryFen[c]) }], LABEL_MONEY);
  }
  const itemsTotalRow = r.add([L.itemsTotal, { formula: `SUM(${AMOUNTS})`, result: yuan(t.itemsFen) }], TOTAL);
  r.list.push(BLANK);

  r.add([L.byYearHeader, L.amountHeader], HEADER);
  const firstYear = r.next;
  // Years ascending, then items without a year (core's order); one empty 未分年度 row when there are no items.
  for (const key of t.years.length ? t.years : [NO_YEAR]) {
    const fen = t.byYearFen[key] ?? 0;
    if (key === NO_YEAR) r.add([NO_YEAR_LABEL, { formula: `SUMIFS(${AMOUNTS},${YEARS},"")`, result: yuan(fen) }], LABEL_MONEY);
    else r.add([Number(key), { formula: `SUMIFS(${AMOUNTS},${YEARS},$A${r.next})`, result: yuan(fen) }], [STYLE.year, STYLE.money]);
  }
  const yearsTotalRow = r.add([L.yearsTotal, { formula: `SUM(B${firstYear}:B${r.next - 1})`, result: yuan(t.itemsFen) }], TOTAL);
  r.list.push(BLANK);

  const resourcesRow = r.add([L.dataResourcesTotal, { formula: `SUM(${COSTS})`, result: yuan(t.dataResourcesFen) }], TOTAL);
  const grandRow = r.add([L.grandTotal, { formula: `B${itemsTotalRow}+B${resourcesRow}`, result: yuan(t.totalFen) }], TOTAL);

  const inv = `$B$${investmentRow}`;
  const investmentFen = yuanToFen(b.totalInvestment);
  const investmentCheck = investmentFen === undefined ? L.investmentMissing : investmentFen === t.totalFen ? L.match : L.mismatch;
  r.add([L.checkInvestment, {
    formula: `IF(${inv}="",${INVESTMENT_MISSING},IF(ROUND(B${grandRow}-${inv},2)=0,${MATCH},${MISMATCH}))`,
    result: investmentCheck,
  }], LABEL_VALUE);
  // Equal by construction when generated; tells a finance officer when an edited row has
  // a category outside the list or a year the year table does not show.
  const lastCategory = firstCategory + BUDGET_CATEGORIES.length - 1;
  r.add([L.checkBreakdown, {
    formula: `IF(AND(ROUND(SUM(B${firstCategory}:B${lastCategory})-B${itemsTotalRow},2)=0,ROUND(B${yearsTotalRow}-B${itemsTotalRow},2)=0),${MATCH},${MISMATCH})`,
    result: L.match,
  }], LABEL_VALUE);

  const labels = r.list.map((row) => (typeof row.cells[0] === 'string' ? row.cells[0] : '')).slice(1);
  return {
    name: SHEET.summary,
    columns: [
      { width: fitWidth(labels, 16, 40), style: STYLE.none },
      { width: fitWidth([L.amountHeader, b.projectName ?? '', b.applicant ?? ''], 20, 60), style: STYLE.none },
    ],
    rows: r.list,
  };
}
