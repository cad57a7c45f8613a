/// <reference types="vite/client" />
/**
 * Everything the CLI prints for people (locales/<locale>/cli.json), in the locale of
 * `--locale`; severity names, separators and labels come from core's shared words.
 */
import type zhCN from '../../../locales/zh-CN/cli.json';
import { SOURCE_LOCALE, defineMessages, words, type Locale, type Messages } from '@govforms/core';

export const cliMessages = defineMessages<typeof zhCN>(
  import.meta.glob('../../../locales/*/cli.json', { eager: true, import: 'default', query: '?messages' }),
);

export type CliMessages = Messages<typeof zhCN>;

let current: Locale = SOURCE_LOCALE;

/** The locale of this run (`--locale`), for code that is not handed it (argument parsing, batch workers). */
export function setCliLocale(locale: Locale): void {
  current = locale;
}

export function cliLocale(): Locale {
  return current;
}

export function cliText(): CliMessages {
  return cliMessages(current);
}

/** Core's shared words in the CLI's locale. */
export function cliWords(): ReturnType<typeof words> {
  return words(current);
}
