/**
 * The 项目汇总 sheet: one row per project, then a totals row. Money is written in yuan from
 * integer fen; the budget total, the check against the total investment and the totals row
 * are live formulas carrying their cached results, so a reader that never recalculates shows
 * the same figures as one that does.
 */
import { BUDGET_CATEGORIES, compareYearKeys, daysBetween, fenToYuan, formatFen, GovformsError, NO_YEAR, type Severity } from '@govforms/core';
import type { Style } from 'exceljs';
import { cellText, cleanText, fitWidth, wrappedRowHeight } from './cell-text.js';
import { errorMessages } from './messages.js';
import type { ProjectSummary } from './projects-prepare.js';
import type { ProjectsLabels } from './projects-labels.js';
import { columnLetter } from './read-table.js';
import { STYLE, type PlanCell, type PlanRow, type SheetPlan } from './sheet-plan.js';
import { formulaString } from './workbook-labels.js';

interface Column {
  key: string;
  header: string;
  style: Partial<Style>;
  width: number;
  cell(p: ProjectSummary, row: number): PlanCell;
  /** What the totals row sums, per project: fen in a money column, a count otherwise. */
  total?: { of(p: ProjectSummary): number | undefined; money: boolean };
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
/** Excel's (1900 date system) day 0: a date cell holds the days since then. */
const EXCEL_EPOCH = '1899-12-30';
const FROZEN_COLUMNS = 3; // 序号, 申报单位, 项目名称 stay in view

const money = (fen: number | undefined): PlanCell => (fen === undefined ? null : fenToYuan(fen));
const optionalText = (s: string | undefined): PlanCell => (s === undefined ? null : cellText(s));

/** A sum of fen that stays exact (below 2^53), else a clear error rather than a wrong total. */
function exactSum(values: Iterable<number | undefined>, locale: string): number {
  let sum = 0;
  for (const v of values) sum += v ?? 0;
  if (!Number.isSafeInteger(sum)) throw new GovformsError(errorMessages(locale).sumTooLarge(), 'invalid-dossier');
  return sum;
}

/** The year keys any project's budget has, years ascending and 未分年度 last. */
function budgetYears(projects: readonly ProjectSummary[]): string[] {
  const years = new Set<string>();
  for (const p of projects) for (const y of p.budget?.years ?? []) years.add(y);
  return [...years].sort(compareYearKeys);
}

function textWidth(header: string, values: Iterable<string | undefined>, min: number, max: number): number {
  return fitWidth(function* () { yield header; for (const v of values) if (v !== undefined) yield cleanText(v); }(), min, max);
}

function columns(projects: readonly ProjectSummary[], L: ProjectsLabels): Column[] {
  const { P, header: h } = L;
  const all = (pick: (p: ProjectSummary) => string | undefined) => projects.map(pick);
  const moneyColumn = (key: string, header: string, of: (p: ProjectSummary) => number | undefined): Column => {
    const total = exactSum(projects.map(of), L.locale);
    return {
      key, header, style: STYLE.money, width: fitWidth([formatFen(total)], 12, 22),
      cell: (p) => money(of(p)), total: { of, money: true },
    };
  };
  const letter = (key: string) => columnLetter(list.findIndex((c) => c.key === key) + 1);
  const list: Column[] = [
    { key: 'index', header: h.index, style: STYLE.integer, width: 6, cell: (_p, row) => row - 1 },
    { key: 'applicant', header: h.applicant, style: STYLE.wrappedText, width: textWidth(h.applicant, all((p) => p.applicant), 10, 20), cell: (p) => optionalText(p.applicant) },
    { key: 'projectName', header: h.projectName, style: STYLE.wrappedText, width: textWidth(h.projectName, all((p) => p.projectName), 12, 28), cell: (p) => optionalText(p.projectName) },
    { key: 'projectType', header: h.projectType, style: STYLE.text, width: textWidth(h.projectType, all((p) => p.projectType), 8, 14), cell: (p) => optionalText(p.projectType) },
    { key: 'fundingSources', header: h.fundingSources, style: STYLE.wrappedText, width: textWidth(h.fundingSources, all((p) => p.fundingSources), 10, 20), cell: (p) => optionalText(p.fundingSources) },
    moneyColumn('investment', h.totalInvestment, (p) => p.investmentFen),
    ...BUDGET_CATEGORIES.map((c) => moneyColumn(c, P.money({ label: L.category[c] }), (p) => p.budget?.byCategoryFen[c])),
    moneyColumn('dataResources', P.money({ label: L.dataResources }), (p) => p.budget?.dataResourcesFen),
    ...budgetYears(projects).map((y) => moneyColumn(`year:${y}`, P.money({ label: y === NO_YEAR ? L.core.noYear() : L.core.year({ year: y }) }),
      (p) => (p.budget ? p.budget.byYearFen[y] : undefined))),
    {
      key: 'budgetTotal', header: P.budgetTotal(), style: STYLE.money, width: fitWidth([formatFen(exactSum(projects.map((p) => p.budget?.totalFen), L.locale))], 12, 22),
      cell: (p, row) => ({ formula: `SUM(${letter(BUDGET_CATEGORIES[0]!)}${row}:${letter('dataResources')}${row})`, result: fenToYuan(p.budget?.totalFen ?? 0) }),
      total: { of: (p) => p.budget?.totalFen ?? 0, money: true },
    },
    { key: 'check', header: P.check(), style: STYLE.text, width: 14, cell: (p, row) => checkCell(p, letter('investment') + row, letter('budgetTotal') + row, L) },
    { key: 'approval', header: P.approvalPath(), style: STYLE.wrappedText, width: 22, cell: (p) => approvalText(p, L) },
    ...SEVERITIES.map((s): Column => ({
      key: s, header: L.severity[s], style: STYLE.integer, width: 7, cell: (p) => p.counts[s], total: { of: (p) => p.counts[s], money: false },
    })),
    { key: 'nextStep', header: P.nextStep(), style: STYLE.wrappedText, width: textWidth(P.nextStep(), all((p) => p.next?.message), 20, 36), cell: (p) => (p.next ? cellText(p.next.message) : P.noNextStep()) },
    { key: 'dueOn', header: P.dueOn(), style: STYLE.date, width: 12, cell: (p) => (p.next?.dueOn ? daysBetween(EXCEL_EPOCH, p.next.dueOn) : null) },
    // Which data each row came from: the digest the project's Word documents print in their footers.
    { key: 'digest', header: P.digest(), style: STYLE.text, width: 20, cell: (p) => p.digest },
  ];
  return list;
}

/** 一致 / 不一致 / 未填写申报总投资: the budget total against the total investment, as the budget workbook says it. */
function checkCell(p: ProjectSummary, investment: string, budgetTotal: string, L: ProjectsLabels): PlanCell {
  const S = L.shared.summary;
  const [match, mismatch, missing] = [S.match(), S.mismatch(), S.investmentMissing()];
  const totalFen = p.budget?.totalFen ?? 0;
  const result = p.investmentFen === undefined ? missing : p.investmentFen === totalFen ? match : mismatch;
  return {
    formula: `IF(${investment}="",${formulaString(missing)},IF(ROUND(${budgetTotal}-${investment},2)=0,${formulaString(match)},${formulaString(mismatch)}))`,
    result,
  };
}

/** 技术方案审核（第十九条）、立项审批，可合并编报（第二十条）, or 无需. */
function approvalText(p: ProjectSummary, L: ProjectsLabels): string {
  const A = L.P.approval;
  const steps = [
    ...(p.approval.technicalReview ? [A.technicalReview()] : []),
    ...(p.approval.approval ? [p.approval.combinedFiling ? A.combinedFiling() : A.approval()] : []),
  ];
  return steps.length ? steps.join(L.core.listSeparator()) : A.none();
}

/** As tall as the longest wrapped text of the row needs. */
function rowHeight(cells: readonly PlanCell[], cols: readonly Column[]): number | undefined {
  return wrappedRowHeight(function* () {
    for (let i = 0; i < cols.length; i++) {
      const cell = cells[i];
      if (cols[i]!.style === STYLE.wrappedText && typeof cell === 'string') yield { text: cell, width: cols[i]!.width };
    }
  }());
}

function* rows(projects: readonly ProjectSummary[], cols: readonly Column[], L: ProjectsLabels): Generator<PlanRow> {
  const styles = cols.map((c) => c.style);
  // Headers wrap too (核对：预算合计与总投资 in a column of figures).
  const headerHeight = wrappedRowHeight(cols.map((c) => ({ text: c.header, width: c.width })));
  yield { cells: cols.map((c) => c.header), styles: cols.map(() => STYLE.header), ...(headerHeight ? { height: headerHeight } : {}) };
  for (let i = 0; i < projects.length; i++) {
    const p = projects[i]!;
    const cells = cols.map((c) => c.cell(p, i + 2));
    const height = rowHeight(cells, cols);
    yield { cells, styles, ...(height ? { height } : {}) };
  }
  if (projects.length === 0) return; // a totals row over no rows would sum itself
  const last = projects.length + 1;
  yield {
    cells: cols.map((c, i) => {
      if (i === 0) return L.P.totals();
      if (!c.total) return null;
      const sum = exactSum(projects.map(c.total.of), L.locale);
      const range = `${columnLetter(i + 1)}2:${columnLetter(i + 1)}${last}`;
      return { formula: `SUM(${range})`, result: c.total.money ? fenToYuan(sum) : sum };
    }),
    styles: cols.map((c, i) => (i === 0 ? STYLE.label : c.total?.money ? STYLE.moneyTotal : c.total ? STYLE.integerTotal : c.style)),
  };
}

export function projectsSheet(projects: readonly ProjectSummary[], L: ProjectsLabels): SheetPlan {
  const cols = columns(projects, L);
  return {
    name: L.P.sheets.projects(),
    columns: cols.map((c) => ({ width: c.width, style: c.style })),
    rows: rows(projects, cols, L),
    frozenRows: 1,
    frozenColumns: FROZEN_COLUMNS,
    // The totals row stays outside the filter, so sorting never moves it among the projects.
    autoFilter: `A1:${columnLetter(cols.length)}${Math.max(2, projects.length + 1)}`,
    landscape: true,
    // Some twenty columns: on A4 fitted to the width the figures print too small to read.
    paper: 'A3',
    printTitleRows: '1:1',
    pageFooter: L.shared.pageFooter(),
  };
}
