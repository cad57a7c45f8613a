/** The draft store's public shapes (draft-store.ts implements them). */
import type { FormId, Locale } from '../types.js';
import type { DraftListener } from './draft-notices.js';
import type { UnresolvedValue } from './migration-ops.js';

export interface DraftStoreOptions {
  /** The IndexedDB to use; globalThis.indexedDB by default, null for memory only. */
  indexedDB?: IDBFactory | null;
  /** Default 'govforms-drafts'. Also names the BroadcastChannel. */
  databaseName?: string;
  /** Tell other tabs about saves and removals (default true). */
  broadcast?: boolean;
  /** Language of errors and warnings (default zh-CN). */
  locale?: Locale;
}

export interface DraftWarning {
  code: 'storage-unavailable' | 'storage-full' | 'storage-failed';
  message: string;
}

export interface LoadedDraft {
  formId: FormId;
  draftId: string;
  /** The data, migrated to the form's current version. */
  data: Record<string, unknown>;
  /** The form's current version (the stored record keeps its own until the next save). */
  formVersion: string;
  revision: number;
  savedAt: string;
  writer: string;
  /** The version it was saved under, when a migration ran. */
  migratedFrom?: string;
  /** What the migrations changed, for the user. */
  applied: string[];
  unresolved: UnresolvedValue[];
  /** False when this draft is only in this page's memory. */
  persisted: boolean;
}

export interface DraftConflict { revision: number; savedAt: string; writer: string }
export type SaveResult =
  | { ok: true; revision: number; savedAt: string; persisted: boolean }
  | { ok: false; conflict: DraftConflict };

export interface SaveOptions {
  /** The revision the data is based on; by default the one this store last loaded or saved. */
  expectedRevision?: number;
  /** Save even over a newer revision or a corrupted record ("keep mine"). */
  force?: boolean;
}

export type DraftSummary =
  | { corrupted: false; formId: FormId; draftId: string; formVersion: string; savedAt: string; revision: number; writer: string }
  | { corrupted: true; formId: string; draftId: string; problem: string };

export interface DraftStore {
  readonly persistent: boolean;
  /** Set while drafts are kept only in memory; show it to the user. */
  readonly warning: DraftWarning | undefined;
  /** This store's id in records and notices. */
  readonly writer: string;
  load(formId: FormId, draftId: string): Promise<LoadedDraft | undefined>;
  save(formId: FormId, draftId: string, data: unknown, opts?: SaveOptions): Promise<SaveResult>;
  remove(formId: FormId, draftId: string): Promise<void>;
  list(formId?: FormId): Promise<DraftSummary[]>;
  /** Notices from other stores and tabs; returns the unsubscribe function. */
  subscribe(listener: DraftListener): () => void;
  close(): void;
}
