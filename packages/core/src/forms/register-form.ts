/**
 * registerForm: a portal adds a form at run time (say, loaded from its own server) without
 * rebuilding govforms. The definition is checked as a build checks a form folder: form.json,
 * no clash with the forms already there, the schema compiles, every uischema scope resolves,
 * the sample validates, every i18n key names something. A broken one is refused with one
 * zh-CN GovformsError listing each problem by file and path; the forms already registered
 * keep working.
 */
import { GovformsError } from '../errors.js';
import { coreMessages } from '../i18n/core-messages.js';
import { isPlainObject } from '../read.js';
import type { FormDefinition, FormFiles, Locale } from '../types.js';
import { localizeErrors } from '../validation/validate-form.js';
import { schemaProblems } from '../validation/runtime-compiler.js';
import { compileRegisteredForm } from '../validation/validators.js';
import { documentKinds } from './built-in.js';
import { checkDefinition, problemText, schemaErrorsAsProblems, type DefinitionProblem } from './check-definition.js';
import { withDocumentKinds } from './document-kinds.js';
import { addForm, defineForm, listForms } from './registry.js';

const MAX_LISTED = 20;

function refuse(problems: readonly DefinitionProblem[], locale?: Locale): never {
  const listed = problems.slice(0, MAX_LISTED).map((p) => `- ${problemText(p, coreMessages(locale))}`).join('\n');
  const first = problems[0]!;
  const message = coreMessages(locale).definition.refused({ count: problems.length, problems: listed });
  throw new GovformsError(message, 'invalid-form-definition', `${first.file}${first.path}`);
}

/** A problem of a form definition as one line in the locale: "schema.json /properties/x：…". */
export function formProblemText(p: DefinitionProblem, locale?: Locale): string {
  return problemText(p, coreMessages(locale));
}

/** A checked form, not yet in the registry; or the problems that keep it out. */
export type FormCheck = { definition: FormDefinition; problems: [] } | { definition?: undefined; problems: DefinitionProblem[] };

function check(files: FormFiles, locale: Locale | undefined, remember: boolean, more: { replaces?: string; migrations?: readonly string[] } = {}): FormCheck {
  if (!isPlainObject(files)) return { problems: [{ file: 'form', path: '', code: 'notObject' }] };
  const { form, schema, uischema, sample, i18n } = files as unknown as Record<string, unknown>;
  // Every part is checked as given before anything is built from it.
  const withKinds = isPlainObject(schema) ? withDocumentKinds(schema, documentKinds) : schema;
  const known = listForms().filter((f) => f.id !== more.replaces);
  const { problems, conditions } = checkDefinition({ form, schema: withKinds, uischema, i18n, ...(more.migrations ? { migrations: more.migrations } : {}) }, known);
  if (sample !== undefined && !isPlainObject(sample)) problems.push({ file: 'sample.json', path: '', code: 'notObject' });
  if (problems.length) return { problems };
  const definition = defineForm(files, false);

  let validate;
  try {
    validate = compileRegisteredForm(definition, conditions, { remember });
  } catch (e) {
    if (e instanceof GovformsError) throw e;
    const invalid = schemaErrorsAsProblems(schemaProblems(definition.schema), coreMessages(locale));
    return {
      problems: invalid.length ? invalid
        : [{ file: 'schema.json', path: '', code: 'schemaCompile', params: { message: e instanceof Error ? e.message : String(e) } }],
    };
  }
  if (sample !== undefined && !validate(sample)) {
    return {
      problems: localizeErrors(definition, validate.errors ?? [], locale).map((e) => ({
        file: 'sample.json', path: e.path, code: 'sampleInvalid', params: { label: e.label, message: e.message },
      })),
    };
  }
  return { definition, problems: [] };
}

/**
 * registerForm's checks without registering: the designer checks a form as it is edited.
 * `replaces`: the id of a form this one is a new version of (its id and dossier key are not a clash);
 * `migrations`: the names of its migration files ("1.0.0-to-2.0.0"), which i18n may describe.
 */
export function checkFormFiles(files: FormFiles, opts: { locale?: Locale; replaces?: string; migrations?: readonly string[] } = {}): FormCheck {
  return check(files, opts.locale, false, opts);
}

export function registerForm(files: FormFiles, opts: { locale?: Locale } = {}): FormDefinition {
  const checked = check(files, opts.locale, true);
  if (!checked.definition) refuse(checked.problems, opts.locale);
  addForm(checked.definition);
  return checked.definition;
}
