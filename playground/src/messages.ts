/// <reference types="vite/client" />
/**
 * The playground's own words (locales/<locale>/playground.json); form words come from core
 * and @govforms/react. A locale with catalogue files is offered in the language menu.
 */
import type zhCN from '../../locales/zh-CN/playground.json';
import { defineMessages, type Locale, type Messages } from '@govforms/core';

export const messagesFor = defineMessages<typeof zhCN>(
  import.meta.glob('../../locales/*/playground.json', { eager: true, import: 'default', query: '?messages' }),
);

export type PlaygroundMessages = Messages<typeof zhCN>;

/**
 * A locale named in its own language ("中文", "English"): its playground catalogue's word, or
 * the browser's name for it while the locale has no playground words yet.
 */
export function localeName(locale: Locale): string {
  if (messagesFor.locales.includes(locale)) return messagesFor(locale).localeName();
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}
