import { GovformsError, getForm, validateForm, type FormDefinition, type FormId, type Locale, type ValidationError } from '@govforms/core';
import type { ParsedArgs } from '../args.js';
import { CliFailure, EXIT, type CliIO } from '../io.js';
import { cliText } from '../messages.js';
import { readJsonFile } from '../read-json.js';

export function formatErrors(errors: ValidationError[], prefix = ''): string {
  return errors.map((e) => `  ${prefix}${e.path || '/'}  ${e.message}\n`).join('');
}

/** `govforms validate <form-id> <data.json>` */
export async function validateCommand(args: ParsedArgs, io: CliIO, locale: Locale): Promise<number> {
  const t = cliText();
  const [formId, file] = args.positionals;
  if (!formId || !file) throw new CliFailure(t.missingArgs('<表单标识> <数据.json>'), EXIT.usage);
  let form: FormDefinition;
  try {
    form = getForm(formId as FormId);
  } catch (e) {
    if (e instanceof GovformsError) throw new CliFailure(e.message, EXIT.usage); // 未知的表单：“…”。可用的表单有：…
    throw e;
  }
  const data = await readJsonFile(io, file);
  const result = validateForm(form.id, data, { locale });
  if (args.flags.json) {
    io.stdout(JSON.stringify({ form: form.id, version: form.version, ...result }, null, 2) + '\n');
  } else {
    io.stdout(result.valid ? `${t.formValid(form.title, form.id)}\n` : `${t.formInvalid(form.title, form.id, result.errors.length)}\n${formatErrors(result.errors)}`);
  }
  return result.valid ? EXIT.ok : EXIT.invalid;
}
