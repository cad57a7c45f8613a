/**
 * Tells the other tabs (and other stores in this page) that a draft changed, over a
 * BroadcastChannel, so a tab holding the same draft can offer to reload instead of
 * overwriting it. Where BroadcastChannel does not exist, notices are simply not sent.
 */
import { isPlainObject } from './json-pointer.js';

export interface DraftNotice {
  type: 'saved' | 'removed';
  formId: string;
  draftId: string;
  /** The store (tab) that made the change. */
  writer: string;
  /** For 'saved': the revision now stored and when it was saved. */
  revision?: number;
  savedAt?: string;
}

export type DraftListener = (notice: DraftNotice) => void;

export interface NoticeChannel {
  post(notice: DraftNotice): void;
  subscribe(listener: DraftListener): () => void;
  close(): void;
}

/** Anything posted on the channel by a page of the same origin is checked before it reaches a listener. */
function isNotice(v: unknown): v is DraftNotice {
  return isPlainObject(v) && (v.type === 'saved' || v.type === 'removed')
    && typeof v.formId === 'string' && typeof v.draftId === 'string' && typeof v.writer === 'string'
    && (v.revision === undefined || Number.isSafeInteger(v.revision))
    && (v.savedAt === undefined || typeof v.savedAt === 'string');
}

export function openNoticeChannel(name: string, enabled: boolean): NoticeChannel {
  const listeners = new Set<DraftListener>();
  const Channel = enabled ? globalThis.BroadcastChannel : undefined;
  const channel = Channel ? new Channel(name) : undefined;
  // Node keeps a process alive for an open channel; a forgotten close() must not hang a CLI.
  (channel as { unref?: () => void } | undefined)?.unref?.();
  if (channel) {
    channel.onmessage = (e: MessageEvent) => {
      if (!isNotice(e.data)) return;
      for (const listener of [...listeners]) listener({ ...e.data });
    };
  }
  return {
    post: (notice) => channel?.postMessage(notice),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => {
      listeners.clear();
      channel?.close();
    },
  };
}
