/**
 * @govforms/xlsx: the Excel budget workbook (汇总 / 明细 / 数据资源 / 说明) with live formulas
 * and cached results, and its import back; the projects summary workbook (项目汇总 / 审核要点 /
 * 说明) of many dossiers. Runs in Node and in browsers. The Node-only streaming writer for very
 * large budgets is in `@govforms/xlsx/node`.
 */
export { buildBudgetWorkbook } from './build-workbook.js';
export { buildProjectsSummaryWorkbook, projectsSummaryWorkbook, type ProjectsSummaryOptions, type SkippedFile } from './projects-workbook.js';
export { summarizeProject, summaryDossierProblem, type DossierProblem, type ProjectSummary } from './projects-prepare.js';
export { projectsLabels } from './projects-labels.js';
export { dossierFileSizeProblem, notUtf8Reason, readDossierBytes, readDossierText, type DossierFile } from './dossier-file.js';
export { readBudgetWorkbook, type BudgetData, type BudgetItemData, type DataResourceData, type ReadBudgetOptions } from './read-workbook.js';
export { WorkbookReadError } from './read-cells.js';
export { BUDGET_WORKBOOK_SECTIONS, type BudgetWorkbookOptions } from './plan-workbook.js';
export { SHEET, ITEM_HEADERS, RESOURCE_HEADERS } from './workbook-labels.js';
