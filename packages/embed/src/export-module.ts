/**
 * The Word and Excel generators and the budget workbook's reader: the lazily loaded part of the embed. The script-tag build
 * makes this file govforms-export.js (window.GovFormsExport); the ES-module build imports it
 * on first use, so a bundler puts it in a chunk of its own.
 */
export { buildBudgetWorkbook, readBudgetWorkbook } from '@govforms/xlsx';
export { renderDocument } from '@govforms/docx';
