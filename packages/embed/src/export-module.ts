/**
 * The Word and Excel generators: the lazily loaded part of the embed. The script-tag build
 * makes this file govforms-export.js (window.GovFormsExport); the ES-module build imports it
 * on first use, so a bundler puts it in a chunk of its own.
 */
export { buildBudgetWorkbook } from '@govforms/xlsx';
export { renderDocument } from '@govforms/docx';
