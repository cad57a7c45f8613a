import {
  articleLabel, documentKindLabel, dossierKeys, formForDossierKey, formTitle, words, type DossierKey, type Finding, type Locale,
} from '@govforms/core';
import { useId, useState } from 'react';
import { messagesFor } from '../i18n/messages.js';

export interface FindingsPanelProps {
  findings: readonly Finding[];
  locale?: Locale;
  /** The dossier section being edited: its findings offer "go to the field". */
  section?: DossierKey;
  onSelect?(finding: Finding): void;
  className?: string;
  /**
   * Where the check stands: 'blank' while the section being edited holds nothing yet (its own
   * findings are not shown: an empty form is "not checked yet", not wrong), 'checking' before
   * the first check ran. Default 'checked'.
   */
  state?: 'blank' | 'checking' | 'checked';
  /** Fields of the form still missing or invalid: "no problems" is never said while there are any. */
  invalidCount?: number;
  /** On a phone: the title and summary only, a button opening the list. */
  collapsible?: boolean;
}

/** The dossier section a finding's JSON Pointer points into ("/budget/items" → "budget"). */
export function sectionOf(path: string | undefined): DossierKey | undefined {
  const key = path?.split('/')[1];
  return key !== undefined && dossierKeys().includes(key) ? key : undefined;
}

/**
 * The live regulation check: each finding with its severity, its article (第二十条), what it
 * means, the documents it asks for, and a button to the field it is about.
 */
export function FindingsPanel({ findings: all, locale, section, onSelect, className, state = 'checked', invalidCount = 0, collapsible = false }: FindingsPanelProps) {
  const t = messagesFor(locale).findings;
  const w = words(locale);
  const headingId = useId();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const showList = !collapsible || open;
  const findings = state === 'checked' ? all : state === 'blank' ? all.filter((f) => section === undefined || sectionOf(f.path) !== section) : [];
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  // A blank form says so first; the other forms' findings it still lists are theirs, not its count.
  const summary = state === 'blank' ? t.notChecked()
    : findings.length ? t.summary({ errors: count('error'), warnings: count('warning'), notes: count('info') })
      : state === 'checking' ? t.checking()
        : invalidCount > 0 ? t.noneButInvalid({ count: invalidCount }) : t.none();
  return (
    <aside className={['gf-findings', collapsible ? 'gf-findings--collapsible' : '', className].filter(Boolean).join(' ')} aria-labelledby={headingId}>
      <div className="gf-findings-head">
        <h2 className="gf-findings-title" id={headingId}>{t.title()}</h2>
        {collapsible && findings.length ? (
          <button type="button" className="gf-button gf-button--small" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
            {open ? t.hide() : t.show()}
          </button>
        ) : null}
      </div>
      {showList ? <p className="gf-findings-source">{t.source()}</p> : null}
      <p className={`gf-findings-summary gf-findings-summary--${findings.length ? 'found' : state}`} role="status" aria-live="polite">{summary}</p>
      <ul className="gf-findings-list" id={listId} hidden={!showList}>
        {findings.map((f, i) => {
          const target = sectionOf(f.path);
          const here = target !== undefined && target === section;
          return (
            <li key={`${f.ruleId}-${f.path ?? ''}-${i}`} className={`gf-finding gf-finding--${f.severity}`} data-gf-rule={f.ruleId}>
              <p className="gf-finding-head">
                <span className={`gf-badge gf-badge--${f.severity}`}>{w.severity[f.severity]()}</span>
                <span className="gf-article">{articleLabel(f.article, locale)}</span>
              </p>
              <p className="gf-finding-message">{f.message}</p>
              {f.requires?.length ? (
                <p className="gf-finding-requires">
                  {t.requires({ documents: f.requires.map((k) => documentKindLabel(k, locale)).join(w.listSeparator()) })}
                </p>
              ) : null}
              {target && onSelect ? (
                <button type="button" className="gf-link gf-finding-go" onClick={() => onSelect(f)}>
                  {here ? t.goTo() : t.goToOther({ form: formTitle(formForDossierKey(target), locale) })}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
