/**
 * The script-tag bundle (dist/govforms.iife.js → window.GovForms): React and the forms inside,
 * <govforms-form> registered on load, the Word/Excel generators loaded from
 * govforms-export.js beside this script on first use.
 */
import { listForms } from '@govforms/core';
import { defineGovformsElement } from './element.js';
import { createExportApi } from './export-api.js';
import { createScriptLoader } from './export-loader.js';

// Read while this script runs: later, document.currentScript is another script or null.
const here = typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : '';
const loader = createScriptLoader(here ? new URL('govforms-export.js', here).href : undefined);
const exportApi = createExportApi(loader.load);

export { mount } from './mount.js';
export { defineGovformsElement } from './element.js';
export { downloadFile } from './export-api.js';
export const exportBudgetXlsx = exportApi.exportBudgetXlsx;
export const renderDocument = exportApi.renderDocument;
/** GovForms.configure({ exportScriptUrl: '/static/govforms/govforms-export.js' }) where the file is elsewhere. */
export const configure = loader.configure;
/** The forms this bundle knows: id, version and title. */
export const forms = () => listForms().map(({ id, version, title, titleEn }) => ({ id, version, title, titleEn }));

defineGovformsElement();
