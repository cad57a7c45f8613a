/** The four sheets of the budget workbook, in order, from a checked budget. */
import type { Locale } from '@govforms/core';
import { itemsSheet } from './items-sheet.js';
import { notesSheet } from './notes-sheet.js';
import type { PreparedBudget } from './prepare-budget.js';
import { resourcesSheet } from './resources-sheet.js';
import type { SheetPlan } from './sheet-plan.js';
import { summarySheet } from './summary-sheet.js';

export interface BudgetWorkbookOptions {
  /** When the workbook is generated (shown on 说明, stored as the file's creation time); default now. */
  generatedAt?: Date;
  /** Language of error messages (zh-CN by default); the workbook itself is always zh-CN. */
  locale?: Locale;
}

export function planWorkbook(b: PreparedBudget, opts: BudgetWorkbookOptions): SheetPlan[] {
  return [summarySheet(b), itemsSheet(b.items), resourcesSheet(b.resources), notesSheet(opts.generatedAt ?? new Date())];
}

/** Document properties shared by both writers. */
export function workbookProperties(b: PreparedBudget, opts: BudgetWorkbookOptions) {
  const at = opts.generatedAt ?? new Date();
  return { creator: 'govforms', lastModifiedBy: 'govforms', created: at, modified: at, title: b.projectName ?? '' };
}
