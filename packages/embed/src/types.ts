/** The public shapes of @govforms/embed (also window.GovForms). */
import type { Dossier, Finding, FormId, ValidationError } from '@govforms/core';

/** What `change` and `submit` carry (CustomEvent detail, and the argument of onChange / onSubmit). */
export interface FormEventDetail {
  formId: FormId;
  /** The form version the data belongs to; store it with the data. */
  formVersion: string;
  data: object;
  /** { path (JSON Pointer), keyword, label, message }, in the form's locale (zh-CN by default). */
  errors: ValidationError[];
  /** Regulation findings (宿政办发〔2024〕45号), each citing its article. */
  findings: Finding[];
  /** No errors. Findings may still warn. */
  valid: boolean;
}

/** What `error` carries: a stable code and a message for people (zh-CN first). */
export interface EmbedErrorDetail { code: string; message: string }

export interface MountOptions {
  /** A built-in form (application, construction-plan, budget, completion, annual-report, change-filing) or one registered with registerForm. */
  form: FormId;
  /** The form's data, e.g. loaded from the portal's back end. */
  data?: object;
  /** The form version `data` was saved under; older data is migrated to the current version. */
  formVersion?: string;
  /** 'zh-CN' (default), 'en' or any language tag: each word falls back to the language, then to zh-CN. */
  locale?: string;
  /** The other sections of the dossier, for rules that span forms. */
  dossier?: Dossier;
  /**
   * Where the draft is kept in this browser, e.g. the portal's record id. Default: 'default'
   * when no `data` is given; with `data`, drafts are kept only when a draftId is given.
   */
  draftId?: string;
  /** false: no drafts at all (default true). */
  drafts?: boolean;
  readOnly?: boolean;
  /** Show govforms' own submit button (default true). */
  submitButton?: boolean;
  /** Show the regulation findings beside the form (default true); false for narrow portal columns. */
  showFindings?: boolean;
  /** Show the project's timeline (the next step and its deadline, each stage with its article) beside the form (default false). */
  showTimeline?: boolean;
  /** "Today" for the date rules (YYYY-MM-DD); default the date in China. */
  today?: string;
  /** Quiet time before a draft is saved; default 800 ms. */
  autosaveDelayMs?: number;
  /** The IndexedDB database for drafts; default 'govforms-drafts'. */
  databaseName?: string;
  onChange?(e: FormEventDetail): void;
  onSubmit?(e: FormEventDetail): void;
  onError?(e: EmbedErrorDetail): void;
}

export interface ValidateResult { valid: boolean; errors: ValidationError[]; findings: Finding[] }

export interface GovFormsHandle {
  readonly form: FormId;
  readonly formVersion: string;
  /** Resolves once the draft (if any) is restored and the form is shown. */
  readonly ready: Promise<void>;
  /** A copy of the current data. */
  getData(): object;
  /** Replaces the data shown; data of another form or a newer version is refused with a zh-CN message. */
  setData(data: object, opts?: { formVersion?: string }): void;
  validate(): ValidateResult;
  /** The draft as a JSON file's text (the same as the 导出草稿 button). */
  exportDraft(): string;
  /** Shows and saves a draft file's content (checked and migrated); rejects with a zh-CN error. */
  importDraft(text: string): Promise<void>;
  /** Deletes the stored draft, e.g. after the back end accepted the submission. */
  removeDraft(): Promise<void>;
  /** Opens the step of a JSON Pointer and focuses its field. */
  focusPath(pointer: string): boolean;
  /** Unmounts: saves the waiting draft, then leaves no DOM, listener, timer or open store behind. */
  destroy(): void;
}
