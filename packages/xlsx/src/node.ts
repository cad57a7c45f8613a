/** `@govforms/xlsx/node`: everything in `@govforms/xlsx`, plus the Node-only streaming writer. */
export * from './index.js';
export { writeBudgetWorkbookStream } from './stream-workbook.js';
