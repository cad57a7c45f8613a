import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { customFormats } from './formats.js';

/**
 * An Ajv configured the way JSON Forms configures its own (allErrors, verbose, not strict)
 * plus govforms' formats. Pass it to <JsonForms ajv={...}> so the form and validateForm agree.
 * `validateSchema: false` skips checking schemas against the JSON Schema meta-schema (compiling
 * that costs ~55 ms cold); safe for govforms' own forms, which tests compile in strict mode.
 */
export function createAjv(opts: { strict?: boolean; validateSchema?: boolean } = {}): Ajv {
  const ajv = new Ajv({
    allErrors: true, verbose: true, strict: opts.strict ?? false, addUsedSchema: false,
    validateSchema: opts.validateSchema ?? true,
  });
  addFormats(ajv);
  for (const [name, format] of Object.entries(customFormats)) ajv.addFormat(name, format);
  return ajv;
}
