/// <reference types="vite/client" />
/** Core's words (locales/<locale>/core.json): shared words, validation, findings, registry errors. */
import type zhCN from '../../../../locales/zh-CN/core.json';
import { defineMessages, localeChain, SOURCE_LOCALE } from './catalogue.js';

export const coreMessages = defineMessages<typeof zhCN>(
  import.meta.glob('../../../../locales/*/core.json', { eager: true, import: 'default', query: '?messages' }),
);

/** Words every package shares: severity names, "no year", list and label separators, money units. */
export const words = (locale?: string) => coreMessages(locale).words;

/** The locales govforms has words for (those with a core catalogue), zh-CN first. */
export function availableLocales(): string[] {
  return ['zh-CN', ...coreMessages.locales.filter((l) => l !== 'zh-CN').sort()];
}

/**
 * The locale whose words are shown for `locale`, for a `lang` attribute: the tag or its language
 * when govforms has words for it ("en-GB" → "en"), else zh-CN, where every lookup falls back.
 */
export function shownLocale(locale: string | undefined): string {
  const known = availableLocales();
  return localeChain(locale).find((l) => known.includes(l)) ?? SOURCE_LOCALE;
}
