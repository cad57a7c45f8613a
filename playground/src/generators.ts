/**
 * The Word and Excel generators and the budget workbook's reader, loaded only when the page needs
 * them (their own chunks, not part of the first page load). The list of Word documents is docx's
 * registry of templates.
 */
import { draftDossier, type Dossier, type Locale } from '@govforms/core';
import type { DocumentTemplateId } from '@govforms/docx';
import type { BudgetData, ProjectsSummaryOptions } from '@govforms/xlsx';
import type { ProjectFacts } from '@govforms/xlsx/dossiers';

export interface WordDocument { id: DocumentTemplateId; title: string }

/** @govforms/docx's registered templates, each titled in the asked locale (loads the docx chunk). */
export async function loadWordDocuments(): Promise<(locale: Locale) => WordDocument[]> {
  const { listDocumentTemplates } = await import('@govforms/docx');
  return listDocumentTemplates;
}

/** A generated file; `gaps` > 0: made as a draft (草稿 on every page) listing that many things missing or wrong. */
export interface Generated { bytes: Uint8Array; gaps: number }

/** The budget workbook; from an unfinished budget, its draft. */
export async function budgetWorkbook(d: Dossier): Promise<Generated> {
  const { buildBudgetWorkbook, BUDGET_WORKBOOK_SECTIONS } = await import('@govforms/xlsx');
  const gaps = draftDossier(d, BUDGET_WORKBOOK_SECTIONS).gaps.length;
  return { bytes: await buildBudgetWorkbook(d, { draft: gaps > 0 }), gaps };
}

/**
 * The projects summary workbook (项目汇总表) of the review page's projects, from the facts its
 * table already shows (worked out with the same `today` and locale as `opts`): only the digests
 * are new, so the workbook says what the table says without checking every dossier again.
 */
export async function projectsSummaryWorkbook(projects: readonly { dossier: Dossier; summary: ProjectFacts }[], opts: ProjectsSummaryOptions): Promise<Uint8Array> {
  const [{ projectsSummaryWorkbook: workbook }, { dossierDigestAsync }] = await Promise.all([import('@govforms/xlsx'), import('@govforms/core/provenance')]);
  const summaries = await Promise.all(projects.map(async (p) => ({ ...p.summary, digest: await dossierDigestAsync(p.dossier) })));
  return workbook(summaries, opts);
}

/** The budget in an edited budget workbook, read in the browser (nothing is uploaded); errors name the sheet and cell in `locale`. */
export async function readBudgetXlsx(bytes: Uint8Array, locale: Locale): Promise<BudgetData> {
  const { readBudgetWorkbook } = await import('@govforms/xlsx');
  return readBudgetWorkbook(bytes, { locale });
}

/** A Word document; from unfinished material, its draft. */
export async function wordDocument(id: DocumentTemplateId, d: Dossier, opts: { today?: string } = {}): Promise<Generated> {
  const { getTemplate, renderDocument, templateSections } = await import('@govforms/docx');
  const gaps = draftDossier(d, templateSections(getTemplate(id))).gaps.length;
  return { bytes: await renderDocument(id, d, { ...opts, draft: gaps > 0 }), gaps };
}

/** Renders a .docx into an element, the way Word lays it out (docx-preview, loaded on demand). */
export async function previewDocx(bytes: Uint8Array, into: HTMLElement): Promise<void> {
  const { renderAsync } = await import('docx-preview');
  into.replaceChildren();
  await renderAsync(new Blob([new Uint8Array(bytes)]), into, undefined, {
    className: 'pg-docx', inWrapper: true, ignoreWidth: false, ignoreHeight: false, breakPages: true, experimental: false,
  });
}

export function isMissingGenerator(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'generator-missing';
}
