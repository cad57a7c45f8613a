/** The four sheets of the budget workbook, in order, from a checked budget. */
import { listForms, type Dossier, type Locale } from '@govforms/core';
import { provenanceOf, type Provenance } from '@govforms/core/provenance';
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

export function planWorkbook(dossier: Dossier, b: PreparedBudget, opts: BudgetWorkbookOptions): SheetPlan[] {
  const at = opts.generatedAt ?? new Date();
  const provenance: Provenance = provenanceOf(dossier, { forms: listForms(), now: at });
  return [summarySheet(b), itemsSheet(b.items), resourcesSheet(b.resources), notesSheet(at, provenance)];
}

/** Document properties shared by both writers. */
export function workbookProperties(b: PreparedBudget, opts: BudgetWorkbookOptions) {
  const at = opts.generatedAt ?? new Date();
  return { creator: 'govforms', lastModifiedBy: 'govforms', created: at, modified: at, title: b.projectName ?? '' };
}
