import { field } from '@govforms/core';
import { memo } from 'react';
import type { Messages } from '../../i18n/messages.js';
import { cellFor, type RowActions } from './BudgetCells.js';
import type { Column } from './columns.js';

export interface BudgetRowProps {
  index: number;
  rowCount: number;
  item: unknown;
  columns: readonly Column[];
  pointer: string;
  enabled: boolean;
  /** Visible error per column key, if any. */
  errors: Readonly<Record<string, string>> | undefined;
  /** Typed text that is not a value yet, per column key. */
  drafts: Readonly<Record<string, string>> | undefined;
  /** quantity × unit price when the amount differs from it, formatted. */
  expected: string | undefined;
  actions: RowActions;
  t: Messages;
}

function shallowEqual(a: Readonly<Record<string, string>> | undefined, b: Readonly<Record<string, string>> | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/** Rows re-render only when their own item, errors, drafts or position change. */
export function sameRow(a: BudgetRowProps, b: BudgetRowProps): boolean {
  return a.item === b.item && a.index === b.index && a.rowCount === b.rowCount && a.columns === b.columns
    && a.enabled === b.enabled && a.expected === b.expected && a.actions === b.actions && a.t === b.t
    && a.pointer === b.pointer && shallowEqual(a.errors, b.errors) && shallowEqual(a.drafts, b.drafts);
}

function BudgetRowView(p: BudgetRowProps) {
  const { index, t, actions } = p;
  return (
    <tr className="gf-budget-row" data-gf-row={index} aria-rowindex={index + 2}>
      <th scope="row" className="gf-budget-index">{index + 1}</th>
      {p.columns.map((column) => {
        const Cell = cellFor[column.kind];
        return (
          <td key={column.key} className={`gf-budget-cell gf-budget-cell--${column.key}`} data-label={column.title}>
            <Cell index={index} column={column} value={field(p.item, column.key)} draft={p.drafts?.[column.key]}
              error={p.errors?.[column.key]} label={t.budget.cell({ index: index + 1, column: column.title })} pointer={`${p.pointer}/${index}/${column.key}`}
              enabled={p.enabled} actions={actions} t={t} />
            {column.key === 'amount' && p.expected !== undefined ? (
              <span className="gf-cell-hint">
                {t.budget.mismatch({ expected: p.expected })}
                {p.enabled ? (
                  <button type="button" className="gf-link" onClick={() => actions.useExpected(index)}>{t.budget.useExpected()}</button>
                ) : null}
              </span>
            ) : null}
          </td>
        );
      })}
      {p.enabled ? (
        <td className="gf-budget-actions">
          <button type="button" className="gf-button gf-button--small" data-gf-action="up" disabled={index === 0}
            aria-label={t.budget.actionOnRow({ action: t.array.moveUp(), index: index + 1 })} onClick={() => actions.move(index, index - 1)}>↑</button>
          <button type="button" className="gf-button gf-button--small" data-gf-action="down" disabled={index === p.rowCount - 1}
            aria-label={t.budget.actionOnRow({ action: t.array.moveDown(), index: index + 1 })} onClick={() => actions.move(index, index + 1)}>↓</button>
          <button type="button" className="gf-button gf-button--small gf-button--danger" data-gf-action="remove"
            aria-label={t.budget.actionOnRow({ action: t.array.remove(), index: index + 1 })} title={t.budget.actionOnRow({ action: t.array.remove(), index: index + 1 })}
            onClick={() => actions.remove(index)}>✕</button>
        </td>
      ) : null}
    </tr>
  );
}

export const BudgetRow = memo(BudgetRowView, sameRow);
