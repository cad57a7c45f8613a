/** The four sheets of the budget workbook, in order, from a checked budget. */
import { draftDossier, listForms, type Dossier, type DossierKey, type DraftGap, type Locale } from '@govforms/core';
import { provenanceOf, type Provenance } from '@govforms/core/provenance';
import { itemsSheet } from './items-sheet.js';
import { notesSheet } from './notes-sheet.js';
import { prepareBudget, type PreparedBudget } from './prepare-budget.js';
import { resourcesSheet } from './resources-sheet.js';
import type { SheetPlan } from './sheet-plan.js';
import { summarySheet } from './summary-sheet.js';
import { W } from './workbook-labels.js';
import { WORKBOOK_LOCALE } from './messages.js';

export interface BudgetWorkbookOptions {
  /** When the workbook is generated (shown on 说明, stored as the file's creation time); default now. */
  generatedAt?: Date;
  /** Language of error messages (zh-CN by default); the workbook itself is always zh-CN. */
  locale?: Locale;
  /**
   * A draft (草稿) from an unfinished budget: values that do not match the form are left out,
   * every printed page is headed 草稿 and the 说明 sheet lists what is missing or wrong.
   */
  draft?: boolean;
}

/** The dossier sections the budget workbook is made from: its sheets show the budget, and the project's name, applicant and total investment. */
export const BUDGET_WORKBOOK_SECTIONS: readonly DossierKey[] = ['budget', 'application'];

/** The budget ready to write, and for a draft what is missing (undefined: not a draft). Bad input throws before anything is written. */
export function prepareForWorkbook(dossier: Dossier, opts: BudgetWorkbookOptions): { budget: PreparedBudget; gaps?: DraftGap[] } {
  if (!opts.draft) return { budget: prepareBudget(dossier, opts.locale) };
  const draft = draftDossier(dossier, BUDGET_WORKBOOK_SECTIONS, { locale: WORKBOOK_LOCALE });
  return { budget: prepareBudget(draft.dossier, opts.locale, { draft: true }), gaps: draft.gaps };
}

/** Every printed page of a draft says so, in red, beside the sheet's name. */
const DRAFT_HEADER = `&L&"-,Bold"&KC00000${W.draft.pageHeader()}&K000000&C&A`;

export function planWorkbook(dossier: Dossier, b: PreparedBudget, opts: BudgetWorkbookOptions, gaps?: readonly DraftGap[]): SheetPlan[] {
  const at = opts.generatedAt ?? new Date();
  const provenance: Provenance = provenanceOf(dossier, { forms: listForms(), now: at });
  const sheets = [summarySheet(b, gaps !== undefined), itemsSheet(b.items), resourcesSheet(b.resources), notesSheet(at, provenance, gaps)];
  return gaps === undefined ? sheets : sheets.map((plan) => ({ ...plan, pageHeader: DRAFT_HEADER }));
}

/** Document properties shared by both writers. */
export function workbookProperties(b: PreparedBudget, opts: BudgetWorkbookOptions) {
  const at = opts.generatedAt ?? new Date();
  return { creator: 'govforms', lastModifiedBy: 'govforms', created: at, modified: at, title: b.projectName ?? '' };
}
