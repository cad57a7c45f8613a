/**
 * The link between the script-tag bundle and govforms-compiler.js (Ajv, loaded on first use).
 * No imports but script-globals.ts on purpose: the Ajv stand-ins below are imported by
 * @govforms/core and @jsonforms/core themselves, so they must not import those back.
 */
import type Ajv from 'ajv';
import type addFormats from 'ajv-formats';
import { COMPILER_GLOBAL, scriptGlobal } from './script-globals.js';

/** What govforms-compiler.js sets on window. */
export interface CompilerModule { Ajv: typeof Ajv; addFormats: typeof addFormats }

let missing = (): never => {
  throw new Error('govforms-compiler.js is not loaded');
};

/** What to throw when something asks for Ajv before the compiler is loaded (iife.ts: a zh-CN GovformsError). */
export function onMissingCompiler(raise: () => never): void {
  missing = raise;
}

export function loadedCompiler(): CompilerModule {
  return scriptGlobal<CompilerModule>(COMPILER_GLOBAL) ?? missing();
}
