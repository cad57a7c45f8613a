import { Paths } from '@jsonforms/core';
import { fenToYuan, type BudgetTotalsFen } from '@govforms/core';
import { useMemo, useRef, useState } from 'react';
import { useFocusAfterRender } from '../../focus.js';
import { moveMapping, removeMapping } from '../../paths.js';
import type { GovFormRuntime } from '../../runtime.js';
import { useRowKeys } from '../row-keys.js';
import type { RowActions } from './BudgetCells.js';
import { withAmountFollowing } from './amount-follows.js';
import { expectedFenOf } from './row-state.js';

type Item = Record<string, unknown>;

export interface BudgetRowsInput {
  items: unknown[];
  path: string;
  pointer: string;
  rt: GovFormRuntime;
  summary: BudgetTotalsFen;
  firstCategory: string | undefined;
  handleChange(path: string, value: unknown): void;
  /** The column a new row's focus goes to. */
  firstEditKey: string | undefined;
  /** Focuses a cell by pointer, scrolling its row into view (and rendering it) first. */
  focusCell(pointer: string): void;
  /** Called on every edit of a cell (a paste's undo ends there). */
  onEdit(): void;
}

/**
 * Row keys and the row operations of the budget table: one stable `actions` object for every
 * row (so rows stay memoized), add (copying the last row's category and year), remove with
 * undo, move; typed drafts and touched marks follow their rows; focus lands where a keyboard
 * user expects it.
 */
export function useBudgetRows(input: BudgetRowsInput) {
  const rows = useRowKeys(input.items.length);
  const { root, focusLater } = useFocusAfterRender<HTMLDivElement>();
  const [removed, setRemoved] = useState<{ index: number; item: unknown } | null>(null);
  const latest = useRef(input);
  latest.current = input;
  const at = (i: number, key: string) => `${latest.current.pointer}/${i}/${key}`;
  const setItems = (next: unknown[]) => latest.current.handleChange(latest.current.path, next);

  const actions = useMemo<RowActions>(() => ({
    cell: (i, key, value) => {
      const { items, path, rt, handleChange, onEdit } = latest.current;
      onEdit();
      const before = items[i] as Item | undefined;
      const after: Item = { ...before };
      if (value === undefined) delete after[key]; else after[key] = value;
      const next = key === 'quantity' || key === 'unitPrice' ? withAmountFollowing(before, after, !!rt.drafts[at(i, 'amount')]) : after;
      if (next.amount === after.amount) handleChange(Paths.compose(path, `${i}.${key}`), value);
      else handleChange(Paths.compose(path, String(i)), next);
    },
    draft: (i, column, text, message) => {
      if (text !== undefined) latest.current.onEdit();
      latest.current.rt.setDraft(at(i, column.key), text === undefined ? undefined : { text, message: message ?? '' });
    },
    touch: (i, key) => latest.current.rt.touch(at(i, key)),
    move: (i, to) => {
      const { items, rt, pointer } = latest.current;
      if (to < 0 || to >= items.length) return;
      const next = [...items];
      next.splice(to, 0, ...next.splice(i, 1));
      rows.move(i, to); rt.remapRows(pointer, moveMapping(i, to)); setItems(next);
      const row = `[data-gf-row="${to}"]`;
      focusLater(`${row} [data-gf-action="${to < i ? 'up' : 'down'}"]:not([disabled]), ${row} [data-gf-action="remove"]`);
    },
    remove: (i) => {
      const { items, rt, pointer } = latest.current;
      rows.remove(i); rt.remapRows(pointer, removeMapping(i)); setItems(items.filter((_, j) => j !== i));
      setRemoved({ index: i, item: items[i] });
      focusLater('.gf-budget-undo');
    },
    useExpected: (i) => {
      const fen = expectedFenOf(latest.current.summary, i);
      if (fen !== undefined) latest.current.handleChange(Paths.compose(latest.current.path, `${i}.amount`), fenToYuan(fen));
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }), []);

  const add = () => {
    const { items, firstCategory } = latest.current;
    const last = items[items.length - 1] as Item | undefined;
    const item: Item = { category: last?.category ?? firstCategory };
    if (last?.year !== undefined) item.year = last.year;
    setItems([...items, item]);
    const key = latest.current.firstEditKey;
    if (key !== undefined) latest.current.focusCell(at(items.length, key));
  };
  const undo = () => {
    if (!removed) return;
    const { items, rt, pointer } = latest.current;
    const next = [...items];
    next.splice(removed.index, 0, removed.item);
    rows.insert(removed.index);
    rt.remapRows(pointer, (i) => (i >= removed.index ? i + 1 : i));
    setItems(next);
    setRemoved(null);
  };
  return { keys: rows.keys, actions, add, undo, removed, root };
}
