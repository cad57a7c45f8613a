import { GovformsError, draftDossier, isPlainObject, words, type Dossier, type Locale } from '@govforms/core';
import type { ParsedArgs } from '../args.js';
import { readDepartmentTemplate, type DepartmentTemplate } from '../department-template.js';
import { findGenerator, generatorsFor, invalidSections, type Generator } from '../generators.js';
import { CliFailure, EXIT, type CliIO } from '../io.js';
import { cliText } from '../messages.js';
import { checkOutputPath } from '../output-path.js';
import { readJsonFile } from '../read-json.js';
import { writeFileAtomic } from '../write-atomic.js';
import { formReport } from './validate.js';

function generatorOf(id: string, locale: Locale): Generator {
  const generator = findGenerator(id, locale);
  if (generator) return generator;
  const t = cliText();
  const known = generatorsFor(locale).map((g) => t.generator({ id: g.id, title: g.title })).join(words(locale).listSeparator());
  throw new CliFailure(t.unknownGenerator({ id, known }), EXIT.usage, 'unknown-template');
}

/** Refuses a dossier whose sections the document is made from do not match their forms, listing every error with its path. */
function refuseInvalid(generator: Generator, dossier: Record<string, unknown>, locale: Locale): void {
  const invalid = invalidSections(generator, dossier, locale);
  if (invalid.length === 0) return;
  const count = invalid.reduce((n, s) => n + s.errors.length, 0);
  const reports = invalid.map((s) => formReport(s.form, s.errors, locale, `/${s.key}`)).join('');
  const first = invalid[0]!;
  throw new CliFailure(`${cliText().invalidForDocument({ title: generator.title, count })}\n${reports.trimEnd()}`, EXIT.invalid, 'invalid-data', `/${first.key}${first.errors[0]!.path}`);
}

/** `govforms generate <template-id|budget-xlsx> <dossier.json> -o <out> [--draft] [--template dept.docx [--mapping map.json]]` */
export async function generateCommand(args: ParsedArgs, io: CliIO, locale: Locale): Promise<number> {
  const t = cliText();
  const [id, file] = args.positionals;
  const { output, template, mapping } = args.flags;
  const draft = args.flags.draft === true;
  if (!id || !file || typeof output !== 'string') throw new CliFailure(t.missingArgs({ what: t.arguments.generate() }), EXIT.usage, 'missing-arguments');
  const generator = generatorOf(id, locale);
  if (typeof template === 'string' && generator.extension !== '.docx') {
    throw new CliFailure(t.templateOnlyForWord({ title: generator.title }), EXIT.usage, 'template-not-applicable');
  }
  if (typeof mapping === 'string' && typeof template !== 'string') throw new CliFailure(t.mappingNeedsTemplate(), EXIT.usage, 'mapping-without-template');
  const inputs = [file, template, mapping].filter((p): p is string => typeof p === 'string');
  checkOutputPath(output, generator.extension, generator.title, inputs);

  const dossier = await readJsonFile(io, file);
  if (!isPlainObject(dossier)) throw new CliFailure(t.dossierNotObject(), EXIT.invalid, 'invalid-dossier', '');
  const own: DepartmentTemplate | undefined = typeof template === 'string'
    ? await readDepartmentTemplate(io, template, typeof mapping === 'string' ? mapping : undefined)
    : undefined;
  // A draft is made on purpose from unfinished material: it lists the gaps instead of being refused.
  const gaps = draft ? draftDossier(dossier as Dossier, generator.uses, { locale }).gaps.length : 0;
  if (!draft) refuseInvalid(generator, dossier, locale);

  const w = words(locale);
  let bytes: Uint8Array;
  try {
    bytes = await generator.generate(dossier as Dossier, {
      ...own,
      draft,
      onWarning: (warning) => io.stderr(`${w.severity.warning()}${w.labelSeparator()}${warning.message}\n`),
    });
  } catch (e) {
    if (e instanceof GovformsError) throw new CliFailure(e.message, EXIT.invalid, e.code, e.path);
    throw e;
  }
  try {
    writeFileAtomic(output, bytes);
  } catch (e) {
    throw new CliFailure(t.cannotWrite({ path: output, code: String((e as NodeJS.ErrnoException).code ?? (e as Error).message) }), EXIT.usage, 'cannot-write');
  }
  const kilobytes = (bytes.byteLength / 1024).toFixed(1);
  io.stdout(`${draft ? t.generatedDraft({ title: generator.title, path: output, kilobytes, gaps }) : t.generated({ title: generator.title, path: output, kilobytes })}\n`);
  return EXIT.ok;
}
