import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { GovformsError, isPlainObject, type Dossier } from '@govforms/core';
import { generatorsFor, type Generator } from './generators.js';
import { CliFailure, nodeIO } from './io.js';
import { cliLocale, cliText, cliWords } from './messages.js';
import { readJsonFile } from './read-json.js';
import { writeFileAtomic } from './write-atomic.js';

/** What one dossier of a batch produced. */
export interface BatchJobResult {
  file: string;
  /** Paths written. */
  written: string[];
  /** Reasons (in the CLI's locale), one per generator that failed (or one for an unreadable dossier). */
  errors: string[];
}

/** application-form.docx, construction-plan.docx, …, budget.xlsx */
export function outputName(g: Generator): string {
  const suffix = `-${g.extension.slice(1)}`;
  return `${g.id.endsWith(suffix) ? g.id.slice(0, -suffix.length) : g.id}${g.extension}`;
}

const reason = (e: unknown) => (e instanceof CliFailure || e instanceof GovformsError ? e.message : cliText().internalError({ message: e instanceof Error ? e.message : String(e) }));

/**
 * Every registered document for one dossier file, into `<outRoot>/<dossier-name>/`, each
 * written atomically. A generator that fails is reported; the others are still written.
 */
export async function runBatchJob(file: string, outRoot: string): Promise<BatchJobResult> {
  const result: BatchJobResult = { file, written: [], errors: [] };
  let dossier: unknown;
  try {
    dossier = await readJsonFile(nodeIO(), file);
    if (!isPlainObject(dossier)) throw new CliFailure(cliText().dossierNotObject(), 1);
  } catch (e) {
    result.errors.push(reason(e));
    return result;
  }
  const dir = join(outRoot, basename(file).replace(/\.json$/i, ''));
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    result.errors.push(cliText().cannotWrite({ path: dir, code: String((e as NodeJS.ErrnoException).code ?? (e as Error).message) }));
    return result;
  }
  for (const g of generatorsFor(cliLocale())) {
    try {
      const bytes = await g.generate(dossier as Dossier);
      const path = join(dir, outputName(g));
      writeFileAtomic(path, bytes);
      result.written.push(path);
    } catch (e) {
      result.errors.push(`${g.title}${cliWords().labelSeparator()}${reason(e)}`);
    }
  }
  return result;
}
