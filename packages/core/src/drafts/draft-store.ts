/**
 * Drafts of forms in the browser: saved to IndexedDB, migrated to the current form version
 * on load, guarded against two tabs overwriting each other, and kept in this page's memory
 * (with a visible warning) whenever the browser cannot store them. Nothing stored is ever
 * deleted or overwritten except by remove() or a forced save, i.e. the user's word.
 */
import { GovformsError } from '../errors.js';
import { getForm } from '../forms/registry.js';
import type { FormId, Locale } from '../types.js';
import { openNoticeChannel, type DraftListener, type NoticeChannel } from './draft-notices.js';
import type {
  DraftConflict, DraftStore, DraftStoreOptions, DraftSummary, DraftWarning, LoadedDraft, SaveOptions, SaveResult,
} from './draft-store-types.js';
import { checkDraftId, checkDraftRecord, checkFormData, type DraftRecord } from './draft-record.js';
import { createIndexedDbBackend, openDatabase } from './indexeddb-backend.js';
import { formTitle, messagesFor, type DraftMessages } from './messages.js';
import { migrateFormData } from './migrations.js';
import { createMemoryBackend, type DraftKey, type StorageBackend } from './storage-backend.js';
import { randomWriterId } from './writer-id.js';

export type { DraftConflict, DraftStore, DraftStoreOptions, DraftSummary, DraftWarning, LoadedDraft, SaveOptions, SaveResult };

const isQuotaError = (e: unknown) =>
  e instanceof Error && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');

async function openBackend(factory: IDBFactory | null | undefined, name: string): Promise<StorageBackend | undefined> {
  if (!factory) return undefined;
  try {
    return createIndexedDbBackend(await openDatabase(factory, name));
  } catch {
    return undefined;
  }
}

/** A draft saved while the browser refused to store it, with the stored revision it replaced. */
interface Pending { record: DraftRecord; base: number }

class BrowserDraftStore implements DraftStore {
  readonly writer = randomWriterId();
  warning: DraftWarning | undefined;
  private readonly m: DraftMessages;
  private readonly pending = new Map<string, Pending>();
  /** Per draft, the revision this store's data is based on. */
  private readonly known = new Map<string, number>();
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly backend: StorageBackend,
    private readonly notices: NoticeChannel,
    private readonly locale: Locale | undefined,
  ) {
    this.m = messagesFor(locale);
    if (!backend.persistent) this.warning = { code: 'storage-unavailable', message: this.m.storageUnavailable() };
  }

  get persistent(): boolean {
    return this.backend.persistent;
  }

  private key(formId: FormId, draftId: string): DraftKey {
    if (this.closed) throw new GovformsError(this.m.storeClosed(), 'store-closed');
    return [getForm(formId).id, checkDraftId(draftId, this.m)];
  }

  /** The record, or a zh-CN GovformsError naming what is wrong with it; a missing draft is undefined. */
  private record(value: unknown, [formId, draftId]: DraftKey): DraftRecord | undefined {
    if (value === undefined) return undefined;
    const checked = checkDraftRecord(value, formId, draftId, this.m);
    if (typeof checked === 'string') {
      const title = formTitle(getForm(formId), this.locale);
      throw new GovformsError(this.m.corrupted({ form: title, draftId, problem: checked }), 'draft-corrupted');
    }
    return checked;
  }

  async load(formId: FormId, draftId: string): Promise<LoadedDraft | undefined> {
    const key = this.key(formId, draftId);
    const pending = this.pending.get(JSON.stringify(key));
    const record = pending?.record ?? this.record(await this.read(() => this.backend.get(key)), key);
    if (!record) return undefined;
    const migrated = migrateFormData(record.formId, record.formVersion, record.data, { locale: this.locale });
    this.known.set(JSON.stringify(key), record.revision);
    return {
      formId: record.formId, draftId, data: migrated.data, formVersion: migrated.version,
      revision: record.revision, savedAt: record.savedAt, writer: record.writer,
      ...(record.formVersion !== migrated.version && { migratedFrom: record.formVersion }),
      applied: migrated.applied, unresolved: migrated.unresolved, persisted: !pending && this.persistent,
    };
  }

  async save(formId: FormId, draftId: string, data: unknown, opts: SaveOptions = {}): Promise<SaveResult> {
    const key = this.key(formId, draftId);
    const checked = structuredClone(checkFormData(formId, data, { locale: this.locale }));
    // One write at a time, so this store's own saves never look like conflicts to each other.
    return this.serially(() => this.write(key, checked, opts));
  }

  /** A read the browser refused becomes a zh-CN GovformsError. */
  private async read<T>(get: () => Promise<T>): Promise<T> {
    try {
      return await get();
    } catch {
      throw new GovformsError(this.m.storageReadFailed(), 'storage-read-failed');
    }
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async write(key: DraftKey, data: Record<string, unknown>, opts: SaveOptions): Promise<SaveResult> {
    const id = JSON.stringify(key);
    const pending = this.pending.get(id);
    const expected = opts.expectedRevision ?? this.known.get(id) ?? 0;
    const savedAt = new Date().toISOString();
    const recordOf = (revision: number): DraftRecord =>
      ({ formId: key[0], draftId: key[1], formVersion: getForm(key[0]).version, data, savedAt, revision, writer: this.writer });
    let attempt: { record: DraftRecord; base: number } | undefined;
    const decide = (current: unknown): { write?: DraftRecord; result: SaveResult } => {
      const existing = opts.force ? safeRecord(() => this.record(current, key)) : this.record(current, key);
      const conflict = opts.force ? undefined : conflictOf(existing, pending, expected);
      if (conflict) return { result: { ok: false, conflict } };
      const stored = existing?.revision ?? 0;
      const record = recordOf(Math.max(stored, pending?.record.revision ?? 0) + 1);
      attempt = { record, base: pending?.base ?? stored };
      return { write: record, result: { ok: true, revision: record.revision, savedAt, persisted: this.persistent } };
    };
    try {
      const result = await this.backend.update(key, decide);
      if (result.ok) this.saved(id, key, result.revision, savedAt);
      return result;
    } catch (e) {
      if (e instanceof GovformsError) throw e;
      // The browser refused the write (storage full, database gone): keep the draft in memory and say so.
      const kept = attempt ?? { record: recordOf(Math.max(expected, pending?.record.revision ?? 0) + 1), base: pending?.base ?? expected };
      this.pending.set(id, kept);
      this.known.set(id, kept.record.revision);
      this.warning = isQuotaError(e) ? { code: 'storage-full', message: this.m.storageFull() } : { code: 'storage-failed', message: this.m.storageFailed() };
      return { ok: true, revision: kept.record.revision, savedAt, persisted: false };
    }
  }

  private saved(id: string, [formId, draftId]: DraftKey, revision: number, savedAt: string): void {
    this.known.set(id, revision);
    this.pending.delete(id);
    if (this.pending.size === 0 && this.persistent) this.warning = undefined;
    if (this.persistent) this.notices.post({ type: 'saved', formId, draftId, revision, savedAt, writer: this.writer });
  }

  async remove(formId: FormId, draftId: string): Promise<void> {
    const key = this.key(formId, draftId);
    return this.serially(async () => {
      await this.backend.delete(key).catch(() => {
        throw new GovformsError(this.m.removeFailed(), 'storage-remove-failed');
      });
      this.pending.delete(JSON.stringify(key));
      this.known.delete(JSON.stringify(key));
      if (this.persistent) this.notices.post({ type: 'removed', formId: key[0], draftId: key[1], writer: this.writer });
    });
  }

  async list(formId?: FormId): Promise<DraftSummary[]> {
    if (this.closed) throw new GovformsError(this.m.storeClosed(), 'store-closed');
    const wanted = formId === undefined ? undefined : getForm(formId).id;
    const byKey = new Map<string, DraftSummary>();
    for (const { key, value } of await this.read(() => this.backend.entries())) {
      if (!Array.isArray(key) || key.length !== 2 || key.some((k) => typeof k !== 'string')) continue;
      const [f, d] = key as [string, string];
      if (wanted === undefined || f === wanted) byKey.set(JSON.stringify(key), this.summary(value, f, d));
    }
    for (const [id, { record }] of this.pending) {
      if (wanted === undefined || record.formId === wanted) byKey.set(id, this.summary(record, record.formId, record.draftId));
    }
    return [...byKey.values()].sort((a, b) => savedAtOf(b).localeCompare(savedAtOf(a)));
  }

  private summary(value: unknown, formId: string, draftId: string): DraftSummary {
    const r = checkDraftRecord(value, formId, draftId, this.m);
    if (typeof r === 'string') return { corrupted: true, formId, draftId, problem: r };
    return { corrupted: false, formId, draftId, formVersion: r.formVersion, savedAt: r.savedAt, revision: r.revision, writer: r.writer };
  }

  subscribe(listener: DraftListener): () => void {
    return this.notices.subscribe(listener);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.notices.close();
    this.backend.close();
  }
}

/**
 * Why a save must not go ahead: another writer saved over the revision this store last wrote
 * (or kept in memory), or the caller's data is based on an older revision than the latest.
 * A draft removed elsewhere is no conflict: saving it again loses nothing.
 */
function conflictOf(existing: DraftRecord | undefined, pending: Pending | undefined, expected: number): DraftConflict | undefined {
  const base = pending ? pending.base : expected;
  const latest = pending?.record ?? existing;
  const over = existing && existing.revision !== base ? existing : latest && latest.revision !== expected ? latest : undefined;
  return over && { revision: over.revision, savedAt: over.savedAt, writer: over.writer };
}

function safeRecord(read: () => DraftRecord | undefined): DraftRecord | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** Some sandboxed iframes throw on merely reading `indexedDB`. */
function globalIndexedDb(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB;
  } catch {
    return undefined;
  }
}

const savedAtOf = (s: DraftSummary) => (s.corrupted ? '' : s.savedAt);

/**
 * Opens the drafts of this browser profile. Without IndexedDB (private mode, a blocked or
 * refused database) it still works, in memory, with `persistent: false` and a warning.
 */
export async function openDraftStore(opts: DraftStoreOptions = {}): Promise<DraftStore> {
  const name = opts.databaseName ?? 'govforms-drafts';
  const factory = opts.indexedDB === undefined ? globalIndexedDb() : opts.indexedDB;
  const backend = (await openBackend(factory, name)) ?? createMemoryBackend();
  return new BrowserDraftStore(backend, openNoticeChannel(`govforms-drafts:${name}`, opts.broadcast ?? true), opts.locale);
}
