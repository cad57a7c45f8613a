import { availableParallelism } from 'node:os';
import { mkdir, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Locale } from '@govforms/core';
import type { ParsedArgs } from '../args.js';
import type { BatchJobResult } from '../batch-job.js';
import { needDirectory } from '../folder.js';
import { generatorsFor } from '../generators.js';
import { CliFailure, EXIT, type CliIO } from '../io.js';
import { cliText, cliWords } from '../messages.js';
import { aboveProgress, progressBar } from '../progress.js';

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
  if (!Number.isInteger(n) || n < 1 || n > MAX_JOBS) throw new CliFailure(cliText().badJobs({ value: String(flag), max: MAX_JOBS }), EXIT.usage);
  return n;
}

async function dossierFiles(dir: string): Promise<string[]> {
  const t = cliText();
  await needDirectory(dir);
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && /\.json$/i.test(e.name)).map((e) => e.name);
  if (names.length === 0) throw new CliFailure(t.noDossiers({ path: dir }), EXIT.usage);
  return names.sort().map((n) => join(dir, n));
}

const progress = (done: number, total: number, failed: number) => progressBar(done, total, cliText().batchProgress({ done, total, failed }));

/** Runs the dossiers on `jobs` worker threads; calls `onResult` as each one finishes. */
function runPool(files: string[], outDir: string, jobs: number, locale: Locale, onResult: (r: BatchJobResult) => void): Promise<void> {
  const queue = [...files];
  const workerUrl = new URL('./batch-worker.js', import.meta.url);
  return new Promise((resolve) => {
    let running = 0;
    const startWorker = () => {
      const worker = new Worker(workerUrl, { workerData: { locale } });
      let current: string | undefined;
      running++;
      const next = () => {
        current = queue.shift();
        if (current === undefined) {
          void worker.terminate();
          return;
        }
        worker.postMessage({ file: current, outDir });
      };
      worker.on('message', (r: BatchJobResult) => {
        onResult(r);
        next();
      });
      // A crashed worker fails only the dossier it held; a fresh worker takes over the queue.
      worker.on('error', (e) => {
        if (current !== undefined) onResult({ file: current, written: [], errors: [cliText().internalError({ message: e.message })] });
        current = undefined;
        if (queue.length) startWorker();
      });
      worker.on('exit', () => {
        if (--running === 0) resolve();
      });
      next();
    };
    for (let i = 0; i < Math.min(jobs, files.length); i++) startWorker();
  });
}

/** `govforms batch <dir> -o <outdir> [--jobs N]` */
export async function batchCommand(args: ParsedArgs, io: CliIO, locale: Locale): Promise<number> {
  const t = cliText();
  const [dir] = args.positionals;
  const outDir = args.flags.output;
  if (!dir || typeof outDir !== 'string') throw new CliFailure(t.missingArgs({ what: t.arguments.batch() }), EXIT.usage);
  const files = await dossierFiles(dir);
  const jobs = jobCount(args.flags.jobs, files.length);
  try {
    await mkdir(outDir, { recursive: true });
  } catch (e) {
    throw new CliFailure(t.cannotWrite({ path: outDir, code: String((e as NodeJS.ErrnoException).code ?? (e as Error).message) }), EXIT.usage);
  }
  const started = Date.now();
  const results: BatchJobResult[] = [];
  const failed = () => results.filter((r) => r.errors.length).length;
  const name = (file: string) => relative(dir, file);
  if (io.isTTY) io.stdout(progress(0, files.length, 0));
  await runPool(files, outDir, jobs, locale, (r) => {
    results.push(r);
    const line = r.errors.length
      ? `✗ ${t.batchFailed({ file: name(r.file), why: r.errors.join(cliWords().clauseSeparator()) })}`
      : `✓ ${t.batchDone({ file: name(r.file), count: r.written.length })}`;
    if (io.isTTY) {
      if (r.errors.length) io.stdout(aboveProgress(line));
      io.stdout(progress(results.length, files.length, failed()));
    } else {
      io.stdout(`${line}\n`);
    }
  });
  if (io.isTTY) io.stdout('\n');
  const written = results.reduce((n, r) => n + r.written.length, 0);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const summary = {
    ok: files.length - failed(), failed: failed(), files: written, kinds: generatorsFor(locale).length, seconds, jobs: Math.min(jobs, files.length),
  };
  io.stdout(`${t.batchSummary(summary)}\n`);
  for (const r of results.filter((x) => x.errors.length).sort((a, b) => a.file.localeCompare(b.file))) {
    io.stderr(`✗ ${t.batchFailed({ file: name(r.file), why: r.errors.join(cliWords().clauseSeparator()) })}\n`);
  }
  return failed() ? EXIT.invalid : EXIT.ok;
}
