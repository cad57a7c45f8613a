/// <reference types="vite/client" />
/**
 * Every word the React SDK shows that does not come from a form (field labels, options and
 * descriptions are the form's own, see form-translator.ts) or from core's shared words:
 * locales/<locale>/react.json, looked up by locale with a fallback to zh-CN.
 */
import type zhCN from '../../../../locales/zh-CN/react.json';
import { defineMessages, words, type Messages as Catalogue } from '@govforms/core';

export const messagesFor = defineMessages<typeof zhCN>(
  import.meta.glob('../../../../locales/*/react.json', { eager: true, import: 'default', query: '?messages' }),
);

export type Messages = Catalogue<typeof zhCN>;

/** Core's shared words (severity names, separators, yes/no, money units) in a locale. */
export type Words = ReturnType<typeof words>;

/** The locale whose words are shown (core's), for `lang` attributes. */
export { shownLocale } from '@govforms/core';
