/**
 * @govforms/embed for bundler users (ES module). Script-tag users get the same API as
 * window.GovForms from dist/govforms.iife.js.
 */
import { createExportApi } from './export-api.js';

export { mount } from './mount.js';
export { defineGovformsElement, ELEMENT_TAG, type GovformsFormElement } from './element.js';
export { downloadFile, type ExportApi, type ExportModule } from './export-api.js';
export { embedMessages, type EmbedMessages } from './messages.js';
export { shadowCss } from './styles.js';
export type { EmbedErrorDetail, FormEventDetail, GovFormsHandle, MountOptions, ValidateResult } from './types.js';

const exportApi = createExportApi(() => import('./export-module.js'));
/** The budget workbook (.xlsx); the generators are loaded on first use. */
export const exportBudgetXlsx = exportApi.exportBudgetXlsx;
/** A Word document (.docx); the generators are loaded on first use. */
export const renderDocument = exportApi.renderDocument;
