/**
 * The import's modal dialog: a native <dialog> opened with showModal(), so the page behind it is
 * inert and Esc cancels; focus-trap keeps Tab cycling inside it (a modal dialog alone lets it
 * leave for the browser's toolbar); focus returns to the import button on close.
 */
import type { BudgetDiffView } from '@govforms/core';
import { createFocusTrap } from 'focus-trap';
import { useEffect, useId, useRef } from 'react';
import type { ImportStep } from './BudgetImport.js';
import type { PlaygroundMessages } from './messages.js';

/** Rows listed in the dialog; the totals always count every change. */
const MAX_LISTED_ROWS = 200;

function DiffTables({ view, t }: { view: BudgetDiffView; t: PlaygroundMessages }) {
  const m = t.budgetImport;
  const ids = { rows: useId(), totals: useId() };
  const listed = view.rows.slice(0, MAX_LISTED_ROWS);
  const c = m.rowColumns;
  return (
    <>
      {listed.length > 0 ? (
        <>
          <h3 id={ids.rows}>{m.rowsTitle()}</h3>
          {/* Focusable, so the keyboard can scroll a long list. */}
          <div className="pg-dialog-scroll" role="region" aria-labelledby={ids.rows} tabIndex={0}>
            <table className="pg-diff-table" aria-labelledby={ids.rows} data-diff="rows">
              <thead>
                <tr><th scope="col">{c.kind()}</th><th scope="col">{c.where()}</th><th scope="col">{c.name()}</th><th scope="col">{c.amount()}</th><th scope="col">{c.details()}</th></tr>
              </thead>
              <tbody>
                {listed.map((r, i) => (
                  <tr key={i} className={`pg-diff-${r.kind}`} data-kind={r.kind}>
                    <td>{r.kindLabel}</td>
                    <td>{r.listLabel} {r.where}</td>
                    <td>{r.name}</td>
                    <td className="pg-num">{r.amount}</td>
                    <td>{r.details.map((d, j) => <div key={j}>{d}</div>)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {view.rows.length > listed.length ? <p>{m.moreRows({ count: view.rows.length - listed.length })}</p> : null}
        </>
      ) : null}
      <h3 id={ids.totals}>{m.totalsTitle()}</h3>
      <table className="pg-diff-table" aria-labelledby={ids.totals} data-diff="totals">
        <thead>
          <tr><th scope="col">{view.columns.label}</th><th scope="col">{view.columns.before}</th><th scope="col">{view.columns.after}</th><th scope="col">{view.columns.change}</th></tr>
        </thead>
        <tbody>
          {view.totals.map((x) => (
            <tr key={x.label} className={x.changed ? 'pg-diff-changed' : undefined}>
              <th scope="row">{x.label}</th>
              <td className="pg-num">{x.before}</td>
              <td className="pg-num">{x.after}</td>
              <td className="pg-num">{x.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export interface BudgetImportDialogProps {
  step: ImportStep;
  t: PlaygroundMessages;
  onApply(): void;
  onCancel(): void;
}

export function BudgetImportDialog({ step, t, onApply, onCancel }: BudgetImportDialogProps) {
  const m = t.budgetImport;
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const ids = { title: useId(), summary: useId() };
  const open = step.state !== 'closed';

  useEffect(() => {
    const el = dialog.current;
    if (!el || !open) return;
    el.showModal();
    const trap = createFocusTrap(el, {
      // The safe choice first: Enter on the focused button never replaces the budget.
      initialFocus: () => cancel.current ?? el,
      // Esc is the dialog's own cancel event; the dialog gives the focus back when it closes.
      escapeDeactivates: false,
      returnFocusOnDeactivate: false,
    });
    trap.activate();
    return () => {
      trap.deactivate();
      el.close();
    };
  }, [open]);

  return (
    <dialog
      ref={dialog} className="pg-dialog" aria-labelledby={ids.title} aria-describedby={ids.summary}
      // Esc: close through our state, so the form's data stays as it is.
      onCancel={(e) => { e.preventDefault(); onCancel(); }}
    >
      <h2 id={ids.title}>{m.title()}</h2>
      <div id={ids.summary}>
        {step.state === 'reading' ? <p role="status">{m.reading({ file: step.file })}</p> : null}
        {step.state === 'failed' ? (
          <p role="alert" className="pg-dialog-error">{m.failed({ file: step.file, problem: step.problem })} {m.unchanged()}</p>
        ) : null}
        {step.state === 'ready' ? (
          <>
            <p>{m.source({ file: step.file })}</p>
            <p className="pg-dialog-summary" data-diff="summary">{step.view.summary}</p>
            <p>{m.review()}</p>
          </>
        ) : null}
      </div>
      {step.state === 'ready' ? <DiffTables view={step.view} t={t} /> : null}
      <div className="pg-dialog-actions">
        {step.state === 'ready' ? <button type="button" className="pg-button pg-button--primary" onClick={onApply}>{m.apply()}</button> : null}
        <button ref={cancel} type="button" className="pg-button" onClick={onCancel}>{step.state === 'failed' ? m.close() : m.cancel()}</button>
      </div>
    </dialog>
  );
}
