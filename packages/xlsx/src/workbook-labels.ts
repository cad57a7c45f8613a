/**
 * The words printed in the workbook, always in WORKBOOK_LOCALE (zh-CN): the catalogue's
 * `workbook` words, and, for every column that is a budget field, the form schema's own
 * title of that field (the schema titles already carry their unit: 单价（元）…).
 */
import { words } from '@govforms/core';
import { itemFieldTitles, resourceFieldTitles, type ItemField, type ResourceField } from './budget-schema.js';
import { messagesFor, WORKBOOK_LOCALE } from './messages.js';

/** The catalogue's workbook words (leaves are formatters: `W.summary.title()`). */
export const W = messagesFor(WORKBOOK_LOCALE).workbook;

export const SHEET = {
  summary: W.sheets.summary(),
  items: W.sheets.items(),
  resources: W.sheets.resources(),
  notes: W.sheets.notes(),
} as const;

/** Header of the line-item sheet, column by column (A…H): 序号, then the schema's field titles. */
export const ITEM_HEADERS: Readonly<Record<'index' | ItemField, string>> = { index: W.index(), ...itemFieldTitles(WORKBOOK_LOCALE) };

/** Header of the data-resource sheet (A…E): 序号, then the schema's field titles. */
export const RESOURCE_HEADERS: Readonly<Record<'index' | ResourceField, string>> = { index: W.index(), ...resourceFieldTitles(WORKBOOK_LOCALE) };

/** The 汇总 row of the line items without a year (未分年度), as every govforms document says it. */
export const NO_YEAR_LABEL = words(WORKBOOK_LOCALE).noYear();

/** Page footer: page n of N (Excel/WPS/LibreOffice header-footer codes). */
export const PAGE_FOOTER = W.pageFooter();

/** A text as an Excel formula string literal ("一致"); a double quote inside is doubled. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
