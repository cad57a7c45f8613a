export type {
  BudgetCategory, BudgetSummary, DocumentKind, Dossier, DossierKey, Finding, FormDefinition, FormId, FormTranslation,
  JsonSchema, Locale, Severity, UISchemaElement, ValidationError, ValidationResult,
} from './types.js';
export { GovformsError } from './errors.js';
export { listForms, getForm, findForm, formForDossierKey, sampleDossier, documentKinds, documentKindLabel } from './forms/registry.js';
export { validateForm } from './validation/validate-form.js';
export { createAjv } from './validation/ajv.js';
export { isValidUscc } from './validation/uscc.js';
export { checkDossier, type CheckOptions } from './check-dossier.js';
export { defaultPolicy, type Policy } from './rules/policy.js';
export { rules } from './rules/index.js';
export { summarizeBudget, sumBudgetFen, BUDGET_CATEGORIES, NO_YEAR, type BudgetTotalsFen, type BudgetProblem } from './budget.js';
export { yuanToFen, fenToYuan, formatFen, formatFenAsWan, hasAtMostTwoDecimals, MAX_YUAN } from './money.js';
export { addDays, addYears, daysBetween, isIsoDate, todayInChina } from './dates.js';
export { articleLabel, chineseNumeral } from './articles.js';
export { deflatedZip } from './zip-deflate.js';
export { basicChapters, independentChapters } from './rules/art14-plan.js';
export { completionMaterials } from './rules/art31-completion-report.js';
export { annualReportSections } from './rules/art36-annual-report.js';
export {
  openDraftStore, type DraftStore, type DraftStoreOptions, type DraftWarning, type LoadedDraft, type SaveOptions,
  type SaveResult, type DraftConflict, type DraftSummary,
} from './drafts/draft-store.js';
export { checkFormData, type DraftRecord } from './drafts/draft-record.js';
export type { DraftNotice, DraftListener } from './drafts/draft-notices.js';
export { migrateFormData, type MigrationResult } from './drafts/migrations.js';
export type { UnresolvedValue } from './drafts/migration-ops.js';
export { exportDraft, importDraft, type DraftFileContent, type ImportedDraft } from './drafts/draft-file.js';
export { createAutosave, type Autosave, type AutosaveOptions } from './drafts/autosave.js';
export { draftMessages, type DraftMessages } from './drafts/messages.js';
