/**
 * Compiling a schema in the page, for forms a portal registers at run time (the built-in
 * forms are compiled at build time, see validators.ts). Ajv compiles to code with
 * `new Function`: a page whose Content-Security-Policy forbids 'unsafe-eval' refuses that,
 * and the caller gets a GovformsError with code 'needs-eval' that says so.
 */
import type { ValidateFunction } from 'ajv';
import { GovformsError } from '../errors.js';
import { coreMessages } from '../i18n/core-messages.js';
import { createAjv } from './ajv.js';
import { schemaForValidation } from './schema-for-validation.js';

let ajv: ReturnType<typeof createAjv> | undefined;

export function isEvalRefusal(e: unknown): boolean {
  return e instanceof EvalError || (e instanceof Error && /unsafe-eval|Content Security Policy/i.test(e.message));
}

/** Why a schema is not a JSON Schema, by path (checked against the draft-07 meta-schema). */
export function schemaProblems(schema: object): { instancePath: string; keyword: string; params: Record<string, unknown> }[] {
  const checker = createAjv({ validateSchema: true });
  if (checker.validateSchema(schema)) return [];
  return (checker.errors ?? []).map((e) => ({ instancePath: e.instancePath, keyword: e.keyword, params: e.params as Record<string, unknown> }));
}

/** A validator for `schema`, compiled now; `formId` names the form in the CSP message. */
export function compileAtRunTime(schema: object, formId: string): ValidateFunction {
  ajv ??= createAjv({ validateSchema: false });
  try {
    return ajv.compile(schemaForValidation(schema as Record<string, unknown>));
  } catch (e) {
    if (isEvalRefusal(e)) throw new GovformsError(coreMessages().definition.needsEval({ id: formId }), 'needs-eval');
    throw e;
  }
}
