/**
 * Ajv, for the schemas that are compiled at run time only: forms a portal registers
 * (registerForm) and checks of those definitions. The built-in forms never need it (their
 * validators are precompiled), so Ajv is not loaded with @govforms/core: in Node it is required
 * on first use; in a browser, load it with `import '@govforms/core/compiler'` (the script-tag
 * bundle loads govforms-compiler.js) before registering a form.
 */
import type AjvClass from 'ajv';
import type addFormatsFunction from 'ajv-formats';
import { GovformsError } from '../errors.js';
import { coreMessages } from '../i18n/core-messages.js';
import { customFormats } from './formats.js';

export interface AjvModules { Ajv: typeof AjvClass; addFormats: typeof addFormatsFunction }

let modules: AjvModules | undefined;

/** Hands core the Ajv to compile with (what `@govforms/core/compiler` and govforms-compiler.js do). */
export function provideAjv(m: AjvModules): void {
  modules = m;
}

type NodeModule = { createRequire(from: string): (id: string) => { default?: unknown } };

/** The Ajv given to provideAjv, or in Node the installed one, required now. */
function ajvModules(): AjvModules {
  if (modules) return modules;
  const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:module') as NodeModule | undefined;
  if (!node) throw new GovformsError(coreMessages().definition.noCompiler(), 'no-compiler');
  const require = node.createRequire(import.meta.url);
  const load = <T>(id: string) => { const m = require(id); return (m.default ?? m) as T; };
  modules = { Ajv: load<typeof AjvClass>('ajv'), addFormats: load<typeof addFormatsFunction>('ajv-formats') };
  return modules;
}

/**
 * An Ajv configured the way JSON Forms configures its own (allErrors, verbose, not strict)
 * plus govforms' formats. `validateSchema: false` skips checking schemas against the JSON
 * Schema meta-schema (compiling that costs ~55 ms cold).
 */
export function createAjv(opts: { strict?: boolean; validateSchema?: boolean } = {}): AjvClass {
  const { Ajv, addFormats } = ajvModules();
  const ajv = new Ajv({
    allErrors: true, verbose: true, strict: opts.strict ?? false, addUsedSchema: false,
    validateSchema: opts.validateSchema ?? true,
  });
  addFormats(ajv);
  for (const [name, format] of Object.entries(customFormats)) ajv.addFormat(name, format);
  return ajv;
}
