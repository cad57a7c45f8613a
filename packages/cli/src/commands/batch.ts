import { availableParallelism } from 'node:os';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locale } from '@govforms/core';
import type { ParsedArgs } from '../args.js';
import { dossierFolders } from '../batch-folders.js';
import type { BatchJobResult, BatchTask } from '../batch-job.js';
import { runPool } from '../batch-pool.js';
import { needDirectory } from '../folder.js';
import { generatorsFor } from '../generators.js';
import { CliFailure, EXIT, type CliIO } from '../io.js';
import { cliText, cliWords } from '../messages.js';
import { aboveProgress, progressBar } from '../progress.js';
import { removeTemporaryFiles } from '../write-atomic.js';

const MAX_JOBS = 64;

/**
 * Each worker first spends about 1.5 s of CPU on V8 compiling the renderers, as much as some
 * 50 dossiers' work; on 2 cores a second worker only pays off from about 40 dossiers
 * (measured: 30 dossiers 1.51 s with 1 worker, 1.58 s with 2; 80 dossiers 2.8 s and 2.4 s).
 * So by default a worker is added per 25 dossiers, up to one per core.
 */
const DOSSIERS_PER_WORKER = 25;

function jobCount(flag: string | true | undefined, dossiers: number): number {
  if (flag === undefined) return Math.max(1, Math.min(availableParallelism(), Math.floor(dossiers / DOSSIERS_PER_WORKER)));
  const n = typeof flag === 'string' && /^\d+$/.test(flag) ? Number(flag) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_JOBS) throw new CliFailure(cliText().badJobs({ value: String(flag), max: MAX_JOBS }), EXIT.usage, 'invalid-jobs');
  return n;
}

/** A *.json entry of the folder that is not read: a symlink (never followed) or not a regular file. */
interface Skipped {
  name: string;
  why: string;
}

/** The dossier files of the folder (sorted by name) and the *.json entries skipped, each with its reason. */
async function dossierFiles(dir: string): Promise<{ names: string[]; skipped: Skipped[] }> {
  const t = cliText();
  await needDirectory(dir);
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => /\.json$/i.test(e.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
  const names = entries.filter((e) => e.isFile()).map((e) => e.name);
  const skipped = entries.filter((e) => !e.isFile()).map((e) => ({ name: e.name, why: e.isSymbolicLink() ? t.skippedSymlink() : t.skippedNotFile() }));
  return { names, skipped };
}

const progress = (done: number, total: number, failed: number) => progressBar(done, total, cliText().batchProgress({ done, total, failed }));

/** `govforms batch <dir> -o <outdir> [--jobs N]`: each dossier's documents into its own folder inside <outdir> (batch-folders.ts). */
export async function batchCommand(args: ParsedArgs, io: CliIO, locale: Locale): Promise<number> {
  const t = cliText();
  const separator = cliWords().clauseSeparator();
  const [dir] = args.positionals;
  const outDir = args.flags.output;
  if (!dir || typeof outDir !== 'string') throw new CliFailure(t.missingArgs({ what: t.arguments.batch() }), EXIT.usage, 'missing-arguments');
  const { names, skipped } = await dossierFiles(dir);
  const reportSkipped = () => skipped.forEach((s) => io.stderr(`✗ ${t.batchSkipped({ file: s.name, why: s.why })}\n`));
  if (names.length === 0) {
    reportSkipped();
    throw new CliFailure(t.noDossiers({ path: dir }), EXIT.usage, 'no-dossiers');
  }
  const jobs = jobCount(args.flags.jobs, names.length);
  try {
    await mkdir(outDir, { recursive: true });
  } catch (e) {
    throw new CliFailure(t.cannotWrite({ path: outDir, code: String((e as NodeJS.ErrnoException).code ?? (e as Error).message) }), EXIT.usage, 'cannot-write');
  }
  const folders = dossierFolders(names);
  const tasks: BatchTask[] = names.map((name, i) => ({ file: join(dir, name), dir: join(outDir, folders[i]!) }));
  const nameOf = new Map(tasks.map((task, i) => [task.file, names[i]!]));
  const folderOf = new Map(tasks.map((task) => [task.file, task.dir]));

  const started = Date.now();
  const results: BatchJobResult[] = [];
  const failed = () => results.filter((r) => r.errors.length).length;
  const failure = (r: BatchJobResult) => `✗ ${t.batchFailed({ file: nameOf.get(r.file)!, why: r.errors.join(separator) })}`;
  if (io.isTTY) io.stdout(progress(0, tasks.length, 0));
  const pool = runPool(tasks, jobs, locale, (r) => {
    results.push(r);
    const line = r.errors.length ? failure(r) : `✓ ${t.batchDone({ file: nameOf.get(r.file)!, count: r.written.length, folder: folderOf.get(r.file)! })}`;
    if (io.isTTY) {
      if (r.errors.length) io.stdout(aboveProgress(line));
      io.stdout(progress(results.length, tasks.length, failed()));
    } else {
      io.stdout(`${line}\n`);
    }
  });
  // Ctrl+C: the workers stop at once; what they had half written is removed, what was finished is summed up.
  let interrupted = false;
  const onInterrupt = () => {
    interrupted = true;
    void pool.stop();
  };
  process.once('SIGINT', onInterrupt);
  try {
    await pool.finished;
  } finally {
    process.removeListener('SIGINT', onInterrupt);
  }
  const finishedFiles = new Set(results.map((r) => r.file));
  const unfinished = tasks.filter((task) => !finishedFiles.has(task.file));
  if (interrupted) unfinished.forEach((task) => removeTemporaryFiles(task.dir));
  if (io.isTTY) io.stdout('\n');

  const written = results.reduce((n, r) => n + r.written.length, 0);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const summary = {
    ok: results.length - failed(), failed: failed(), skipped: skipped.length, files: written, kinds: generatorsFor(locale).length, seconds, jobs: Math.min(jobs, tasks.length),
  };
  io.stdout(`${t.batchSummary(summary)}\n`);
  if (interrupted) io.stderr(`${t.batchInterrupted({ count: unfinished.length })}\n`);
  reportSkipped();
  for (const r of results.filter((x) => x.errors.length).sort((a, b) => (a.file < b.file ? -1 : 1))) io.stderr(`${failure(r)}\n`);
  if (interrupted) return EXIT.interrupted;
  return failed() || skipped.length ? EXIT.invalid : EXIT.ok;
}
