import { Worker } from 'node:worker_threads';
import type { Locale } from '@govforms/core';
import type { BatchJobResult, BatchTask } from './batch-job.js';
import { cliText } from './messages.js';

export interface BatchPool {
  /** Settles when every worker has stopped: the queue is done, or `stop` was called. */
  finished: Promise<void>;
  /** Ctrl+C: starts no further dossier and stops the workers at once; settles when they have stopped. */
  stop(): Promise<void>;
}

/** Runs the tasks on `jobs` worker threads (batch-worker.ts); calls `onResult` as each one finishes. */
export function runPool(tasks: readonly BatchTask[], jobs: number, locale: Locale, onResult: (r: BatchJobResult) => void): BatchPool {
  const queue = [...tasks];
  // The built worker beside the built chunk (dist/batch-worker.js). Not a literal: Vite would inline a literal `new URL('./…', import.meta.url)` as an asset.
  const workerFile = './batch-worker.js';
  const workerUrl = new URL(workerFile, import.meta.url);
  /** Each running worker and the task it holds. */
  const workers = new Map<Worker, BatchTask | undefined>();
  let settle!: () => void;
  const finished = new Promise<void>((resolve) => (settle = resolve));
  const startWorker = () => {
    const worker = new Worker(workerUrl, { workerData: { locale } });
    const next = () => {
      const task = queue.shift();
      workers.set(worker, task);
      if (task === undefined) void worker.terminate();
      else worker.postMessage(task);
    };
    worker.on('message', (r: BatchJobResult) => {
      onResult(r);
      next();
    });
    // A crashed worker fails only the dossier it held; a fresh worker takes over the queue.
    worker.on('error', (e) => {
      const task = workers.get(worker);
      if (task !== undefined) onResult({ file: task.file, written: [], errors: [cliText().internalError({ message: e.message })] });
      workers.set(worker, undefined);
      if (queue.length) startWorker();
    });
    worker.on('exit', () => {
      workers.delete(worker);
      if (workers.size === 0) settle();
    });
    next();
  };
  for (let i = 0; i < Math.min(jobs, tasks.length); i++) startWorker();
  return {
    finished,
    async stop() {
      queue.length = 0;
      await Promise.all([...workers.keys()].map((w) => w.terminate()));
    },
  };
}
