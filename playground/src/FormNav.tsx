import { formTitle, type FormDefinition, type Locale } from '@govforms/core';
import type { PlaygroundMessages } from './messages.js';

export interface FormStatus { form: FormDefinition; issues: number; findings: number }

/** The forms of a dossier (every registered form), each with how much is left to fix. */
export function FormNav({ forms, current, locale, t }: { forms: FormStatus[]; current: string; locale: Locale; t: PlaygroundMessages }) {
  return (
    <nav className="pg-nav" aria-label={t.nav.label()}>
      {/* On a phone the forms are a menu, so the form itself starts on the first screen. */}
      <label className="pg-nav-menu">
        <span>{t.nav.label()}</span>
        <select value={current} onChange={(e) => { location.hash = `#/${e.target.value}`; }}>
          {forms.map(({ form, issues, findings }) => (
            <option key={form.id} value={form.id}>{`${formTitle(form, locale)} · ${t.nav.status({ issues, findings })}`}</option>
          ))}
        </select>
      </label>
      <ul>
        {forms.map(({ form, issues, findings }) => (
          <li key={form.id}>
            <a href={`#/${form.id}`} aria-current={form.id === current ? 'page' : undefined} className={issues ? 'pg-has-issues' : undefined}>
              <span className="pg-nav-title">{formTitle(form, locale)}</span>
              <span className="pg-nav-status">{t.nav.status({ issues, findings })}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
