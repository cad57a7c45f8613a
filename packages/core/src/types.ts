export type Locale = 'zh-CN' | 'en';

export type FormId =
  | 'application'
  | 'construction-plan'
  | 'budget'
  | 'completion'
  | 'annual-report'
  | 'change-filing'
  | (string & {});

/** Keys of a dossier, one per form. */
export type DossierKey = 'application' | 'constructionPlan' | 'budget' | 'completion' | 'annualReport' | 'change';

export type JsonSchema = Record<string, unknown>;
export interface UISchemaElement { type: string; [key: string]: unknown }

/**
 * A form's words in another locale (forms/<id>/i18n/<locale>.json). Keys are dotted property
 * paths without array indices ("items.amount"); options are "<path>.<const>"; steps are keyed
 * by their zh-CN label.
 */
export interface FormTranslation {
  title: string;
  fields: Record<string, string>;
  descriptions: Record<string, string>;
  options: Record<string, string>;
  steps: Record<string, string>;
}

export interface FormDefinition {
  id: FormId;
  version: string;
  title: string;
  titleEn: string;
  /** Where this form's data sits in a Dossier. */
  dossierKey: DossierKey;
  schema: JsonSchema;
  uischema: UISchemaElement;
  /** A realistic filled example that validates. */
  sample: Record<string, unknown>;
  /** Field titles, descriptions, options and step labels in the second locale. */
  translations: { en: FormTranslation };
}

export interface Dossier {
  application?: object;
  constructionPlan?: object;
  budget?: object;
  completion?: object;
  annualReport?: object;
  change?: object;
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

export type BudgetCategory = 'development' | 'implementation' | 'maintenance' | 'training' | 'supervision' | 'other';

export interface BudgetSummary {
  /** Line items plus data-resource costs, in yuan. */
  total: number;
  byCategory: Record<BudgetCategory, number>;
  /** Line items by year; items without a year are under "unspecified". */
  byYear: Record<string, number>;
  dataResourcesTotal: number;
}

export interface ValidationError { path: string; message: string; keyword: string }
export interface ValidationResult { valid: boolean; errors: ValidationError[] }
