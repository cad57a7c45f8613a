import { availableLocales, type Locale } from '@govforms/core';
import type { ReactNode } from 'react';
import { localeName, type PlaygroundMessages } from './messages.js';

export interface PageHeaderProps {
  t: PlaygroundMessages;
  locale: Locale;
  onLocale(locale: Locale): void;
  /** The links to the other pages, and what they are called together. */
  links: ReactNode;
  linksLabel: string;
}

/** Every page's header: the title, the regulation, links to the other pages and the language menu. */
export function PageHeader({ t, locale, onLocale, links, linksLabel }: PageHeaderProps) {
  return (
    <header className="pg-header">
      <div>
        <p className="pg-title">{t.title()}</p>
        <p className="pg-subtitle">{t.subtitle()}</p>
      </div>
      <nav className="pg-header-links" aria-label={linksLabel}>{links}</nav>
      <label className="pg-locale">
        <span>{t.language()}</span>
        <select value={locale} onChange={(e) => onLocale(e.target.value)}>
          {availableLocales().map((l) => <option key={l} value={l} lang={l}>{localeName(l)}</option>)}
        </select>
      </label>
    </header>
  );
}
