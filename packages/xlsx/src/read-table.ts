/**
 * A sheet read as a table: the header row is found by its labels (so inserted columns, a
 * title row above, or reordered columns still read), then each non-empty row below yields
 * its cells by field.
 */
import type { Cell, Worksheet } from 'exceljs';
import { isBlank, scalarOf, WorkbookReadError, type CellAt, type Scalar } from './read-cells.js';
import type { XlsxErrors } from './messages.js';

/** How far down a header row is looked for. */
const HEADER_SEARCH_ROWS = 10;

export interface TableSpec<K extends string> {
  sheet: string;
  /** Field → header label as written by the workbook (the schema's title), e.g. amount → 金额（元）. */
  headers: Record<K, string>;
  required: readonly K[];
  /** Field whose value alone does not make a row non-empty (序号). */
  ignored?: K;
  /** Error-message label per field. */
  labels: Record<K, string>;
  /** JSON Pointer of the list, e.g. /items. */
  pointer: string;
}

export interface TableRow<K extends string> {
  /** Scalar value of a field's cell (formula → cached result). */
  value(field: K): Scalar;
  /** Where a field's cell is, for messages. */
  at(field: K): CellAt;
}

export function columnLetter(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** 单价（元）, 单价(元) and 单价 all name the same column. */
function normalizeHeader(s: string): string {
  return s.replace(/[（(][^）)]*[）)]/g, '').replace(/\s+/g, '');
}

function headerText(cell: Cell): string {
  const v = cell.value;
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return '';
}

function findHeader<K extends string>(ws: Worksheet, spec: TableSpec<K>, t: XlsxErrors): { row: number; columns: Map<K, number> } {
  const byLabel = new Map<string, K>();
  for (const [k, label] of Object.entries(spec.headers) as [K, string][]) byLabel.set(normalizeHeader(label), k);
  let best: { row: number; columns: Map<K, number> } = { row: 1, columns: new Map() };
  for (let r = 1; r <= HEADER_SEARCH_ROWS; r++) {
    const columns = new Map<K, number>();
    ws.findRow(r)?.eachCell((cell, col) => {
      const k = byLabel.get(normalizeHeader(headerText(cell)));
      if (k !== undefined && !columns.has(k)) columns.set(k, col);
    });
    if (spec.required.every((k) => columns.has(k))) return { row: r, columns };
    if (columns.size > best.columns.size) best = { row: r, columns };
  }
  const missing = spec.required.find((k) => !best.columns.has(k)) as K;
  throw new WorkbookReadError(t.missingColumn({ sheet: spec.sheet, row: best.row, label: spec.headers[missing] }), spec.sheet, `${best.row}:${best.row}`);
}

/** Calls `each` for every non-empty data row, with the row's 0-based index among them. */
export function readTable<K extends string>(ws: Worksheet, spec: TableSpec<K>, t: XlsxErrors, each: (row: TableRow<K>, index: number) => void): void {
  const { row: headerRow, columns } = findHeader(ws, spec, t);
  const fields = [...columns.keys()];
  let index = 0;
  ws.eachRow((row, rowNumber) => {
    if (rowNumber <= headerRow) return;
    const rowIndex = index;
    const at = (field: K): CellAt => ({
      sheet: spec.sheet,
      address: `${columnLetter(columns.get(field) ?? 1)}${rowNumber}`,
      label: spec.labels[field],
      path: `${spec.pointer}/${rowIndex}/${field}`,
      t,
    });
    const cache = new Map<K, Scalar>();
    const value = (field: K): Scalar => {
      if (!cache.has(field)) {
        const col = columns.get(field);
        cache.set(field, col === undefined ? undefined : scalarOf(row.findCell(col), at(field)));
      }
      return cache.get(field);
    };
    if (fields.every((f) => f === spec.ignored || isBlank(value(f)))) return;
    each({ value, at }, index++);
  });
}
