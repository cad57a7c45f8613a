import { formatFen, projectTimeline, type Locale } from '@govforms/core';
import { FindingsPanel, govformsCss, TimelinePanel } from '@govforms/react';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { PlaygroundMessages } from '../messages.js';
import type { ProjectRow } from './project-rows.js';

export interface ProjectDetailProps {
  row: ProjectRow;
  today: string;
  locale: Locale;
  t: PlaygroundMessages;
  onBack(): void;
  onOpinion(row: ProjectRow): void;
}

/** The form pages' stylesheet (findings, timeline), added once as GovForm adds it. */
function useGovformsStyles(): void {
  useLayoutEffect(() => {
    if (document.head.querySelector('style[data-govforms-styles]')) return;
    const style = document.createElement('style');
    style.setAttribute('data-govforms-styles', '');
    style.textContent = govformsCss;
    document.head.appendChild(style);
  }, []);
}

/** One project, read only: its findings and its timeline (the form pages' own panels), and its review opinion. */
export function ProjectDetail({ row, today, locale, t, onBack, onOpinion }: ProjectDetailProps) {
  const w = t.review.detail;
  const heading = useRef<HTMLHeadingElement>(null);
  const stages = useMemo(() => projectTimeline(row.dossier, { today, locale }), [row, today, locale]);
  const s = row.summary;
  useGovformsStyles();
  useEffect(() => { heading.current?.focus(); }, [row]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape' && !e.defaultPrevented) onBack(); };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [onBack]);
  return (
    <article className="pg-review-detail" aria-labelledby="pg-review-detail-title">
      <p>
        <button type="button" className="pg-button" onClick={onBack}>← {w.back()}</button>
        <span className="pg-muted"> {w.backHint()}</span>
      </p>
      <h2 id="pg-review-detail-title" ref={heading} tabIndex={-1}>{row.index}. {s.projectName ?? t.review.table.untitled()}</h2>
      <p className="pg-review-facts">
        {s.applicant ? <span>{s.applicant}</span> : null}
        {s.budget ? <span>{w.budgetTotal({ amount: formatFen(s.budget.totalFen) })}</span> : <span>{t.review.table.noBudget()}</span>}
        <span className="pg-muted">{w.file({ file: row.file })}</span>
      </p>
      <p className="pg-muted">{w.readOnly()}</p>
      <p className="pg-tools">
        <button type="button" className="pg-button" data-export="review-opinion" onClick={() => onOpinion(row)}>{t.review.exports.opinion()}</button>
      </p>
      <div className="pg-review-panels">
        <FindingsPanel findings={s.findings} locale={locale} />
        <TimelinePanel stages={stages} locale={locale} />
      </div>
    </article>
  );
}
