// A worker thread of the render pool (piscina): Word documents and workbooks, off the HTTP thread.
import { GovformsError, type Dossier, type Locale } from '@govforms/core';
import { renderDocument, type DocumentTemplateId } from '@govforms/docx';
import { buildBudgetWorkbook, buildProjectsSummaryWorkbook, readBudgetWorkbook } from '@govforms/xlsx';

export type RenderTask =
  | { kind: 'document'; template: DocumentTemplateId; dossier: Dossier; locale: Locale }
  | { kind: 'budget-workbook'; dossier: Dossier; locale: Locale }
  | { kind: 'budget-import'; bytes: Uint8Array; locale: Locale }
  | { kind: 'summary-workbook'; dossiers: Dossier[]; today: string; locale: Locale };

/**
 * What a task gives back. A GovformsError (a dossier the document cannot be made from, a broken
 * workbook) is an answer, not a failure: its class would not survive the trip between threads.
 */
export type RenderResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: true; json: unknown }
  | { ok: false; code: string; message: string; path?: string };

async function run(task: RenderTask): Promise<RenderResult> {
  switch (task.kind) {
    case 'document': return { ok: true, bytes: await renderDocument(task.template, task.dossier, { locale: task.locale }) };
    case 'budget-workbook': return { ok: true, bytes: await buildBudgetWorkbook(task.dossier, { locale: task.locale }) };
    case 'budget-import': return { ok: true, json: await readBudgetWorkbook(task.bytes, { locale: task.locale }) };
    case 'summary-workbook': return { ok: true, bytes: await buildProjectsSummaryWorkbook(task.dossiers, { today: task.today, locale: task.locale }) };
  }
}

export default async function render(task: RenderTask): Promise<RenderResult> {
  try {
    return await run(task);
  } catch (e) {
    if (e instanceof GovformsError) return { ok: false, code: e.code, message: e.message, ...(e.path ? { path: e.path } : {}) };
    throw e;
  }
}
