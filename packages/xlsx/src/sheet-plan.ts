/**
 * A sheet described as data (columns, rows, print setup), written by one function into
 * either exceljs's in-memory Workbook or its streaming WorkbookWriter, so both paths
 * produce the same workbook.
 */
import type { DataValidation, Style, Worksheet } from 'exceljs';
import { PAGE_FOOTER, W } from './workbook-labels.js';

/** A formula with its cached result, so readers that do not recalculate still show the number. */
export interface FormulaCell { formula: string; result: number | string }
export type PlanCell = string | number | FormulaCell | null;

export interface PlanRow {
  cells: PlanCell[];
  /** One shared style per column (same length as cells); shared objects keep exceljs fast. */
  styles: readonly Partial<Style>[];
  /** Points, for rows whose wrapped text needs more than one line (cell-text.ts wrappedRowHeight). */
  height?: number;
}

export interface PlanColumn { width: number; style: Partial<Style> }

export interface SheetPlan {
  name: string;
  columns: PlanColumn[];
  rows: Iterable<PlanRow>;
  frozenRows?: number;
  /** Columns kept in view when scrolling right (with frozenRows). */
  frozenColumns?: number;
  autoFilter?: string;
  validations?: { range: string; rule: DataValidation }[];
  landscape?: boolean;
  /** A4 unless a sheet is too wide to read on it. */
  paper?: 'A4' | 'A3';
  /** Rows repeated on every printed page, e.g. '1:1'. */
  printTitleRows?: string;
  /** The printed footer (page n of N) in the workbook's language; default the zh-CN one. */
  pageFooter?: string;
  /** Printed page header (Excel's codes); default the sheet's name, centred. */
  pageHeader?: string;
}

const thin = { style: 'thin' as const, color: { argb: 'FF9E9E9E' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };

/** Shared style objects (exceljs caches a style by object identity). */
export const STYLE = {
  title: { font: { bold: true, size: 14 } },
  label: { font: { bold: true } },
  header: {
    font: { bold: true }, border,
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  },
  text: { numFmt: '@' },
  wrappedText: { numFmt: '@', alignment: { wrapText: true, vertical: 'top' } },
  integer: { numFmt: '0' },
  integerTotal: { numFmt: '0', font: { bold: true } },
  number: { numFmt: 'General' },
  money: { numFmt: '#,##0.00' },
  moneyTotal: { numFmt: '#,##0.00', font: { bold: true } },
  year: { numFmt: W.yearFormat() },
  /** An Excel date serial shown as 2026-11-25. */
  date: { numFmt: 'yyyy-mm-dd' },
  none: {},
} satisfies Record<string, Partial<Style>>;

/** Options for addWorksheet: views, print setup (A4, fit to width, page n / N footer). */
export function worksheetOptions(plan: SheetPlan) {
  return {
    views: plan.frozenRows || plan.frozenColumns
      ? [{ state: 'frozen' as const, ySplit: plan.frozenRows ?? 0, xSplit: plan.frozenColumns ?? 0 }] : [{}],
    pageSetup: {
      paperSize: plan.paper === 'A3' ? 8 : 9, // Excel's paper codes
      orientation: plan.landscape ? ('landscape' as const) : ('portrait' as const),
      fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      horizontalCentered: true,
      showGridLines: true, // printed grid instead of a border on every cell (empty cells stay unwritten)
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      ...(plan.printTitleRows ? { printTitlesRow: plan.printTitleRows } : {}),
    },
    headerFooter: { oddHeader: plan.pageHeader ?? '&C&A', oddFooter: plan.pageFooter ?? PAGE_FOOTER },
  };
}

/** Writes `plan` into `ws`; `commit` rows as they go when `ws` is a streaming worksheet. */
export function emitSheet(ws: Worksheet, plan: SheetPlan, commit: boolean): void {
  ws.columns = plan.columns.map((c) => ({ width: c.width, style: c.style }));
  for (const r of plan.rows) {
    // exceljs writes a cell for null (styled from its column) but skips undefined.
    const row = ws.addRow(r.cells.map((c) => (c === null ? undefined : c)));
    for (let i = 0; i < r.cells.length; i++) {
      if (r.cells[i] !== null) row.getCell(i + 1).style = r.styles[i] as Partial<Style>;
    }
    if (r.height) row.height = r.height;
    if (commit) row.commit();
  }
  if (plan.autoFilter) ws.autoFilter = plan.autoFilter;
  // exceljs has `dataValidations` on both worksheet kinds but leaves it out of its typings.
  const validations = (ws as Worksheet & { dataValidations: { add(range: string, rule: DataValidation): void } }).dataValidations;
  for (const v of plan.validations ?? []) validations.add(v.range, v.rule);
}
