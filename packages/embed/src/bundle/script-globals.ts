/**
 * What the script-tag files (classic scripts beside each other, no module system between them)
 * find each other by: the globals govforms-export.js and govforms-compiler.js set (their Vite
 * configs name them from here), and where govforms.iife.js leaves its @govforms/core for
 * govforms-export.js. No imports on purpose: the Ajv stand-ins read these and are imported by
 * @govforms/core and @jsonforms/core themselves, so they must not import those back.
 */

/** window.GovFormsExport: the Word/Excel generators (vite.export.config.ts). */
export const EXPORT_GLOBAL = 'GovFormsExport';
/** window.GovFormsCompiler: Ajv, for forms registered at run time (vite.compiler.config.ts). */
export const COMPILER_GLOBAL = 'GovFormsCompiler';
/**
 * Symbol.for(CORE_KEY) on globalThis: the page's @govforms/core, which govforms-export.js uses
 * instead of a copy of its own (one registry: forms registered on the page are in its documents).
 */
export const CORE_KEY = 'govforms.core';

/** What a loaded script set on window (undefined before it ran, and outside a browser). */
export function scriptGlobal<T>(name: string): T | undefined {
  return typeof window === 'undefined' ? undefined : (window as unknown as Record<string, T | undefined>)[name];
}

/** govforms.iife.js: leaves its @govforms/core where govforms-export.js looks for it. */
export function shareCore(core: object): void {
  (globalThis as unknown as Record<symbol, object>)[Symbol.for(CORE_KEY)] = core;
}
