export type { Locale } from './i18n/catalogue.js';

export type FormId =
  | 'application'
  | 'construction-plan'
  | 'budget'
  | 'completion'
  | 'annual-report'
  | 'change-filing'
  | (string & {});

/** Keys of a dossier, one per form (each form's form.json names its own). */
export type DossierKey = 'application' | 'constructionPlan' | 'budget' | 'completion' | 'annualReport' | 'change' | (string & {});

export type JsonSchema = Record<string, unknown>;
export interface UISchemaElement { type: string; [key: string]: unknown }

/**
 * A form's words in another locale (forms/<id>/i18n/<locale>.json); the schema itself is the
 * zh-CN text. Keys are dotted property paths without array indices ("items.amount"); options
 * are "<path>.<const>"; steps are keyed by their zh-CN label; migrations by file name
 * ("1.0.0-to-2.0.0"). Anything missing falls back to zh-CN.
 */
export interface FormTranslation {
  title?: string;
  fields?: Record<string, string>;
  descriptions?: Record<string, string>;
  options?: Record<string, string>;
  steps?: Record<string, string>;
  migrations?: Record<string, string>;
}

export interface FormDefinition {
  id: FormId;
  version: string;
  /** The form's zh-CN title (formTitle() gives it in a locale). */
  title: string;
  /** Where this form's data sits in a Dossier. */
  dossierKey: DossierKey;
  schema: JsonSchema;
  uischema: UISchemaElement;
  /** A realistic filled example that validates (empty for a registered form without one). */
  sample: Record<string, unknown>;
  /** The form's words in other locales, by locale ("en"). */
  i18n: Readonly<Record<string, FormTranslation>>;
  /** False for a form a portal registered at run time (registerForm). */
  builtIn: boolean;
}

/** The parts of a form definition as files hold them; registerForm checks and accepts them. */
export interface FormFiles {
  form: object;
  schema: object;
  uischema: object;
  sample?: object;
  i18n?: Record<string, object>;
}

/** A project's materials: one section per form, keyed by the form's dossier key. */
export interface Dossier {
  application?: object;
  constructionPlan?: object;
  budget?: object;
  completion?: object;
  annualReport?: object;
  change?: object;
  [section: string]: object | undefined;
}

export type DocumentKind =
  | 'application-form' | 'construction-plan' | 'basis-materials' | 'collective-decision'
  | 'project-proposal' | 'feasibility-study' | 'preliminary-design' | 'investment-estimate'
  | 'technical-review' | 'bid-control-price' | 'supervision-contract' | 'data-sharing-analysis'
  | 'cybersecurity-analysis' | 'completion-report' | 'construction-summary' | 'financial-report'
  | 'audit-report' | 'security-assessment' | 'data-security-assessment' | 'crypto-assessment'
  | 'secure-reliable-statement' | 'archive-acceptance';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  ruleId: string;
  /** The article (第N条) of 宿政办发〔2024〕45号 the finding rests on. */
  article: number;
  severity: Severity;
  message: string;
  /** JSON Pointer into the dossier, e.g. /application/totalInvestment. */
  path?: string;
  requires?: DocumentKind[];
}

/** One stage of a project's life under the regulation (projectTimeline). */
export interface Stage {
  /** e.g. 'approval', 'acceptance', 'self-evaluation-2025'. */
  id: string;
  article: number;
  status: 'done' | 'due' | 'overdue' | 'not-yet' | 'not-applicable';
  /** The stage's name in the locale, e.g. 组织竣工验收. */
  title: string;
  /** When it happened. */
  date?: string;
  /** Its deadline, or when a period ends (warranty: three years from acceptance). */
  dueOn?: string;
  requires?: DocumentKind[];
  message: string;
}

export type BudgetCategory = 'development' | 'implementation' | 'maintenance' | 'training' | 'supervision' | 'other';

export interface BudgetSummary {
  /** Line items plus data-resource costs, in yuan. */
  total: number;
  byCategory: Record<BudgetCategory, number>;
  /** Line items by year; items without a year are under "unspecified". */
  byYear: Record<string, number>;
  dataResourcesTotal: number;
}

/**
 * One validation problem: where (JSON Pointer), the field's label ("申报单位·单位名称") and what
 * is wrong ("为必填项") apart, so a field can show the message under its own label and a list
 * can join them (errorText).
 */
export interface ValidationError { path: string; keyword: string; label: string; message: string }
export interface ValidationResult { valid: boolean; errors: ValidationError[] }
