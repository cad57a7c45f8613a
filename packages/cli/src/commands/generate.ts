import { GovformsError, isPlainObject, words, type Dossier, type Locale } from '@govforms/core';
import type { ParsedArgs } from '../args.js';
import { findGenerator, generatorsFor } from '../generators.js';
import { CliFailure, EXIT, type CliIO } from '../io.js';
import { cliText } from '../messages.js';
import { readJsonFile } from '../read-json.js';
import { writeFileAtomic } from '../write-atomic.js';

/** `govforms generate <template-id|budget-xlsx> <dossier.json> -o <out>` */
export async function generateCommand(args: ParsedArgs, io: CliIO, locale: Locale): Promise<number> {
  const t = cliText();
  const [id, file] = args.positionals;
  const output = args.flags.output;
  if (!id || !file || typeof output !== 'string') throw new CliFailure(t.missingArgs({ what: t.arguments.generate() }), EXIT.usage);
  const generator = findGenerator(id, locale);
  if (!generator) {
    const known = generatorsFor(locale).map((g) => t.generator({ id: g.id, title: g.title })).join(words(locale).listSeparator());
    throw new CliFailure(t.unknownGenerator({ id, known }), EXIT.usage);
  }
  const dossier = await readJsonFile(io, file);
  if (!isPlainObject(dossier)) throw new CliFailure(t.dossierNotObject(), EXIT.invalid);
  let bytes: Uint8Array;
  try {
    bytes = await generator.generate(dossier as Dossier);
  } catch (e) {
    if (e instanceof GovformsError) throw new CliFailure(e.message, EXIT.invalid);
    throw e;
  }
  try {
    writeFileAtomic(output, bytes);
  } catch (e) {
    throw new CliFailure(t.cannotWrite({ path: output, code: String((e as NodeJS.ErrnoException).code ?? (e as Error).message) }), EXIT.usage);
  }
  io.stdout(`${t.generated({ title: generator.title, path: output, kilobytes: (bytes.byteLength / 1024).toFixed(1) })}\n`);
  return EXIT.ok;
}
