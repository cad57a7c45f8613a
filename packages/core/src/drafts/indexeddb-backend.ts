/**
 * Drafts in IndexedDB: one object store, keys [formId, draftId] kept outside the values so a
 * damaged value never hides which draft it was. Every call is one transaction and resolves
 * only when the transaction has committed, so a resolved save survives a browser crash.
 */
import type { DraftKey, StorageBackend } from './storage-backend.js';

const STORE = 'drafts';
const DB_VERSION = 1;

/** Opens (and on first use creates) the database; rejects when the browser refuses or another tab blocks it. */
export function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const request = factory.open(name, DB_VERSION);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Opened after we gave up waiting: nobody will use it.
      if (settled) return db.close();
      settled = true;
      // Let a newer version of this code in another tab upgrade the database.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => {
      settled = true;
      reject(request.error ?? new Error(`indexedDB.open(${name}) failed`));
    };
    request.onblocked = () => {
      settled = true;
      reject(new Error(`indexedDB.open(${name}) is blocked by another tab`));
    };
  });
}

/** Runs `body` in one transaction; resolves with its result once committed, rejects on abort. */
function inTransaction<T>(db: IDBDatabase, mode: IDBTransactionMode, body: (store: IDBObjectStore, done: (result: T) => void, fail: (e: unknown) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    let result: T;
    let failure: unknown;
    const tx = db.transaction(STORE, mode);
    tx.oncomplete = () => resolve(result);
    tx.onabort = () => reject(failure ?? tx.error ?? new Error('IndexedDB transaction aborted'));
    const fail = (e: unknown) => {
      failure ??= e;
      try {
        tx.abort();
      } catch {
        // Already finished: onabort or onerror reports it.
      }
    };
    try {
      body(tx.objectStore(STORE), (r) => (result = r), fail);
    } catch (e) {
      fail(e);
    }
  });
}

/** Runs a step inside a request callback, turning a throw into an aborted transaction. */
const guarded = (fail: (e: unknown) => void, step: () => void) => () => {
  try {
    step();
  } catch (e) {
    fail(e);
  }
};

export function createIndexedDbBackend(db: IDBDatabase): StorageBackend {
  const key = (k: DraftKey) => [...k];
  return {
    persistent: true,
    get: (k) => inTransaction(db, 'readonly', (store, done, fail) => {
      const req = store.get(key(k));
      req.onsuccess = guarded(fail, () => done(req.result));
    }),
    update: (k, decide) => inTransaction(db, 'readwrite', (store, done, fail) => {
      const req = store.get(key(k));
      req.onsuccess = guarded(fail, () => {
        const { write, result } = decide(req.result);
        if (write !== undefined) store.put(write, key(k));
        done(result);
      });
    }),
    delete: (k) => inTransaction(db, 'readwrite', (store, done) => {
      store.delete(key(k));
      done(undefined);
    }),
    entries: () => inTransaction(db, 'readonly', (store, done, fail) => {
      const keys = store.getAllKeys();
      const values = store.getAll();
      // Both list the store in key order, so they pair up.
      values.onsuccess = guarded(fail, () => done(keys.result.map((k, i) => ({ key: k, value: values.result[i] }))));
    }),
    close: () => db.close(),
  };
}
