/**
 * The registry of Word documents: one per `templates/<id>/template.json`, found at build time
 * (a new template is a new folder; its code, if any, is `src/mappers/<id>.ts`).
 */
import { GovformsError, localeChain, words, type DossierKey, type Locale } from '@govforms/core';
import { docxMessages } from './messages.js';
import { packTemplate } from './pack-template.js';
import type { TemplateDefinition } from './template-definition.js';
import { buildTemplateRegistry } from './template-registry.js';
import { templateSourceFiles } from './template-sources.js';
import type { DocumentTemplateId } from './types.js';

/** The built-in documents, in the order batch generation writes them. */
export const documentTemplates: readonly TemplateDefinition[] = buildTemplateRegistry({
  // _shared/ holds the parts every document has; it is never a template.
  definitions: import.meta.glob<string>(['../../../templates/*/template.json', '!../../../templates/_shared/**'], { query: '?raw', import: 'default', eager: true }),
  translations: import.meta.glob<string>(['../../../templates/*/i18n/*.json', '!../../../templates/_shared/**'], { query: '?raw', import: 'default', eager: true }),
  mappers: import.meta.glob(['./mappers/*.ts', '!./mappers/*.test.ts'], { import: 'default', eager: true }),
  hasDocument: (folder) => templateSourceFiles(folder)['word/document.xml'] !== undefined,
});

/** A template's name in a locale ("en-GB" → en), else its zh-CN title. */
export function templateTitle(def: TemplateDefinition, locale?: Locale): string {
  const found = localeChain(locale).find((l) => Object.hasOwn(def.titles, l));
  return found ? def.titles[found]! : def.title;
}

export function getTemplate(id: unknown, locale?: Locale): TemplateDefinition {
  const def = documentTemplates.find((t) => t.id === id);
  if (!def) {
    const m = docxMessages(locale).errors;
    const known = documentTemplates.map((t) => m.knownTemplate({ id: t.id, title: templateTitle(t, locale) })).join(words(locale).listSeparator());
    throw new GovformsError(m.unknownTemplate({ id: String(id), known }), 'unknown-template');
  }
  return def;
}

/** Id and title (in the locale, else zh-CN) of each built-in document, in template order. */
export function listDocumentTemplates(locale?: Locale): { id: DocumentTemplateId; title: string }[] {
  return documentTemplates.map((t) => ({ id: t.id, title: templateTitle(t, locale) }));
}

/** The dossier sections a document is made from (its own first): a draft lists what is missing in these. */
export function templateSections(def: Pick<TemplateDefinition, 'section' | 'uses'>): DossierKey[] {
  return [...new Set([def.section, ...def.uses])];
}

/** A built-in template as a .docx with its tags in place: the starting point for a department's own. */
export function blankTemplate(id: DocumentTemplateId): Uint8Array {
  return packTemplate(templateSourceFiles(getTemplate(id).id));
}
