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
 * One document: which dossier section it is about, and the small mapper that adds what the
 * template shows beyond the dossier's own fields (tables of rows, chapter lists, totals).
 * Rendering code is shared and knows no template by name.
 */
export interface TemplateDefinition {
  id: DocumentTemplateId;
  /** zh-CN document name, e.g. 项目申报表. */
  title: string;
  /** The section the document is about (its project name comes from here first). */
  section: DossierKey;
  /** Sections whose absence is worth a warning. */
  uses: readonly DossierKey[];
  tags: readonly TagDoc[];
  data(input: MapperInput): Record<string, unknown>;
}
