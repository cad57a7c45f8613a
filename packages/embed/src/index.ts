/**
 * @govforms/embed for bundler users (ES module). Script-tag users get the same API as
 * window.GovForms from dist/govforms.iife.js.
 */
import { createExportApi } from './export-api.js';
import { createRegistrar, summaryOf, type FormSummary } from './run-time-forms.js';
import { listForms, type Locale } from '@govforms/core';

export { mount } from './mount.js';
export { defineGovformsElement, ELEMENT_TAG, type GovformsFormElement } from './element.js';
export { downloadFile, type ExportApi, type ExportModule } from './export-api.js';
export { embedMessages, messagesFor, type EmbedMessages } from './messages.js';
export type { FormSummary } from './run-time-forms.js';
export { shadowCss } from './styles.js';
export type { EmbedErrorDetail, FormEventDetail, GovFormsHandle, MountOptions, ValidateResult } from './types.js';

const exportApi = createExportApi(() => import('./export-module.js'));
/** The budget workbook (.xlsx); the generators are loaded on first use. */
export const exportBudgetXlsx = exportApi.exportBudgetXlsx;
/** The budget back from an edited budget workbook; the reader is loaded on first use. */
export const importBudgetXlsx = exportApi.importBudgetXlsx;
/** What an imported budget changes (rows, totals in fen), and the same in words for a dialog. */
export { budgetDiff, describeBudgetDiff } from '@govforms/core';
/** A Word document (.docx); the generators are loaded on first use. */
export const renderDocument = exportApi.renderDocument;
/** The forms there are (built in and registered): id, version and title in the locale. */
export const forms = (locale?: Locale): FormSummary[] => listForms().map((f) => summaryOf(f, locale));
/**
 * Registers a form at run time (as GovForms.registerForm): mount() and <govforms-form> waiting for
 * its id show it once it is registered, or core's reason when it is refused. Ajv comes with
 * @govforms/core/compiler, a chunk of its own loaded on the first registration.
 */
export const registerForm = createRegistrar(() => import('@govforms/core/compiler').then(() => undefined));
