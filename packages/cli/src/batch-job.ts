import { lstatSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { GovformsError, errorText, isPlainObject, type Dossier } from '@govforms/core';
import { generatorsFor, invalidSections, type Generator } from './generators.js';
import { CliFailure, EXIT, nodeIO } from './io.js';
import { cliLocale, cliText, cliWords } from './messages.js';
import { readJsonFile } from './read-json.js';
import { writeFileAtomic } from './write-atomic.js';

/** One dossier of a batch: its file and the folder (inside -o, see batch-folders.ts) its documents go to. */
export interface BatchTask {
  file: string;
  dir: string;
}

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

/** "材料有 2 处问题，未生成（/application/totalInvestment 总投资（元）：应为数字；…）": a generator's invalid sections on one line. */
function invalidReason(g: Generator, dossier: Record<string, unknown>): string | undefined {
  const invalid = invalidSections(g, dossier, cliLocale());
  if (invalid.length === 0) return undefined;
  const errors = invalid.flatMap((s) => s.errors.map((e) => `${`/${s.key}${e.path}`} ${errorText(e, cliLocale())}`));
  return cliText().batchInvalid({ count: errors.length, errors: errors.join(cliWords().clauseSeparator()) });
}

/** Creates the dossier's folder; why it cannot be written to, if so. One that exists as anything but a real folder (a symlink leading out of -o) is refused. */
function makeFolder(dir: string): string | undefined {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return cliText().outputFolderTaken({ path: dir });
    return cliText().cannotWrite({ path: dir, code: String((e as NodeJS.ErrnoException).code ?? (e as Error).message) });
  }
  return lstatSync(dir).isDirectory() ? undefined : cliText().outputFolderTaken({ path: dir });
}

/**
 * Every registered document for one dossier file, into `dir`, each written atomically. A
 * generator that fails, or whose sections of the dossier are invalid, is reported; the others
 * are still written.
 */
export async function runBatchJob({ file, dir }: BatchTask): Promise<BatchJobResult> {
  const result: BatchJobResult = { file, written: [], errors: [] };
  let dossier: unknown;
  try {
    dossier = await readJsonFile(nodeIO(), file);
    if (!isPlainObject(dossier)) throw new CliFailure(cliText().dossierNotObject(), EXIT.invalid, 'invalid-dossier', '');
  } catch (e) {
    result.errors.push(reason(e));
    return result;
  }
  const unwritable = makeFolder(dir);
  if (unwritable !== undefined) {
    result.errors.push(unwritable);
    return result;
  }
  for (const g of generatorsFor(cliLocale())) {
    try {
      const invalid = invalidReason(g, dossier);
      if (invalid !== undefined) throw new CliFailure(invalid, EXIT.invalid, 'invalid-data');
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
