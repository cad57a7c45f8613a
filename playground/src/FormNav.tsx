import type { FormDefinition, Locale } from '@govforms/core';
import type { PlaygroundMessages } from './messages.js';

export interface FormStatus { form: FormDefinition; issues: number; findings: number }

/** The six forms of a dossier, each with how much is left to fix. */
export function FormNav({ forms, current, locale, t }: { forms: FormStatus[]; current: string; locale: Locale; t: PlaygroundMessages }) {
  return (
    <nav className="pg-nav" aria-label={t.forms}>
      <ul>
        {forms.map(({ form, issues, findings }) => (
          <li key={form.id}>
            <a href={`#/${form.id}`} aria-current={form.id === current ? 'page' : undefined} className={issues ? 'pg-has-issues' : undefined}>
              <span className="pg-nav-title">{locale === 'en' ? form.titleEn : form.title}</span>
              <span className="pg-nav-status">{t.issues(issues)}{findings ? ` · ${t.findings(findings)}` : ''}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
