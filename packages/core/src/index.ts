export type {
  BudgetCategory, BudgetSummary, DocumentKind, Dossier, DossierKey, Finding, FormDefinition, FormFiles, FormId, FormTranslation,
  JsonSchema, Locale, Severity, Stage, UISchemaElement, ValidationError, ValidationResult,
} from './types.js';
export { GovformsError } from './errors.js';
// The form model: registry, labels and the schema walk, all from the data folders.
export { listForms, getForm, findForm, formForDossierKey, findFormForDossierKey, dossierKeys, sampleDossier } from './forms/registry.js';
export { documentKinds, type DocumentKindEntry } from './forms/built-in.js';
export { registerForm, checkFormFiles, formProblemText, type FormCheck } from './forms/register-form.js';
export { checkDefinition, problemText, type DefinitionProblem } from './forms/check-definition.js';
export {
  formTitle, fieldTitle, fieldLabel, fieldDescription, optionLabel, optionLabels, stepLabel, documentKindLabel, translateFormKey,
} from './forms/labels.js';
export {
  schemaAt, resolveRef, optionsOf, i18nKeyOf, pointerOfKey, pointerSegments, encodePointerSegment, decodePointerSegment,
  scopeToPointer, type SchemaNode, type SchemaOption,
} from './forms/schema-walk.js';
export { isPlainObject, section, field, hasEnteredValue } from './read.js';
export { jsonErrorPosition } from './json-text.js';
// Words: message catalogues (locales/<locale>/<namespace>.json) and the shared words.
export { defineMessages, usableLocale, canonicalLocale, byCanonicalLocale, localeChain, SOURCE_LOCALE, type Message, type Messages, type MessageParams, type CatalogueFiles } from './i18n/catalogue.js';
export { words, availableLocales, shownLocale } from './i18n/core-messages.js';
// Validation and the regulation.
export { validateForm, errorText } from './validation/validate-form.js';
export { draftDossier, type DraftDossier, type DraftGap } from './draft-dossier.js';
export { ruleConditions } from './validation/validators.js';
export { createAjv, provideAjv, type AjvModules } from './validation/ajv.js';
export { isValidUscc } from './validation/uscc.js';
export { checkDossier, type CheckOptions } from './check-dossier.js';
export { dossierReport, type DossierReport, type SectionReport } from './dossier-report.js';
export { nextStep, nextStepText, projectTimeline, type NextStep, type TimelineOptions } from './timeline.js';
export { approvalPath, type ApprovalPath } from './approval-path.js';
export { defaultPolicy, type Policy } from './rules/policy.js';
export { rules } from './rules/index.js';
export { rulesReading, articlesReading, readPattern, type RuleReading } from './rules/reads.js';
export { rulesVersion } from './rules/version.js';
export { canonicalJson, dossierDigest, provenanceOf, sha256Hex, type Provenance, type ProvenanceOptions } from './provenance.js';
export {
  summarizeBudget, sumBudgetFen, lineProductFen, compareYearKeys, BUDGET_CATEGORIES, NO_YEAR, type BudgetTotalsFen, type BudgetProblem,
} from './budget.js';
export {
  budgetDiff, budgetRowFields, BUDGET_LISTS, type BudgetDiff, type BudgetList, type BudgetRow, type FieldChange, type RowChange, type RowInList,
  type RowMove, type TotalChange,
} from './budget-diff.js';
export { describeBudgetDiff, type BudgetDiffRowView, type BudgetDiffView, type BudgetTotalView, type RowChangeKind } from './budget-diff-view.js';
export { yuanToFen, fenToYuan, formatFen, formatFenAsWan, hasAtMostTwoDecimals, MAX_YUAN } from './money.js';
export { addDays, addYears, daysBetween, isIsoDate, todayInChina } from './dates.js';
export { articleLabel, chineseNumeral } from './articles.js';
export { deflatedZip, readZipDirectory, type ZipDirectory, type ZipDirectoryEntry, type ZipDirectoryProblem } from './zip-deflate.js';
export { basicChapters, independentChapters } from './rules/art14-plan.js';
export { completionMaterials } from './rules/art31-completion-report.js';
export { changeAssessment, ADJUSTMENT_LIMIT_FEN, ADJUSTMENT_LIMIT_PERCENT, type ChangeAssessment } from './rules/art23-change.js';
export { annualReportSections } from './rules/art36-annual-report.js';
export { migrateFormData, migrateDataWith, type MigrationFileContent, type MigrationResult } from './drafts/migrations.js';
export type { UnresolvedValue } from './drafts/migration-ops.js';
