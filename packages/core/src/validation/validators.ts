/**
 * Every form's validator and every uischema rule condition's, compiled once. The built-in
 * forms' come precompiled from the build (Ajv standalone code, scripts/vite-plugins/
 * precompiled-validators.ts), so validating needs no `new Function` and works on pages
 * whose CSP forbids 'unsafe-eval'. A form registered at run time is compiled when it is
 * registered (runtime-compiler.ts).
 */
import type { ValidateFunction } from 'ajv';
import { conditionValidators, formValidators } from 'virtual:govforms/validators';
import type { FormDefinition } from '../types.js';
import { compileAtRunTime } from './runtime-compiler.js';

const registered = new Map<string, ValidateFunction>();
const registeredConditions = new Map<string, ValidateFunction>();

const keyOf = (form: FormDefinition) => `${form.id}@${form.version}`;

export function validatorFor(form: FormDefinition): ValidateFunction {
  const built = form.builtIn && Object.hasOwn(formValidators, form.id) ? formValidators[form.id] : undefined;
  if (built && built.version === form.version) return built.validate;
  let validate = registered.get(keyOf(form));
  if (!validate) registered.set(keyOf(form), (validate = compileAtRunTime(form.schema, form.id)));
  return validate;
}

/**
 * Compiles a registered form's validator and rule conditions now, so a refusal surfaces at
 * registration. `remember: false` (a check of a form not registered) keeps the validator
 * out of the cache, where it would stand in for a registered form of the same id and version.
 */
export function compileRegisteredForm(form: FormDefinition, conditions: readonly { schema: object }[], { remember = true } = {}): ValidateFunction {
  const validate = compileAtRunTime(form.schema, form.id);
  for (const { schema } of conditions) {
    const key = JSON.stringify(schema);
    if (!Object.hasOwn(conditionValidators, key) && !registeredConditions.has(key)) {
      registeredConditions.set(key, compileAtRunTime(schema, form.id));
    }
  }
  if (remember) registered.set(keyOf(form), validate);
  return validate;
}

/**
 * What JSON Forms needs of Ajv to show or hide a field by a uischema rule:
 * `validate(condition.schema, value)`, answered by the precompiled (or registered) condition.
 * Hand it to <JsonForms ajv={…}> with validationMode "NoValidation".
 */
const conditionKeys = new WeakMap<object, string>();

export const ruleConditions = {
  validate(schema: object, value: unknown): boolean {
    let key = conditionKeys.get(schema);
    if (key === undefined) conditionKeys.set(schema, (key = JSON.stringify(schema)));
    const validate = Object.hasOwn(conditionValidators, key) ? conditionValidators[key] : registeredConditions.get(key);
    if (validate) return validate(value) === true;
    const compiled = compileAtRunTime(schema, '');
    registeredConditions.set(key, compiled);
    return compiled(value) === true;
  },
};
