import { GovformsError, type Locale } from '@govforms/core';
import { annualReport } from './mappers/annual-report.js';
import { applicationForm } from './mappers/application-form.js';
import { completionChecklist } from './mappers/completion-checklist.js';
import { constructionPlan } from './mappers/construction-plan.js';
import { docxText } from './messages.js';
import { packTemplate } from './pack-template.js';
import type { TemplateDefinition } from './template-definition.js';
import { templateSourceFiles } from './template-sources.js';
import type { DocumentTemplateId } from './types.js';

/** The four built-in documents, in the order batch generation writes them. */
export const documentTemplates: readonly TemplateDefinition[] = [applicationForm, constructionPlan, completionChecklist, annualReport];

export function getTemplate(id: unknown, locale: Locale = 'zh-CN'): TemplateDefinition {
  const def = documentTemplates.find((t) => t.id === id);
  if (!def) {
    const known = documentTemplates.map((t) => `${t.id}（${t.title}）`).join('、');
    throw new GovformsError(docxText(locale).unknownTemplate(String(id), known), 'unknown-template');
  }
  return def;
}

/** Id and zh-CN title of each built-in document. */
export function listDocumentTemplates(): { id: DocumentTemplateId; title: string }[] {
  return documentTemplates.map(({ id, title }) => ({ id, title }));
}

/** A built-in template as a .docx with its tags in place: the starting point for a department's own. */
export function blankTemplate(id: DocumentTemplateId): Uint8Array {
  return packTemplate(templateSourceFiles(getTemplate(id).id));
}
