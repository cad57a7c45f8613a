import { GovformsError, type Dossier, type Locale } from '@govforms/core';
import type { ParsedArgs } from '../args.js';
import { findGenerator, generators } from '../generators.js';
import { CliFailure, EXIT, type CliIO } from '../io.js';
import { cliText } from '../messages.js';
import { readJsonFile } from '../read-json.js';
import { writeFileAtomic } from '../write-atomic.js';

/** `govforms generate <template-id|budget-xlsx> <dossier.json> -o <out>` */
export async function generateCommand(args: ParsedArgs, io: CliIO, _locale: Locale): Promise<number> {
  const t = cliText();
  const [id, file] = args.positionals;
  const output = args.flags.output;
  if (!id || !file || typeof output !== 'string') throw new CliFailure(t.missingArgs('<文档类型> <材料.json> -o <输出文件>'), EXIT.usage);
  const generator = findGenerator(id);
  if (!generator) throw new CliFailure(t.unknownGenerator(id, generators.map((g) => `${g.id}（${g.title}）`).join('、')), EXIT.usage);
  const dossier = await readJsonFile(io, file);
  if (typeof dossier !== 'object' || dossier === null || Array.isArray(dossier)) throw new CliFailure(t.dossierNotObject, EXIT.invalid);
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
    throw new CliFailure(t.cannotWrite(output, String((e as NodeJS.ErrnoException).code ?? (e as Error).message)), EXIT.usage);
  }
  io.stdout(`${t.generated(generator.title, output, bytes.byteLength)}\n`);
  return EXIT.ok;
}
