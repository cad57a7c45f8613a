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
