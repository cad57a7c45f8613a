/// <reference types="vite/client" />
/**
 * The words of @govforms/xlsx (locales/<locale>/xlsx.json): `errors` follow the caller's
 * locale; `workbook` holds the words printed in the workbook (see workbook-labels.ts).
 */
import { defineMessages, type Locale, type Messages } from '@govforms/core';
import type zhCN from '../../../locales/zh-CN/xlsx.json';

export const messagesFor = defineMessages<typeof zhCN>(
  import.meta.glob('../../../locales/*/xlsx.json', { eager: true, import: 'default', query: '?messages' }),
);

/**
 * The workbook is a zh-CN document for finance staff (市财政局) and reviewers: it is always
 * written with the zh-CN words, whatever the caller's locale (a data choice; the importer
 * finds sheets and columns by these words).
 */
export const WORKBOOK_LOCALE: Locale = 'zh-CN';

export type XlsxErrors = Messages<typeof zhCN>['errors'];

/** The error messages in `locale` (zh-CN when absent or unknown). */
export function errorMessages(locale?: Locale): XlsxErrors {
  return messagesFor(locale).errors;
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** A value as it appears in an error message: short, and readable for people. */
export function shown(v: unknown, m: XlsxErrors = errorMessages()): string {
  if (typeof v === 'string') return m.quoted({ text: clip(v) });
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v);
  if (v === undefined) return m.empty();
  if (v === null) return 'null';
  try {
    return clip(JSON.stringify(v));
  } catch {
    return typeof v;
  }
}
