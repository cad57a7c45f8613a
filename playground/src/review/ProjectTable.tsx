import { formatFen, type Locale } from '@govforms/core';
import { projectsLabels } from '@govforms/xlsx/dossiers';
import type { PlaygroundMessages } from '../messages.js';
import type { ProjectRow, SelectionTotals, Sort, SortKey } from './project-rows.js';

export interface ProjectTableProps {
  rows: readonly ProjectRow[];
  totals: SelectionTotals | undefined;
  sort: Sort;
  locale: Locale;
  t: PlaygroundMessages;
  onSort(key: SortKey): void;
  onOpen(row: ProjectRow): void;
}

/** The projects side by side: sortable by 序号, total, findings and lateness; the selection's totals in the last row. */
export function ProjectTable({ rows, totals, sort, locale, t, onSort, onOpen }: ProjectTableProps) {
  const w = t.review.table;
  const L = projectsLabels(locale);
  const heading = (key: SortKey, label: string, className?: string) => (
    <th scope="col" className={className} aria-sort={sort.key === key ? sort.direction : undefined}>
      <button type="button" className="pg-sort" data-sort={key} onClick={() => onSort(key)}>
        {label}<span aria-hidden="true">{sort.key === key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );
  return (
    <div className="pg-review-scroll" tabIndex={0} role="region" aria-label={w.caption()}>
      <table className="pg-review-table">
        <caption className="pg-visually-hidden">{w.caption()}</caption>
        <thead>
          <tr>
            {heading('index', w.index(), 'pg-num')}
            <th scope="col">{L.header.applicant}</th>
            <th scope="col">{L.header.projectName}</th>
            {heading('total', L.P.budgetTotal(), 'pg-num')}
            {heading('findings', w.findings(), 'pg-num')}
            {heading('lateness', w.next())}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const s = r.summary;
            const name = s.projectName ?? r.file;
            return (
              // The whole row opens the project for a mouse; the name's button is the way in for a keyboard or screen reader.
              <tr key={r.index} data-project={r.index} className={r.overdueDays ? 'pg-review-late' : undefined} onClick={() => onOpen(r)}>
                <td className="pg-num">{r.index}</td>
                <td>{s.applicant ?? w.untitled()}</td>
                <td>
                  <button type="button" className="pg-link" data-open={r.index} aria-label={w.open({ name })} onClick={(e) => { e.stopPropagation(); onOpen(r); }}>{name}</button>
                </td>
                <td className="pg-num" data-total-fen={s.budget?.totalFen ?? ''}>{s.budget ? formatFen(s.budget.totalFen) : <span className="pg-muted">{w.noBudget()}</span>}</td>
                <td className="pg-num" aria-label={w.errorsWarningsLabel({ errors: s.counts.error, warnings: s.counts.warning })}>
                  <span className={s.counts.error ? 'pg-review-errors' : undefined}>{w.errorsWarnings({ errors: s.counts.error, warnings: s.counts.warning })}</span>
                </td>
                <td>
                  {s.next ? (
                    <>
                      <span>{s.next.title}</span>
                      {r.overdueDays ? <strong className="pg-review-overdue"> {w.overdue({ days: r.overdueDays })}</strong>
                        : s.next.dueOn ? <span className="pg-muted"> {w.dueOn({ dueOn: s.next.dueOn })}</span> : null}
                    </>
                  ) : <span className="pg-muted">{w.none()}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
        {totals ? (
          <tfoot>
            <tr data-totals="">
              <th scope="row" colSpan={3}>{w.totals({ count: totals.projects })}</th>
              <td className="pg-num" data-total-fen={totals.totalFen}>
                {formatFen(totals.totalFen)}
                {totals.withoutBudget ? <div className="pg-muted">{w.withoutBudget({ count: totals.withoutBudget })}</div> : null}
              </td>
              <td className="pg-num" aria-label={w.errorsWarningsLabel({ errors: totals.errors, warnings: totals.warnings })}>
                {w.errorsWarnings({ errors: totals.errors, warnings: totals.warnings })}
              </td>
              <td>{totals.overdue ? <strong className="pg-review-overdue">{w.overdueCount({ count: totals.overdue })}</strong> : null}</td>
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
