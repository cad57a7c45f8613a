/** What each budget row shows besides its item: visible errors, drafts, the expected amount. */
import { field, formatFen, type BudgetTotalsFen } from '@govforms/core';
import { visibleErrors, type GovFormRuntime } from '../../runtime.js';

export type PerRow = Record<number, Record<string, string>>;

/** Entries keyed by "<array>/<row>/<field>" grouped by row, sparse: most rows have none. */
export function perRow(entries: Iterable<[string, string]>, arrayPointer: string): PerRow {
  const prefix = `${arrayPointer}/`;
  const out: PerRow = {};
  for (const [pointer, text] of entries) {
    if (!pointer.startsWith(prefix)) continue;
    const [row, key] = pointer.slice(prefix.length).split('/');
    if (row === undefined || key === undefined || !/^\d+$/.test(row)) continue;
    (out[Number(row)] ??= {})[key] = text;
  }
  return out;
}

/**
 * The errors each row shows now, joined per cell: a cell holding a value shows its errors at
 * once, an empty one (a new row's 为必填项) only once touched, or when the step is revealed
 * (the form was submitted or left), as every other field does.
 */
export function rowErrors(rt: GovFormRuntime, arrayPointer: string, items: readonly unknown[]): PerRow {
  const shown: [string, string][] = [];
  const prefix = `${arrayPointer}/`;
  for (const pointer of rt.errors.keys()) {
    if (!pointer.startsWith(prefix)) continue;
    const [row, key] = pointer.slice(prefix.length).split('/');
    const hasValue = key === undefined || field(items[Number(row)], key) !== undefined;
    const messages = visibleErrors(rt, pointer, hasValue);
    if (messages.length) shown.push([pointer, messages.join(rt.w.clauseSeparator())]);
  }
  return perRow(shown, arrayPointer);
}

/** Typed text that is not a value yet, per row and cell. */
export function rowDrafts(rt: GovFormRuntime, arrayPointer: string): PerRow {
  return perRow(Object.entries(rt.drafts).map(([p, d]) => [p, d.text] as [string, string]), arrayPointer);
}

/** quantity × unit price (formatted) for the rows whose amount differs from it. */
export function expectedAmounts(summary: BudgetTotalsFen): Record<number, string> {
  const expected: Record<number, string> = {};
  for (const p of summary.problems) {
    const m = /^\/items\/(\d+)\/amount$/.exec(p.path);
    if (p.reason === 'amount-mismatch' && m && p.expectedFen !== undefined) expected[Number(m[1])] = formatFen(p.expectedFen);
  }
  return expected;
}

/** The fen that quantity × unit price gives for row `index`, if its amount differs. */
export function expectedFenOf(summary: BudgetTotalsFen, index: number): number | undefined {
  return summary.problems.find((p) => p.reason === 'amount-mismatch' && p.path === `/items/${index}/amount`)?.expectedFen;
}
