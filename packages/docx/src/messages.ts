/// <reference types="vite/client" />
/**
 * Every word @govforms/docx writes for people (locales/<locale>/docx.json): the words placed
 * in documents, and the errors and warnings it reports in the caller's locale. Documents are
 * always Chinese: their words are `documentWords`, the zh-CN catalogue, beside core's shared
 * words (`words('zh-CN')`: 是/否, 元/万元, 未分年度, separators, severity names).
 */
import type zhCN from '../../../locales/zh-CN/docx.json';
import { SOURCE_LOCALE, defineMessages, words, type Messages } from '@govforms/core';

export const docxMessages = defineMessages<typeof zhCN>(
  import.meta.glob('../../../locales/*/docx.json', { eager: true, import: 'default', query: '?messages' }),
);

export type DocxMessages = Messages<typeof zhCN>;

/** Words placed in documents (always Chinese). */
export const documentWords = docxMessages(SOURCE_LOCALE).document;

/** Core's shared words as documents use them (always Chinese). */
export const sharedWords = words(SOURCE_LOCALE);
