import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { RenderResult, RenderTask } from './render-worker.js';

/** Why a render was not done: the queue was full, or it took longer than allowed. */
export class RenderRefused extends Error {
  constructor(readonly reason: 'busy' | 'timeout') {
    super(reason);
  }
}

export interface RenderPool {
  run(task: RenderTask): Promise<RenderResult>;
  readonly timeoutMs: number;
  stats(): { workers: number; rendering: number; queued: number; completed: number };
  close(): Promise<void>;
}

/**
 * Worker threads rendering documents and workbooks, with a bounded queue: a render that would
 * wait behind `queueLimit` others is refused at once (the caller answers 503), and one not done
 * within `timeoutMs` of being accepted, waiting included, is given up (a running one's worker is replaced).
 */
export function createRenderPool(o: { size: number; queueLimit: number; timeoutMs: number }): RenderPool {
  let accepted = 0; // rendering or waiting for a worker
  const pool = new Piscina<RenderTask, RenderResult>({
    // dist/render-worker.js beside this file; built as a path so that Vite does not inline it as an asset.
    filename: join(dirname(fileURLToPath(import.meta.url)), 'render-worker.js'),
    minThreads: o.size,
    maxThreads: o.size,
    maxQueue: o.queueLimit,
    idleTimeout: Infinity,
  });
  return {
    async run(task) {
      if (pool.queueSize >= o.queueLimit) throw new RenderRefused('busy');
      const signal = AbortSignal.timeout(o.timeoutMs);
      accepted++;
      try {
        return await pool.run(task, { signal });
      } catch (e) {
        if (signal.aborted) throw new RenderRefused('timeout');
        throw e;
      } finally {
        accepted--;
      }
    },
    timeoutMs: o.timeoutMs,
    stats: () => ({ workers: pool.threads.length, rendering: accepted - pool.queueSize, queued: pool.queueSize, completed: pool.completed }),
    close: () => pool.close(),
  };
}
