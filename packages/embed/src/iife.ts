/**
 * The script-tag bundle (dist/govforms.iife.js → window.GovForms): React and the forms inside,
 * <govforms-form> registered on load. Loaded on first use from beside this script: the
 * Word/Excel generators (govforms-export.js, which uses this bundle's @govforms/core, so the
 * forms registered here are in its documents) and, for forms registered at run time, the
 * compiler (govforms-compiler.js: Ajv, which the built-in forms never need).
 */
import { GovformsError, listForms, type Locale } from '@govforms/core';
import { onMissingCompiler, type CompilerModule } from './bundle/compiler-link.js';
import { shareCore } from './bundle/script-globals.js';
import * as sharedCore from './bundle/shared-core.js';
import { defineGovformsElement } from './element.js';
import { createExportApi, type ExportModule } from './export-api.js';
import { COMPILER_SCRIPT, createScriptLoader, EXPORT_SCRIPT } from './export-loader.js';
import { messagesFor } from './messages.js';
import { createRegistrar, summaryOf, type FormSummary } from './run-time-forms.js';

// Read while this script runs: later, document.currentScript is another script or null.
const here = typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : undefined;
const exportLoader = createScriptLoader<ExportModule>(EXPORT_SCRIPT, here);
const compilerLoader = createScriptLoader<CompilerModule>(COMPILER_SCRIPT, here);
const exportApi = createExportApi(exportLoader.load);
// govforms-export.js uses this page's core (its registry, words and forms) instead of a copy of its own.
shareCore(sharedCore);
onMissingCompiler(() => {
  throw new GovformsError(messagesFor().compilerNotLoaded(), 'compiler-not-loaded');
});

export { mount } from './mount.js';
export { defineGovformsElement } from './element.js';
export { downloadFile } from './export-api.js';
export const exportBudgetXlsx = exportApi.exportBudgetXlsx;
export const importBudgetXlsx = exportApi.importBudgetXlsx;
export const renderDocument = exportApi.renderDocument;

/**
 * Where the files loaded on first use are, when not beside govforms.iife.js:
 * GovForms.configure({ exportScriptUrl: '/static/govforms/govforms-export.js', compilerScriptUrl: '…/govforms-compiler.js' }).
 */
export function configure(opts: { exportScriptUrl?: string; compilerScriptUrl?: string }): void {
  exportLoader.configure(opts);
  compilerLoader.configure(opts);
}

/** The forms this page knows (built in, and registered with registerForm): id, version and title in the locale. */
export const forms = (locale?: Locale): FormSummary[] => listForms().map((f) => summaryOf(f, locale));

/**
 * Adds a form at run time from its definition ({ form, schema, uischema, sample?, i18n? }, as the
 * files of forms/<id>/ hold it), e.g. loaded from the portal's own server. Resolves to
 * { id, version, title }; then mount(el, { form: id }) and <govforms-form form="id"> show it.
 * Rejects with a GovformsError in zh-CN naming the file and path of each problem; code
 * 'needs-eval' on a page whose Content-Security-Policy forbids 'unsafe-eval'.
 */
export const registerForm = createRegistrar(compilerLoader.load);

defineGovformsElement();
