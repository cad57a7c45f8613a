import type { ErrorObject } from 'ajv';
import { fieldLabel, optionLabels } from '../forms/labels.js';
import { encodePointerSegment } from '../forms/schema-walk.js';
import { getForm } from '../forms/registry.js';
import { coreMessages, words } from '../i18n/core-messages.js';
import type { FormDefinition, FormId, Locale, ValidationError, ValidationResult } from '../types.js';
import { describeKeyword } from './describe-error.js';
import { validatorFor } from './validators.js';

function errorPath(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'required') return `${e.instancePath}/${encodePointerSegment(String(p.missingProperty))}`;
  if (e.keyword === 'additionalProperties') return `${e.instancePath}/${encodePointerSegment(String(p.additionalProperty))}`;
  return e.instancePath;
}

/**
 * Drops errors that only repeat another: the "must match then" of if/then (its inner
 * `required` says it better) and the per-branch failures under a oneOf, which is
 * reported once with its options.
 */
function usefulErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const oneOfPaths = errors.filter((e) => e.keyword === 'oneOf').map((e) => `${e.instancePath}|${e.schemaPath}/`);
  return errors.filter(
    (e) => e.keyword !== 'if' && !oneOfPaths.some((p) => `${e.instancePath}|${e.schemaPath}`.startsWith(p)),
  );
}

const OPTION_KEYWORDS = new Set(['oneOf', 'enum', 'const']);

export function localizeErrors(form: FormDefinition, errors: readonly ErrorObject[], locale?: Locale): ValidationError[] {
  return usefulErrors(errors).map((e) => {
    const path = errorPath(e);
    // An unknown field is named by its key, at the level of the object that holds it.
    const labelPath = e.keyword === 'additionalProperties' ? e.instancePath : path;
    const options = OPTION_KEYWORDS.has(e.keyword) ? optionLabels(form, e.instancePath, locale)?.map((o) => o.label) : undefined;
    return { path, keyword: e.keyword, label: fieldLabel(form, labelPath, locale), message: describeKeyword(e, options, coreMessages(locale)) };
  });
}

/** An error as one line, label first: "申报单位·单位名称：为必填项". */
export function errorText(e: Pick<ValidationError, 'label' | 'message'>, locale?: Locale): string {
  return `${e.label}${words(locale).labelSeparator()}${e.message}`;
}

/**
 * Validates form data against the form's schema. Each error names its field (label) and says
 * what is wrong (message) apart; the path is a JSON Pointer ("/applicant/name"). Throws a
 * GovformsError for an unknown form id.
 */
export function validateForm(id: FormId, data: unknown, opts: { locale?: Locale } = {}): ValidationResult {
  const form = getForm(id, opts.locale);
  const validate = validatorFor(form);
  if (validate(data)) return { valid: true, errors: [] };
  return { valid: false, errors: localizeErrors(form, validate.errors ?? [], opts.locale) };
}
