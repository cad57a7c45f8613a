import { GovformsError, errorText, formTitle, getForm, validateForm, type FormDefinition, type FormId, type Locale, type ValidationError } from '@govforms/core';
import type { ParsedArgs } from '../args.js';
import { CliFailure, EXIT, type CliIO } from '../io.js';
import { cliText } from '../messages.js';
import { readJsonFile } from '../read-json.js';

/** One line per error: its path (the section's own for a section that is not an object), then core's "label：message" (总投资（元）：应为数字). */
export function formatErrors(errors: ValidationError[], locale: Locale, prefix = ''): string {
  return errors.map((e) => `  ${`${prefix}${e.path}` || '/'}  ${errorText(e, locale)}\n`).join('');
}

/** "✓ 预算明细（budget）：校验通过", or the count of problems and one line for each. */
export function formReport(form: FormDefinition, errors: ValidationError[], locale: Locale, prefix = ''): string {
  const t = cliText();
  const title = formTitle(form, locale);
  return errors.length === 0
    ? `${t.formValid({ title, id: form.id })}\n`
    : `${t.formInvalid({ title, id: form.id, count: errors.length })}\n${formatErrors(errors, locale, prefix)}`;
}

/** `govforms validate <form-id> <data.json>` */
export async function validateCommand(args: ParsedArgs, io: CliIO, locale: Locale): Promise<number> {
  const t = cliText();
  const [formId, file] = args.positionals;
  if (!formId || !file) throw new CliFailure(t.missingArgs({ what: t.arguments.validate() }), EXIT.usage, 'missing-arguments');
  let form: FormDefinition;
  try {
    form = getForm(formId as FormId);
  } catch (e) {
    if (e instanceof GovformsError) throw new CliFailure(e.message, EXIT.usage, e.code); // 未知的表单：“…”。可用的表单有：…
    throw e;
  }
  const data = await readJsonFile(io, file);
  const result = validateForm(form.id, data, { locale });
  if (args.flags.json) {
    io.stdout(JSON.stringify({ form: form.id, version: form.version, ...result }, null, 2) + '\n');
  } else {
    io.stdout(formReport(form, result.errors, locale));
  }
  return result.valid ? EXIT.ok : EXIT.invalid;
}
