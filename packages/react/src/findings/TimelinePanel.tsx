import { nextStep, nextStepText, projectTimeline, type Dossier, type FormDefinition, type Locale, type Policy, type Stage } from '@govforms/core';
import { useId, useMemo } from 'react';
import { messagesFor } from '../i18n/messages.js';

export interface TimelinePanelProps {
  /** core's projectTimeline for the dossier. */
  stages: readonly Stage[];
  locale?: Locale;
  className?: string;
}

/**
 * The project's stages under 宿政办发〔2024〕45号: what to do next and by when ("下一步：…，截止
 * 2026-07-01"), then each stage that applies with its status, date or deadline and article.
 */
export function TimelinePanel({ stages, locale, className }: TimelinePanelProps) {
  const t = messagesFor(locale).timeline;
  const headingId = useId();
  const next = nextStep(stages, locale);
  const shown = stages.filter((s) => s.status !== 'not-applicable');
  const skipped = stages.length - shown.length;
  return (
    <section className={['gf-timeline', className].filter(Boolean).join(' ')} aria-labelledby={headingId}>
      <h2 className="gf-timeline-title" id={headingId}>{t.title()}</h2>
      <p className="gf-findings-source">{t.source()}</p>
      <p className={`gf-timeline-next${next?.stage.status === 'overdue' ? ' gf-timeline-next--overdue' : ''}`} role="status" aria-live="polite">
        {nextStepText(next, locale)}
      </p>
      <ol className="gf-timeline-list">
        {shown.map((s) => (
          <li key={s.id} className={`gf-stage gf-stage--${s.status}`} data-gf-stage={s.id} aria-current={s === next?.stage ? 'step' : undefined}>
            {/* A period that has begun (the warranty) is due until it ends: it is running, not waiting. */}
            <span className={`gf-badge gf-stage-status gf-stage-status--${s.status}`}>{s.status === 'due' && s.date ? t.running() : t.status[s.status]()}</span>
            <span className="gf-stage-message">{s.message}</span>
          </li>
        ))}
      </ol>
      {skipped > 0 ? <p className="gf-timeline-skipped">{t.notApplicable({ count: skipped })}</p> : null}
    </section>
  );
}

interface FormTimelineProps {
  form: FormDefinition;
  /** This form's data: its section of the dossier. */
  data: unknown;
  dossier?: Dossier | undefined;
  today?: string | undefined;
  policy?: Partial<Policy> | undefined;
  locale: Locale;
}

/** The timeline of the dossier with this form's current data in it (GovForm's `showTimeline`). */
export function FormTimeline({ form, data, dossier, today, policy, locale }: FormTimelineProps) {
  const stages = useMemo(() => {
    try {
      return projectTimeline({ ...dossier, [form.dossierKey]: data } as Dossier, { today, policy, locale });
    } catch {
      return undefined; // a bad "today": the findings panel says so
    }
  }, [form, data, dossier, today, policy, locale]);
  return stages ? <TimelinePanel stages={stages} locale={locale} /> : null;
}
