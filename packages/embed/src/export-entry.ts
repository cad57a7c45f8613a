// Entry of dist/govforms-export.js: a classic script that sets window.GovFormsExport.
export { buildBudgetWorkbook, readBudgetWorkbook, renderDocument } from './export-module.js';
