/**
 * What govforms.iife.js shares of its @govforms/core with govforms-export.js (script-globals.ts,
 * core-from-page-plugin.ts): every value the Word and Excel generators (@govforms/docx,
 * @govforms/xlsx) import from core, and nothing else, so the first download keeps core's
 * tree-shaking. When docx or xlsx import one more, the export build fails naming it: add it here.
 */
export {
  BUDGET_CATEGORIES, GovformsError, NO_YEAR, SOURCE_LOCALE, addYears, annualReportSections, approvalPath, articleLabel, basicChapters,
  canonicalLocale, changeAssessment, checkDossier, chineseNumeral, compareYearKeys, completionMaterials, daysBetween, defaultPolicy,
  defineMessages, deflatedZip, documentKindLabel, draftDossier, dossierKeys, encodePointerSegment, fenToYuan, field, fieldLabel, fieldTitle, formTitle,
  formatFen, formatFenAsWan, getForm, independentChapters, isIsoDate, isPlainObject, jsonErrorPosition, listForms, localeChain, nextStep, optionLabels,
  optionsOf, projectTimeline, readZipDirectory, resolveRef, rules, rulesVersion, schemaAt, section, sumBudgetFen, summarizeBudget, todayInChina, words,
  yuanToFen,
} from '@govforms/core';
