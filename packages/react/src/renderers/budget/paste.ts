/**
 * Reading a block pasted from Excel or WPS into the budget table. Spreadsheets put the cells on
 * the clipboard as text/plain, tab-separated, one line per row; a cell holding a tab, a line
 * break or a leading quote is quoted ("a""b" is a"b). Columns are matched by a header row when
 * the block has one (名称, 费用类别, Amount (yuan)…), else by the table's column order from the
 * focused cell. A cell that does not read keeps its text and says why; nothing is dropped.
 */
import type { Messages } from '../../i18n/messages.js';
import { numericKindFor } from '../numeric-kinds.js';
import { parseMoneyText } from '../numeric-text.js';
import type { Column } from './columns.js';

/** Tab-separated text as rows of cells; a final line break ends the last row, it does not add one. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  while (i <= n) {
    let cell = '';
    if (text[i] === '"') {
      // A quoted cell ends at a quote followed by a tab, a line break or the end.
      let j = i + 1;
      let closed = -1;
      while (j < n) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') { j += 2; continue; }
          if (j + 1 === n || text[j + 1] === '\t' || text[j + 1] === '\n' || text[j + 1] === '\r') { closed = j; break; }
        }
        j++;
      }
      if (closed >= 0) {
        cell = text.slice(i + 1, closed).replace(/""/g, '"');
        i = closed + 1;
      }
    }
    if (cell === '' && (i >= n || text[i] !== '\t' && text[i] !== '\n' && text[i] !== '\r')) {
      // An unquoted cell (or a quote that never closes: then the quote is text).
      let j = i;
      while (j < n && text[j] !== '\t' && text[j] !== '\n' && text[j] !== '\r') j++;
      cell = text.slice(i, j);
      i = j;
    }
    row.push(cell);
    if (i >= n) { rows.push(row); break; }
    if (text[i] === '\t') { i++; continue; }
    // A line break: \r\n, \n or \r.
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) break;
  }
  return rows;
}

/** "金额（万元）" → "金额", lower case, no spaces: how headers and labels are compared. */
function headerKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '').replace(/[（(][^）)]*[）)]$/, '');
}

const inWan = (header: string) => /万元/.test(header);

export interface PasteLayout {
  /** The first row named the columns. */
  header: boolean;
  /** Column key of each pasted column, undefined for a column the table does not have. */
  keys: (string | undefined)[];
  /** Pasted columns whose header says the amounts are in 万元. */
  wan: boolean[];
}

/**
 * Which table column each pasted column fills: by the header row when at least half of its
 * non-empty cells name a column, else the table's columns in order from `startKey`.
 */
export function pasteLayout(firstRow: readonly string[], columns: readonly Column[], startKey: string): PasteLayout {
  const byHeader = firstRow.map((cell) => columns.find((c) => c.headers.some((h) => headerKey(h) === headerKey(cell)))?.key);
  const named = byHeader.filter((k) => k !== undefined).length;
  const filled = firstRow.filter((c) => c.trim() !== '').length;
  if (named > 0 && named * 2 >= filled) return { header: true, keys: byHeader, wan: firstRow.map(inWan) };
  const start = Math.max(0, columns.findIndex((c) => c.key === startKey));
  return { header: false, keys: firstRow.map((_, i) => columns[start + i]?.key), wan: firstRow.map(() => false) };
}

/** The choice a pasted label means: its value, a label in any locale, or a label without 费/费用 (开发 = 开发费). */
export function choiceOf(text: string, column: Column): string | undefined {
  const wanted = headerKey(text);
  if (wanted === '') return undefined;
  const short = (label: string) => headerKey(label).replace(/(费用|费)$/, '');
  for (const o of column.options) {
    const labels = column.optionLabels[o.value] ?? [o.label];
    if (headerKey(o.value) === wanted || labels.some((l) => headerKey(l) === wanted || short(l) === wanted)) return o.value;
  }
  return undefined;
}

/** A pasted cell: its value, or (when it does not read) the text and why. */
export type PastedCell = { ok: true; value: unknown } | { ok: false; text: string; message: string };

/** One pasted cell read for `column`; amounts in 万 (a header in 万元, or "12.5万") become yuan exactly. */
export function readPastedCell(text: string, column: Column, wan: boolean, t: Messages): PastedCell {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  if (column.kind === 'text') return { ok: true, value: text.replace(/\r\n?/g, '\n').trim() };
  if (column.kind === 'choice') {
    const value = choiceOf(trimmed, column);
    return value === undefined ? { ok: false, text: trimmed, message: t.budget.pasteBadChoice() } : { ok: true, value };
  }
  const kind = numericKindFor(column.schema);
  const isMoney = column.schema.format === 'yuan';
  let parsed = kind.parse(isMoney && wan && !/万/.test(trimmed) ? `${trimmed}万` : trimmed);
  if (!parsed.ok && parsed.reason === 'wan' && parsed.suggestion !== undefined) parsed = parseMoneyText(parsed.suggestion);
  if (parsed.ok) return { ok: true, value: parsed.value };
  return { ok: false, text: trimmed, message: kind.message(t, parsed) };
}

export interface PastedRow {
  /** Values by column key (undefined: the pasted cell was empty or did not read). */
  values: Record<string, unknown>;
  /** Cells that did not read, by column key. */
  bad: Record<string, { text: string; message: string }>;
}

/** A pasted block as rows for the table (the header row, if any, left out; blank lines skipped). */
export function readPaste(text: string, columns: readonly Column[], startKey: string, t: Messages): { layout: PasteLayout; rows: PastedRow[] } {
  const grid = parseTsv(text);
  const layout = pasteLayout(grid[0] ?? [], columns, startKey);
  const rows: PastedRow[] = [];
  for (const cells of grid.slice(layout.header ? 1 : 0)) {
    if (cells.every((c) => c.trim() === '')) continue;
    const row: PastedRow = { values: {}, bad: {} };
    cells.forEach((cell, i) => {
      const key = layout.keys[i];
      const column = key === undefined ? undefined : columns.find((c) => c.key === key);
      if (!column) return;
      const read = readPastedCell(cell, column, layout.wan[i] ?? false, t);
      row.values[column.key] = read.ok ? read.value : undefined;
      if (!read.ok) row.bad[column.key] = { text: read.text, message: read.message };
    });
    rows.push(row);
  }
  return { layout, rows };
}
