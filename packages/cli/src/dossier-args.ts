import { isIsoDate, isPlainObject, todayInChina } from '@govforms/core';
import type { ParsedArgs } from './args.js';
import { CliFailure, EXIT, type CliIO } from './io.js';
import { cliText } from './messages.js';
import { readJsonFile } from './read-json.js';

/** `<dossier.json> [--today D]` of check and timeline: the dossier (a JSON object) and "today" (default: today in China). */
export async function readDossierArgs(args: ParsedArgs, io: CliIO, what: string): Promise<{ dossier: Record<string, unknown>; today: string }> {
  const t = cliText();
  const [file] = args.positionals;
  if (!file) throw new CliFailure(t.missingArgs({ what }), EXIT.usage, 'missing-arguments');
  const today = typeof args.flags.today === 'string' ? args.flags.today : todayInChina();
  if (!isIsoDate(today)) throw new CliFailure(t.badToday({ today }), EXIT.usage, 'invalid-today');
  const dossier = await readJsonFile(io, file);
  if (!isPlainObject(dossier)) throw new CliFailure(t.dossierNotObject(), EXIT.invalid, 'invalid-dossier', '');
  return { dossier, today };
}
