import { and, isObjectArrayControl, rankWith, Resolve, schemaMatches, type ControlProps, type RankedTester } from '@jsonforms/core';
import { useJsonForms, withJsonFormsControlProps } from '@jsonforms/react';
import { resolveRef, sumBudgetFen, type SchemaNode } from '@govforms/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { toPointer } from '../../paths.js';
import { useGovForm, visibleErrors } from '../../runtime.js';
import { BudgetRow } from './BudgetRow.js';
import { BudgetGrandTotal, BudgetSummary } from './BudgetSummary.js';
import { budgetColumns } from './columns.js';
import { expectedAmounts, rowDrafts, rowErrors } from './row-state.js';
import { useBudgetGrid } from './use-budget-grid.js';
import { useBudgetRows } from './use-budget-rows.js';

/** Budget line items: an array of objects with a category choice and an amount in 元. */
export const budgetTableTester: RankedTester = rankWith(20, and(isObjectArrayControl, schemaMatches((schema, root) => {
  const item = resolveRef(root as SchemaNode, schema.items);
  const props = item?.properties as Record<string, { format?: string; oneOf?: unknown }> | undefined;
  return !!props?.category?.oneOf && props.amount?.format === 'yuan';
})));

/**
 * Above this many rows only the rows in view (and a few around) are rendered: layout and
 * paint of every row, not script, made keystrokes slow in long budgets.
 */
export const VIRTUAL_ABOVE = 60;
/**
 * A row's height as the virtualiser counts it: rows are not measured (measuring forces a layout
 * per row and render, seconds with thousands of rows). Rows stay in the table's normal flow
 * between two spacer rows, so a taller row (wrapped text, a message) only shifts the rows
 * below it; scrolling and "jump to row" stay consistent. Narrow tables show cards.
 */
const ROW_HEIGHT = 40;
const CARD_HEIGHT = 330;
const CARDS_BELOW_PX = 640;
const MAX_RENDERED = 120;
/** Also in the stylesheet; inline too, so the first layout (before styles are injected) is bounded. */
const SCROLL_MAX_HEIGHT = 'max(20rem, calc(100vh - 12rem))';

/** A focusPath to a cell of a row not rendered: the table scrolls it into view, then focuses it. */
export const FOCUS_PATH_EVENT = 'gf-focus-path';

/**
 * The budget as a table that works like a spreadsheet: arrows, Enter and Tab between cells,
 * blocks pasted from Excel or WPS, 金额 = 数量 × 单价 filled in, add, remove (with undo) and
 * reorder rows, live subtotals and a grand total. Long budgets are virtualised (rows in view
 * only, aria-rowcount/aria-rowindex tell assistive technology where they are); rows are
 * memoized, so a keystroke renders one row and the totals. On a narrow screen rows are cards.
 */
export function BudgetTableControl(props: ControlProps) {
  const { data, path, label, enabled, visible, handleChange, description, schema, rootSchema, uischema } = props;
  const rt = useGovForm();
  const { core } = useJsonForms();
  const { t, w, form, locale } = rt;
  const pointer = toPointer(path);
  const items: unknown[] = Array.isArray(data) ? data : [];
  const itemSchema = resolveRef(rootSchema as SchemaNode, schema.items);
  const detail: unknown = uischema.options?.detail;
  const columns = useMemo(() => budgetColumns({ form, pointer, itemSchema, detail, rootSchema, locale }),
    [form, pointer, itemSchema, detail, rootSchema, locale]);
  const categoryOptions = columns.find((c) => c.key === 'category')?.options ?? [];
  const parentPath = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
  const parent = Resolve.data(core?.data, parentPath) as { dataResources?: unknown } | undefined;
  const summary = useMemo(() => sumBudgetFen({ items, dataResources: parent?.dataResources }), [items, parent?.dataResources]);

  const scroller = useRef<HTMLDivElement>(null);
  const virtual = items.length > VIRTUAL_ABOVE;
  const virtualizer = useVirtualizer({
    count: items.length, getScrollElement: () => scroller.current, overscan: 6, enabled: virtual,
    estimateSize: () => ((scroller.current?.clientWidth ?? Infinity) < CARDS_BELOW_PX ? CARD_HEIGHT : ROW_HEIGHT),
  });
  const rowsRef = useRef<{ focusCell(p: string): void; forgetPaste(): void } | null>(null);
  const { keys, actions, add, undo, removed, root } = useBudgetRows({
    items, path, pointer, rt, summary, firstCategory: categoryOptions[0]?.value, handleChange,
    firstEditKey: (columns.find((c) => c.key === 'name') ?? columns[0])?.key,
    focusCell: (p) => rowsRef.current?.focusCell(p), onEdit: () => rowsRef.current?.forgetPaste(),
  });
  const grid = useBudgetGrid({
    root, columns, items, pointer, path, label, maxItems: typeof schema.maxItems === 'number' ? schema.maxItems : undefined, rt, t, handleChange,
    scrollToRow: (i) => virtualizer.scrollToIndex(i, { align: 'center' }),
  });
  rowsRef.current = grid;

  // useFocusPath asks the table to show a cell of a row that is not rendered.
  useEffect(() => {
    const el = root.current;
    if (!el) return undefined;
    const onFocusPath = (e: Event) => {
      const target = (e as CustomEvent<string>).detail;
      if (!target.startsWith(`${pointer}/`) || !/^\d+(\/|$)/.test(target.slice(pointer.length + 1))) return;
      e.preventDefault();
      const [row, key] = target.slice(pointer.length + 1).split('/');
      const column = columns.find((c) => c.key === key) ?? columns[0];
      if (column) rowsRef.current?.focusCell(`${pointer}/${row}/${column.key}`);
    };
    el.addEventListener(FOCUS_PATH_EVENT, onFocusPath);
    return () => el.removeEventListener(FOCUS_PATH_EVENT, onFocusPath);
  }, [root, pointer, columns]);

  if (!visible) return null;
  const errors = rowErrors(rt, pointer, items);
  const drafts = rowDrafts(rt, pointer);
  const expected = expectedAmounts(summary);
  const fieldErrors = visibleErrors(rt, pointer, items.length > 0);
  // At most MAX_RENDERED rows, whatever the box measures (before the stylesheet is in, it is as
  // tall as its spacer: thousands of rows would be rendered once).
  const windowRows = virtual ? virtualizer.getVirtualItems().slice(0, MAX_RENDERED) : [];
  const shown = virtual ? windowRows.map((v) => v.index) : items.map((_, i) => i);
  const span = columns.length + (enabled ? 2 : 1);
  const padTop = windowRows[0]?.start ?? 0;
  const padBottom = virtual ? virtualizer.getTotalSize() - (windowRows.at(-1)?.end ?? 0) : 0;
  const notice = grid.notice;
  return (
    <div className="gf-field gf-budget" ref={root} data-gf-path={pointer} onKeyDown={grid.onKeyDown} onPaste={grid.onPaste}>
      {description ? <p className="gf-help">{description}</p> : null}
      <BudgetGrandTotal summary={summary} t={t} w={w} />
      {enabled ? <p className="gf-help gf-budget-keys">{t.budget.gridHelp()}</p> : null}
      <div className={virtual ? 'gf-table-scroll gf-budget-scroll gf-budget-scroll--virtual' : 'gf-table-scroll gf-budget-scroll'} ref={scroller}
        style={virtual ? { maxHeight: SCROLL_MAX_HEIGHT } : undefined}>
        <table className="gf-table gf-budget-table" aria-rowcount={items.length + 1}>
          <caption>{t.budget.caption({ label })} · {t.budget.rows({ count: items.length })}</caption>
          <colgroup>
            <col className="gf-col--index" />
            {columns.map((c) => <col key={c.key} className={`gf-col--${c.key}`} />)}
            {enabled ? <col className="gf-col--actions" /> : null}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">{t.budget.index()}</th>
              {columns.map((c) => <th scope="col" key={c.key} className={`gf-budget-head--${c.key}`}>{c.title}</th>)}
              {enabled ? <th scope="col">{t.budget.actions()}</th> : null}
            </tr>
          </thead>
          <tbody>
            {padTop > 0 ? <tr className="gf-budget-spacer" aria-hidden="true"><td colSpan={span} style={{ height: padTop }} /></tr> : null}
            {shown.map((i) => (
              <BudgetRow key={keys[i]} index={i} rowCount={items.length} item={items[i]} columns={columns} pointer={pointer}
                enabled={enabled} errors={errors[i]} drafts={drafts[i]} expected={expected[i]} actions={actions} t={t} />
            ))}
            {padBottom > 0 ? <tr className="gf-budget-spacer" aria-hidden="true"><td colSpan={span} style={{ height: padBottom }} /></tr> : null}
          </tbody>
        </table>
      </div>
      <div className="gf-error" aria-live="polite">{fieldErrors.map((e, i) => <p key={i}>{e}</p>)}</div>
      {notice ? (
        <p className={notice.kind === 'refused' ? 'gf-notice gf-notice--error' : 'gf-notice'} role="status">
          {notice.kind === 'refused' ? notice.message : (
            <>
              {t.budget.pasted({ count: notice.rows })}
              {notice.bad ? ` ${t.budget.pastedBad({ count: notice.bad })}` : null}
              <button type="button" className="gf-button gf-button--small gf-budget-undo-paste" onClick={grid.undoPaste}>{t.budget.undoPaste()}</button>
            </>
          )}
        </p>
      ) : null}
      {removed ? (
        <p className="gf-notice" role="status">
          {t.budget.removed({ index: removed.index + 1 })}
          <button type="button" className="gf-button gf-button--small gf-budget-undo" onClick={undo}>{t.budget.undo()}</button>
        </p>
      ) : null}
      {enabled ? <button type="button" className="gf-button gf-button--primary" onClick={add}>+ {t.budget.addRow()}</button> : null}
      <BudgetSummary summary={summary} categoryOptions={categoryOptions} t={t} w={w} />
    </div>
  );
}

export const BudgetTableControlRenderer = withJsonFormsControlProps(BudgetTableControl);
