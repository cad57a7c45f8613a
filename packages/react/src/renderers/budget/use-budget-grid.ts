import { useEffect, useReducer, useRef, useState, type ClipboardEvent, type KeyboardEvent, type RefObject } from 'react';
import { pathSelector } from '../../focus.js';
import type { Messages } from '../../i18n/messages.js';
import type { Draft, GovFormRuntime } from '../../runtime.js';
import { withAmountFollowing } from './amount-follows.js';
import type { Column } from './columns.js';
import { moveFrom } from './grid-navigation.js';
import { readPaste } from './paste.js';

type Item = Record<string, unknown>;

export interface BudgetGridInput {
  root: RefObject<HTMLDivElement | null>;
  columns: readonly Column[];
  items: unknown[];
  pointer: string;
  path: string;
  label: string;
  maxItems: number | undefined;
  rt: GovFormRuntime;
  t: Messages;
  handleChange(path: string, value: unknown): void;
  /** Brings row `index` into the rendered window (virtualised tables render only what is seen). */
  scrollToRow(index: number): void;
}

/** What the last paste did, with what one undo needs to take it back. */
export type PasteNotice =
  | { kind: 'pasted'; rows: number; bad: number; before: unknown[]; drafts: Record<string, Draft | undefined>; at: string }
  | { kind: 'refused'; message: string };

const MAX_FOCUS_TRIES = 8;

/** Row and column key of a cell's pointer under `pointer` ("/items/3/amount" → 3, "amount"). */
function cellOf(pointer: string, target: EventTarget | null): { row: number; key: string } | undefined {
  const at = target instanceof HTMLElement ? target.getAttribute('data-gf-path') : null;
  if (!at?.startsWith(`${pointer}/`) || !(target as HTMLElement).classList.contains('gf-cell')) return undefined;
  const m = /^(\d+)\/([^/]+)$/.exec(at.slice(pointer.length + 1));
  return m ? { row: Number(m[1]), key: m[2]! } : undefined;
}

function caretOf(el: HTMLElement) {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    const { value, selectionStart: start, selectionEnd: end } = el;
    const s = start ?? 0;
    const e = end ?? value.length;
    return { atStart: s === 0 && e === 0, atEnd: s === value.length && e === value.length,
      onFirstLine: !value.slice(0, s).includes('\n'), onLastLine: !value.slice(e).includes('\n') };
  }
  return { atStart: true, atEnd: true, onFirstLine: true, onLastLine: true };
}

/**
 * The budget table as a spreadsheet: arrows and Enter move between cells, Tab goes through a
 * row's cells and buttons to the next row (rendering a row scrolled out first); a block pasted from Excel or WPS becomes rows, cells that do not read
 * kept as text and marked; Ctrl+Z (or 撤销粘贴) takes the whole paste back; `focusCell`
 * focuses any cell, also one of a row not rendered (findings' "jump to field").
 */
export function useBudgetGrid(input: BudgetGridInput) {
  const latest = useRef(input);
  latest.current = input;
  const pending = useRef<{ pointer: string; tries: number } | null>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [notice, setNotice] = useState<PasteNotice | null>(null);

  useEffect(() => {
    const want = pending.current;
    if (!want) return;
    const el = latest.current.root.current?.querySelector<HTMLElement>(pathSelector(want.pointer));
    if (el) {
      pending.current = null;
      el.focus();
      el.scrollIntoView?.({ block: 'nearest' });
      return;
    }
    const row = Number(want.pointer.slice(latest.current.pointer.length + 1).split('/')[0]);
    if (++want.tries > MAX_FOCUS_TRIES || !(row < latest.current.items.length)) { pending.current = null; return; }
    latest.current.scrollToRow(row);
    // The virtualiser renders the row on its next update; look again then.
    requestAnimationFrame(rerender);
  });

  const focusCell = (pointer: string) => {
    pending.current = { pointer, tries: 0 };
    rerender();
  };

  const undoPaste = () => {
    if (notice?.kind !== 'pasted') return;
    const { rt, handleChange, path } = latest.current;
    handleChange(path, notice.before);
    for (const [p, d] of Object.entries(notice.drafts)) rt.setDraft(p, d);
    setNotice(null);
    focusCell(notice.at);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const { pointer, columns, items } = latest.current;
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z' && notice?.kind === 'pasted') {
      e.preventDefault();
      undoPaste();
      return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey || e.nativeEvent.isComposing) return;
    const cell = cellOf(pointer, e.target);
    if (!cell) return;
    const column = columns.findIndex((c) => c.key === cell.key);
    const to = moveFrom({ row: cell.row, column }, {
      key: e.key, shift: e.shiftKey, rowCount: items.length, columnCount: columns.length, ...caretOf(e.target as HTMLElement),
    });
    if (!to) return;
    const target = `${pointer}/${to.row}/${columns[to.column]!.key}`;
    // Tab keeps the page's own order (a row's cells, its buttons, the next row) while the
    // next row is rendered; past the rendered rows it renders and focuses the next cell.
    if (e.key === 'Tab' && latest.current.root.current?.querySelector(pathSelector(target))) return;
    e.preventDefault();
    focusCell(target);
  };

  const onPaste = (e: ClipboardEvent<HTMLElement>) => {
    const { pointer, columns, items, rt, t, path, label, maxItems, handleChange } = latest.current;
    const cell = cellOf(pointer, e.target);
    const text = e.clipboardData.getData('text/plain');
    // One value pasted into one cell is the browser's to paste.
    if (!cell || !/[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''))) return;
    e.preventDefault();
    const { rows } = readPaste(text, columns, cell.key, t);
    if (!rows.length) return;
    const count = Math.max(items.length, cell.row + rows.length);
    if (maxItems !== undefined && count > maxItems) {
      setNotice({ kind: 'refused', message: t.budget.pasteTooMany({ label, max: maxItems, count }) });
      return;
    }
    const next = [...items];
    const drafts: Record<string, Draft | undefined> = {};
    let bad = 0;
    rows.forEach((row, j) => {
      const index = cell.row + j;
      const before = items[index] as Item | undefined;
      const after: Item = { ...before };
      for (const [key, value] of Object.entries(row.values)) {
        if (value === undefined) delete after[key]; else after[key] = value;
        const at = `${pointer}/${index}/${key}`;
        drafts[at] = rt.drafts[at];
        const wrong = row.bad[key];
        if (wrong) bad++;
        rt.setDraft(at, wrong);
      }
      next[index] = withAmountFollowing(before, after, row.bad.amount !== undefined);
    });
    handleChange(path, next);
    setNotice({ kind: 'pasted', rows: rows.length, bad, before: items, drafts, at: `${pointer}/${cell.row}/${cell.key}` });
  };

  return { focusCell, onKeyDown, onPaste, notice, undoPaste, forgetPaste: () => setNotice((n) => (n ? null : n)) };
}
