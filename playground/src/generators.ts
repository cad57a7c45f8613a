/**
 * The Word and Excel generators, loaded only when a button asks for them (their own chunks,
 * not part of the first page load).
 */
import type { Dossier } from '@govforms/core';

export type DocumentId = 'application-form' | 'construction-plan' | 'completion-checklist' | 'annual-report';

export const DOCUMENTS: readonly { id: DocumentId; zh: string; en: string }[] = [
  { id: 'application-form', zh: '项目申报表', en: 'Application form' },
  { id: 'construction-plan', zh: '建设方案', en: 'Construction plan' },
  { id: 'completion-checklist', zh: '竣工验收资料清单', en: 'Completion checklist' },
  { id: 'annual-report', zh: '年度运维服务情况报表', en: 'Annual O&M report' },
];

export async function budgetWorkbook(d: Dossier): Promise<Uint8Array> {
  const { buildBudgetWorkbook } = await import('@govforms/xlsx');
  return buildBudgetWorkbook(d);
}

export async function wordDocument(id: DocumentId, d: Dossier): Promise<Uint8Array> {
  const { renderDocument } = await import('@govforms/docx');
  return renderDocument(id, d);
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
