/**
 * The link between the script-tag bundle and govforms-compiler.js (Ajv, loaded on first use).
 * No imports on purpose: the Ajv stand-ins below are imported by @govforms/core and
 * @jsonforms/core themselves, so they must not import those back.
 */
import type Ajv from 'ajv';
import type addFormats from 'ajv-formats';

/** What govforms-compiler.js sets on window. */
export interface CompilerModule { Ajv: typeof Ajv; addFormats: typeof addFormats }

export const COMPILER_GLOBAL = 'GovFormsCompiler';

let missing = (): never => {
  throw new Error('govforms-compiler.js is not loaded');
};

/** What to throw when something asks for Ajv before the compiler is loaded (iife.ts: a zh-CN GovformsError). */
export function onMissingCompiler(raise: () => never): void {
  missing = raise;
}

export function loadedCompiler(): CompilerModule {
  const compiler = typeof window === 'undefined' ? undefined : (window as unknown as Record<string, CompilerModule | undefined>)[COMPILER_GLOBAL];
  return compiler ?? missing();
}
