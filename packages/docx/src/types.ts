import type { Locale } from '@govforms/core';

/** A Word document: the seven built in, or any other folder templates/<id>/ with a template.json. */
export type DocumentTemplateId = 'application-form' | 'construction-plan' | 'completion-checklist' | 'annual-report'
  | 'change-filing' | 'performance-evaluation' | 'review-opinion' | (string & {});

/** Something in the dossier the document could not show exactly as given (message in the caller's locale). */
export interface RenderWarning {
  /** JSON Pointer into the dossier, e.g. /application/totalInvestment. */
  path: string;
  message: string;
}

export interface RenderOptions {
  /**
   * A department's own .docx template instead of the built-in one. Its tags are the same as
   * the built-in template's (see docs/templates.md) plus those in `mapping`.
   */
  template?: Uint8Array;
  /** Tag name → JSONPath into the dossier view (e.g. "$.application.projectName"); no scripts. */
  mapping?: Record<string, string>;
  /** "Today" for the regulation checks listed in the document (YYYY-MM-DD); default today in China. */
  today?: string;
  /** Called once for each warning; see also renderDocumentWithReport. */
  onWarning?: (warning: RenderWarning) => void;
  /** When the document is made (recorded in its properties and footer); default now. */
  now?: Date;
  /** Language of errors and warnings (documents are always Chinese). */
  locale?: Locale;
  /**
   * A draft (草稿) from unfinished material: values that do not match their forms are left out
   * (shown as （未填写）), a red 草稿 line heads every page and the body opens with what is
   * missing or wrong in the sections the document is made from.
   */
  draft?: boolean;
}

export interface RenderReport {
  bytes: Uint8Array;
  warnings: RenderWarning[];
}
