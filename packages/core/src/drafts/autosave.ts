/**
 * Debounced saving as the user types, shared by the embed and React UIs: schedule() on every
 * change, flush() when the page is hidden or the user leaves, dispose() on unmount.
 */
import type { DraftConflict, DraftStore, SaveResult } from './draft-store.js';

export interface AutosaveOptions {
  /** Quiet time after the last change before saving; default 800 ms. */
  delayMs?: number;
  onSaved?(result: Extract<SaveResult, { ok: true }>): void;
  /** Another tab saved this draft: offer the user to reload it or keep theirs (save with force). */
  onConflict?(conflict: DraftConflict): void;
  /** A save scheduled by the timer failed; without this handler the error is an unhandled rejection. */
  onError?(error: unknown): void;
}

export interface Autosave {
  /** Saves this data once no newer data has arrived for delayMs. */
  schedule(data: unknown): void;
  /** Saves waiting data now; resolves undefined when nothing was waiting. */
  flush(): Promise<SaveResult | undefined>;
  /** Saves waiting data and stops: no timer is left behind, later data is saved at once. */
  dispose(): Promise<SaveResult | undefined>;
}

const NOTHING = Symbol('nothing waiting');

export function createAutosave(store: DraftStore, formId: string, draftId: string, opts: AutosaveOptions = {}): Autosave {
  const delayMs = opts.delayMs ?? 800;
  let waiting: unknown = NOTHING;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const stopTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  async function flush(): Promise<SaveResult | undefined> {
    stopTimer();
    if (waiting === NOTHING) return undefined;
    const data = waiting;
    waiting = NOTHING;
    let result: SaveResult;
    try {
      result = await store.save(formId, draftId, data);
    } catch (e) {
      // Keep the data for the next attempt unless newer data came in meanwhile.
      if (waiting === NOTHING) waiting = data;
      throw e;
    }
    if (result.ok) opts.onSaved?.(result);
    else {
      if (waiting === NOTHING) waiting = data;
      opts.onConflict?.(result.conflict);
    }
    return result;
  }

  const flushFromTimer = () => {
    timer = undefined;
    flush().catch((e: unknown) => {
      if (!opts.onError) throw e;
      opts.onError(e);
    });
  };

  return {
    schedule(data) {
      waiting = data;
      if (disposed) {
        flushFromTimer();
        return;
      }
      stopTimer();
      timer = setTimeout(flushFromTimer, delayMs);
    },
    flush,
    dispose() {
      disposed = true;
      return flush();
    },
  };
}
