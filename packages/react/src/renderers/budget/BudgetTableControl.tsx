import { and, isObjectArrayControl, rankWith, Resolve, schemaMatches, type ControlProps, type RankedTester } from '@jsonforms/core';
import { useJsonForms, withJsonFormsControlProps } from '@jsonforms/react';
import { resolveRef, sumBudgetFen, type SchemaNode } from '@govforms/core';
import { useMemo } from 'react';
import { toPointer } from '../../paths.js';
import { useGovForm, visibleErrors } from '../../runtime.js';
import { BudgetRow } from './BudgetRow.js';
import { BudgetGrandTotal, BudgetSummary } from './BudgetSummary.js';
import { budgetColumns } from './columns.js';
import { expectedAmounts, rowDrafts, rowErrors } from './row-state.js';
import { useBudgetRows } from './use-budget-rows.js';

/** Budget line items: an array of objects with a category choice and an amount in 元. */
export const budgetTableTester: RankedTester = rankWith(20, and(isObjectArrayControl, schemaMatches((schema, root) => {
  const item = resolveRef(root as SchemaNode, schema.items);
  const props = item?.properties as Record<string, { format?: string; oneOf?: unknown }> | undefined;
  return !!props?.category?.oneOf && props.amount?.format === 'yuan';
})));

/**
 * The budget as a table: add, remove (with undo) and reorder rows, a category per row, live
 * subtotals by category and year and a grand total. Rows are memoized, so a keystroke renders
 * one row and the totals, also with hundreds of rows.
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
  const { keys, actions, add, undo, removed, root } = useBudgetRows({
    items, path, pointer, rt, summary, firstCategory: categoryOptions[0]?.value, handleChange,
  });
  if (!visible) return null;
  const errors = rowErrors(rt, pointer);
  const drafts = rowDrafts(rt, pointer);
  const expected = expectedAmounts(summary);
  const fieldErrors = visibleErrors(rt, pointer, items.length > 0);
  return (
    <div className="gf-field gf-budget" ref={root} data-gf-path={pointer}>
      {description ? <p className="gf-help">{description}</p> : null}
      <BudgetGrandTotal summary={summary} t={t} w={w} />
      <div className="gf-table-scroll">
        <table className="gf-table gf-budget-table">
          <caption>{t.budget.caption({ label })} · {t.budget.rows({ count: items.length })}</caption>
          <colgroup>
            <col className="gf-col--index" />
            {columns.map((c) => <col key={c.key} className={`gf-col--${c.key}`} />)}
            {enabled ? <col className="gf-col--actions" /> : null}
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t.budget.index()}</th>
              {columns.map((c) => <th scope="col" key={c.key} className={`gf-budget-head--${c.key}`}>{c.title}</th>)}
              {enabled ? <th scope="col">{t.budget.actions()}</th> : null}
            </tr>
          </thead>
          <tbody>
            {items.map((item, i) => (
              <BudgetRow key={keys[i]} index={i} rowCount={items.length} item={item} columns={columns} pointer={pointer}
                enabled={enabled} errors={errors[i]} drafts={drafts[i]} expected={expected[i]} actions={actions} t={t} />
            ))}
          </tbody>
        </table>
      </div>
      <div className="gf-error" aria-live="polite">{fieldErrors.map((e, i) => <p key={i}>{e}</p>)}</div>
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
