import type { DossierKey } from '@govforms/core';
import type { ViewContext } from './dossier-view.js';
import type { DocumentTemplateId } from './types.js';
import type { ViewObject } from './view-text.js';

/** A tag a template adds to the dossier's own tags, documented in docs/templates.md. */
export interface TagDoc {
  tag: string;
  description: string;
  /** A list to loop over ({#tag}…{/tag}); otherwise a group of tags (tag.field). */
  loop?: boolean;
  /** The tags inside one row of a loop, or the members of a group. */
  fields?: TagDoc[];
}

export interface MapperInput {
  /** The dossier as given (untrusted). */
  dossier: unknown;
  /** The dossier view: every schema field, formatted. */
  view: ViewObject;
  today: string;
  ctx: ViewContext;
}

/**
 * The code a template may have (src/mappers/<id>.ts, its default export): what the document
 * shows beyond the dossier's own fields (tables of rows, chapter lists, totals), and the tags
 * that adds. A template without one renders from the dossier view alone.
 */
export interface TemplateMapper {
  tags: readonly TagDoc[];
  data(input: MapperInput): Record<string, unknown>;
}

/** What templates/<id>/template.json says about a document. */
export interface TemplateMeta {
  id: DocumentTemplateId;
  /** Version of the template (major.minor.patch), recorded in every document made from it. */
  version: string;
  /** zh-CN document name, e.g. 项目申报表. */
  title: string;
  /** The section the document is about (its project name comes from here first). */
  section: DossierKey;
  /** Sections whose absence is worth a warning. */
  uses: readonly DossierKey[];
  /** Place in lists (batch output, the playground); templates without one come last. */
  order?: number;
}

/**
 * One document: its data (template.json, i18n/<locale>.json) and its mapper. Rendering code is
 * shared and knows no template by name.
 */
export interface TemplateDefinition extends TemplateMeta, TemplateMapper {
  /** The document's name in other locales (templates/<id>/i18n/<locale>.json). */
  titles: Readonly<Record<string, string>>;
}
