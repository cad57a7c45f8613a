/**
 * Values of cells as a person sees them: for a formula, its cached result (what Excel, WPS or
 * LibreOffice saved), never a result computed here. Problems throw a WorkbookReadError
 * naming the sheet and cell, e.g. "明细!G12：金额不是数字（内容为“十万”）".
 */
import { GovformsError, yuanToFen } from '@govforms/core';
import type { Cell, CellValue } from 'exceljs';
import { shown, type XlsxErrors } from './messages.js';

/** An import error that names the sheet and cell. */
export class WorkbookReadError extends GovformsError {
  constructor(message: string, readonly sheet?: string, readonly cell?: string, path?: string) {
    super(message, 'invalid-workbook', path);
  }
}

export type Scalar = string | number | boolean | Date | undefined;

/** Where a value was read, for error messages: sheet, cell address, field label, JSON Pointer. */
export interface CellAt { sheet: string; address: string; label: string; path: string; t: XlsxErrors }

export function cellError(at: CellAt, problem: string): WorkbookReadError {
  return new WorkbookReadError(at.t.cell({ ref: `${at.sheet}!${at.address}`, problem }), at.sheet, at.address, at.path);
}

type Obj = Record<string, unknown>;

/** A formula cell's cached result. Read from `cell.result`: exceljs's `cell.value` drops a result of 0. */
function resultOf(cell: Cell, at: CellAt): Scalar {
  const r = cell.result as CellValue | undefined;
  if (r === undefined || r === null) throw cellError(at, at.t.noCachedResult({ label: at.label }));
  if (typeof r === 'object' && r !== null && !(r instanceof Date)) {
    if ('error' in r) throw cellError(at, at.t.formulaError({ label: at.label, error: String(r.error) }));
    return undefined;
  }
  return r as Scalar;
}

/** The plain value of a cell: text, number, boolean or date; undefined when empty. */
export function scalarOf(cell: Cell | undefined, at: CellAt): Scalar {
  const v = cell?.value as CellValue | undefined;
  if (v === null || v === undefined) return undefined;
  if (typeof v !== 'object' || v instanceof Date) return v as Scalar;
  const o = v as unknown as Obj;
  if ('formula' in o || 'sharedFormula' in o) return resultOf(cell as Cell, at);
  if (Array.isArray(o.richText)) return (o.richText as { text?: unknown }[]).map((r) => String(r.text ?? '')).join('');
  if ('error' in o) throw cellError(at, at.t.formulaError({ label: at.label, error: String(o.error) }));
  if (typeof o.text === 'string') return o.text; // hyperlink
  return undefined;
}

export function isBlank(v: Scalar): boolean {
  return v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Text of a cell; numbers as written, dates as YYYY-MM-DD. */
export function textOf(v: Scalar): string | undefined {
  if (v === undefined) return undefined;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

const PLAIN_NUMBER = /^\s*([+-]?\d+(?:\.\d+)?)\s*$/;

/**
 * A number from a cell. Spreadsheet arithmetic leaves binary noise (0.1+0.2 gives
 * 0.30000000000000004); Excel shows 15 significant digits, and so do we. Text that is only
 * a plain decimal number (a number stored as text) counts as that number.
 */
export function numberOf(v: Scalar, at: CellAt): number | undefined {
  if (isBlank(v)) return undefined;
  if (typeof v === 'number') return Number(v.toPrecision(15));
  const m = typeof v === 'string' ? PLAIN_NUMBER.exec(v) : null;
  if (m) return Number(m[1]);
  throw cellError(at, at.t.notNumber({ label: at.label, text: textOf(v) ?? '' }));
}

export function moneyOf(v: Scalar, at: CellAt): number | undefined {
  const n = numberOf(v, at);
  if (n !== undefined && yuanToFen(n) === undefined) throw cellError(at, at.t.badMoney({ label: at.label, got: shown(n, at.t) }));
  return n;
}

export function required<T>(value: T | undefined, at: CellAt): T {
  if (value === undefined) throw cellError(at, at.t.required({ label: at.label }));
  return value;
}
