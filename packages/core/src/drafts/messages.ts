/// <reference types="vite/client" />
/**
 * The words of the draft store, draft files and form migrations (locales/<locale>/drafts.json).
 * Errors are thrown as GovformsError with one of these messages; warnings carry their code so
 * a UI can pick its own words.
 */
import type zhCN from '../../../../locales/zh-CN/drafts.json';
import { defineMessages, type Messages } from '../i18n/catalogue.js';

export const messagesFor = defineMessages<typeof zhCN>(
  import.meta.glob('../../../../locales/*/drafts.json', { eager: true, import: 'default', query: '?messages' }),
);

export type DraftMessages = Messages<typeof zhCN>;

export { formTitle } from '../forms/labels.js';
