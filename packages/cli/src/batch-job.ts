import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { GovformsError, type Dossier } from '@govforms/core';
import { generators, type Generator } from './generators.js';
import { CliFailure, nodeIO } from './io.js';
import { cliText } from './messages.js';
import { readJsonFile } from './read-json.js';
import { writeFileAtomic } from './write-atomic.js';

/** What one dossier of a batch produced. */
export interface BatchJobResult {
  file: string;
  /** Paths written. */
  written: string[];
  /** zh-CN reasons, one per generator that failed (or one for an unreadable dossier). */
  errors: string[];
}

/** application-form.docx, construction-plan.docx, …, budget.xlsx */
export function outputName(g: Generator): string {
  const suffix = `-${g.extension.slice(1)}`;
  return `${g.id.endsWith(suffix) ? g.id.slice(0, -suffix.length) : g.id}${g.extension}`;
}

const reason = (e: unknown) => (e instanceof CliFailure || e instanceof GovformsError ? e.message : cliText().internalError(e instanceof Error ? e.message : String(e)));

/**
 * Every registered document for one dossier file, into `<outRoot>/<dossier-name>/`, each
 * written atomically. A generator that fails is reported; the others are still written.
 */
export async function runBatchJob(file: string, outRoot: string): Promise<BatchJobResult> {
  const result: BatchJobResult = { file, written: [], errors: [] };
  let dossier: unknown;
  try {
    dossier = await readJsonFile(nodeIO(), file);
    if (typeof dossier !== 'object' || dossier === null || Array.isArray(dossier)) throw new CliFailure(cliText().dossierNotObject, 1);
  } catch (e) {
    result.errors.push(reason(e));
    return result;
  }
  const dir = join(outRoot, basename(file).replace(/\.json$/i, ''));
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    result.errors.push(cliText().cannotWrite(dir, String((e as NodeJS.ErrnoException).code ?? (e as Error).message)));
    return result;
  }
  for (const g of generators) {
    try {
      const bytes = await g.generate(dossier as Dossier);
      const path = join(dir, outputName(g));
      writeFileAtomic(path, bytes);
      result.written.push(path);
    } catch (e) {
      result.errors.push(`${g.title}：${reason(e)}`);
    }
  }
  return result;
}
