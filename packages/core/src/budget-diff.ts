/**
 * budgetDiff: what an edited budget (e.g. a workbook read back by readBudgetWorkbook) changes
 * in the budget a form holds. Rows have no stable id, so they are matched by what a finance
 * officer leaves alone when editing in Excel: first identical rows, then the same category and
 * name (an amount, year or note edited), then the same name (category changed), then
 * everything but the name and note (a name corrected). Rows are matched in order, so duplicate
 * rows pair first with first. Unmatched rows were added or removed; matched rows whose order
 * among the others changed were moved. Totals come from sumBudgetFen: integer fen, exact.
 */
import { BUDGET_CATEGORIES, sumBudgetFen, type BudgetTotalsFen } from './budget.js';
import { getForm } from './forms/registry.js';
import { schemaAt } from './forms/schema-walk.js';
import { yuanToFen } from './money.js';
import { field, section } from './read.js';
import type { BudgetCategory } from './types.js';

/** The budget's two lists, by their key in the budget form's data. */
export type BudgetList = 'items' | 'dataResources';
export const BUDGET_LISTS: readonly BudgetList[] = ['items', 'dataResources'];

/** The money field of each list: what its row adds to the total. */
const AMOUNT_FIELD: Record<BudgetList, string> = { items: 'amount', dataResources: 'cost' };

/** Fields whose edit alone does not make two rows different ones when matching in the last pass. */
const DESCRIPTIVE_FIELDS: Record<BudgetList, readonly string[]> = { items: ['name', 'note'], dataResources: ['name', 'description'] };

/** Keys that identify the same row, loosest last (see the module comment). */
const MATCH_KEYS: Record<BudgetList, readonly (readonly string[] | 'all' | 'all-but-descriptive')[]> = {
  items: ['all', ['category', 'name'], ['name'], 'all-but-descriptive'],
  dataResources: ['all', ['name'], 'all-but-descriptive'],
};

export type BudgetRow = Record<string, unknown>;

export interface RowInList { list: BudgetList; index: number; row: BudgetRow; amountFen: number | undefined }
export interface FieldChange { field: string; before: unknown; after: unknown }
export interface RowChange {
  list: BudgetList;
  beforeIndex: number;
  afterIndex: number;
  before: BudgetRow;
  after: BudgetRow;
  /** The fields that differ, in the form's field order. */
  fields: FieldChange[];
  amountFen: { before: number | undefined; after: number | undefined };
  /** Its place among the rows both budgets have changed too. */
  moved: boolean;
}
export interface RowMove { list: BudgetList; beforeIndex: number; afterIndex: number; row: BudgetRow; amountFen: number | undefined }
export interface TotalChange { beforeFen: number; afterFen: number }

export interface BudgetDiff {
  /** Rows only the new budget has (index in the new list). */
  added: RowInList[];
  /** Rows only the old budget has (index in the old list). */
  removed: RowInList[];
  changed: RowChange[];
  /** Unchanged rows whose order among the others changed. */
  moved: RowMove[];
  totals: {
    byCategory: Record<BudgetCategory, TotalChange>;
    items: TotalChange;
    dataResources: TotalChange;
    total: TotalChange;
  };
  /** Nothing differs: no row added, removed, changed or moved. */
  same: boolean;
}

/** The fields of a list's rows, in the form's order (read from the budget form's schema). */
export function budgetRowFields(list: BudgetList): string[] {
  const form = getForm('budget');
  const properties = section(field(schemaAt(form.schema, `/${list}/0`), 'properties'));
  return properties ? Object.keys(properties) : [AMOUNT_FIELD[list]];
}

function rowsOf(budget: unknown, list: BudgetList): BudgetRow[] {
  const rows = field(budget, list);
  return Array.isArray(rows) ? rows.map((r: unknown) => section(r) ?? {}) : [];
}

/** An empty text is no value: a cleared input and an absent field are the same. */
function valueOf(row: BudgetRow, name: string): unknown {
  const v = field(row, name);
  return v === '' ? undefined : v;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

function matchKey(row: BudgetRow, fields: readonly string[]): string {
  return JSON.stringify(fields.map((f) => valueOf(row, f) ?? null));
}

/** Pairs old and new rows, pass by pass; returns new index per old index (or -1). */
function matchRows(before: BudgetRow[], after: BudgetRow[], list: BudgetList, all: readonly string[]): Int32Array {
  const pairOf = new Int32Array(before.length).fill(-1);
  const taken = new Uint8Array(after.length);
  for (const key of MATCH_KEYS[list]) {
    const fields = key === 'all' ? all : key === 'all-but-descriptive' ? all.filter((f) => !DESCRIPTIVE_FIELDS[list].includes(f)) : key;
    const waiting = new Map<string, number[]>();
    after.forEach((row, j) => {
      if (taken[j]) return;
      const k = matchKey(row, fields);
      const queue = waiting.get(k);
      if (queue) queue.push(j);
      else waiting.set(k, [j]);
    });
    const next = new Map<string, number>();
    before.forEach((row, i) => {
      if (pairOf[i] !== -1) return;
      const k = matchKey(row, fields);
      const queue = waiting.get(k);
      const at = next.get(k) ?? 0;
      if (!queue || at >= queue.length) return;
      next.set(k, at + 1);
      pairOf[i] = queue[at]!;
      taken[queue[at]!] = 1;
    });
  }
  return pairOf;
}

/**
 * Old indexes of the pairs that keep their order: the longest increasing run of new indexes
 * taken in old order (patience sorting, O(n log n)). Every other pair was moved.
 */
function inOrder(pairs: readonly { i: number; j: number }[]): Set<number> {
  const tails: number[] = []; // tails[k]: position in `pairs` ending the best run of length k + 1
  const previous = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(({ j }, p) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]!.j < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[p] = tails[lo - 1]!;
    tails[lo] = p;
  });
  const kept = new Set<number>();
  for (let p = tails.at(-1) ?? -1; p !== -1; p = previous[p]!) kept.add(pairs[p]!.i);
  return kept;
}

type ListDiff = Pick<BudgetDiff, 'added' | 'removed' | 'changed' | 'moved'>;

function listDiff(list: BudgetList, before: BudgetRow[], after: BudgetRow[]): ListDiff {
  const fields = budgetRowFields(list);
  const amountOf = (row: BudgetRow) => yuanToFen(field(row, AMOUNT_FIELD[list]));
  const pairOf = matchRows(before, after, list, fields);
  const pairs = [...pairOf].flatMap((j, i) => (j === -1 ? [] : [{ i, j }]));
  const kept = inOrder(pairs);
  const matched = new Uint8Array(after.length);
  const out: ListDiff = { added: [], removed: [], changed: [], moved: [] };
  pairOf.forEach((j, i) => {
    const old = before[i]!;
    if (j === -1) return void out.removed.push({ list, index: i, row: old, amountFen: amountOf(old) });
    matched[j] = 1;
    const now = after[j]!;
    const moved = !kept.has(i);
    const changes = fields.flatMap((f): FieldChange[] => {
      const [a, b] = [valueOf(old, f), valueOf(now, f)];
      return sameValue(a, b) ? [] : [{ field: f, before: a, after: b }];
    });
    if (changes.length > 0) {
      out.changed.push({ list, beforeIndex: i, afterIndex: j, before: old, after: now, fields: changes, amountFen: { before: amountOf(old), after: amountOf(now) }, moved });
    } else if (moved) {
      out.moved.push({ list, beforeIndex: i, afterIndex: j, row: now, amountFen: amountOf(now) });
    }
  });
  after.forEach((row, j) => {
    if (!matched[j]) out.added.push({ list, index: j, row, amountFen: amountOf(row) });
  });
  out.changed.sort((a, b) => a.afterIndex - b.afterIndex);
  out.moved.sort((a, b) => a.afterIndex - b.afterIndex);
  return out;
}

const change = (before: BudgetTotalsFen, after: BudgetTotalsFen, of: (t: BudgetTotalsFen) => number): TotalChange => ({ beforeFen: of(before), afterFen: of(after) });

/**
 * What changes when the budget `before` (the form's data, possibly incomplete) is replaced by
 * `after`: rows added, removed, changed (field by field) and moved, and the totals before and
 * after, per category and overall, in integer fen. Never throws: rows that are not objects
 * count as empty rows, and amounts that are not valid are left out of the totals (as in
 * sumBudgetFen) and given as undefined.
 */
export function budgetDiff(before: unknown, after: unknown): BudgetDiff {
  const [items, resources] = BUDGET_LISTS.map((list) => listDiff(list, rowsOf(before, list), rowsOf(after, list))) as [ListDiff, ListDiff];
  const added = [...items.added, ...resources.added];
  const removed = [...items.removed, ...resources.removed];
  const changed = [...items.changed, ...resources.changed];
  const moved = [...items.moved, ...resources.moved];
  const [b, a] = [sumBudgetFen(before), sumBudgetFen(after)];
  const byCategory = Object.fromEntries(BUDGET_CATEGORIES.map((c) => [c, change(b, a, (t) => t.byCategoryFen[c])])) as Record<BudgetCategory, TotalChange>;
  return {
    added, removed, changed, moved,
    totals: {
      byCategory,
      items: change(b, a, (t) => t.itemsFen),
      dataResources: change(b, a, (t) => t.dataResourcesFen),
      total: change(b, a, (t) => t.totalFen),
    },
    same: added.length + removed.length + changed.length + moved.length === 0,
  };
}
