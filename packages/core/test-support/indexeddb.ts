/**
 * Test helpers: reach past the store into its IndexedDB database, to plant records written
 * by older code or damaged ones, and to see what is really stored.
 */
import { openDatabase } from '../src/drafts/indexeddb-backend.js';

async function withStore<T>(factory: IDBFactory, database: string, mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await openDatabase(factory, database);
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction('drafts', mode);
      const req = body(tx.objectStore('drafts'));
      tx.oncomplete = () => resolve(req.result as T);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export function putRaw(factory: IDBFactory, database: string, key: [string, string], value: unknown): Promise<unknown> {
  return withStore(factory, database, 'readwrite', (s) => s.put(value, key));
}

export function getRaw(factory: IDBFactory, database: string, key: [string, string]): Promise<unknown> {
  return withStore(factory, database, 'readonly', (s) => s.get(key));
}

let n = 0;
/** A database (and BroadcastChannel) name no other test, in this worker or another, uses. */
export const uniqueDatabase = () => `govforms-test-${Date.now()}-${Math.random().toString(36).slice(2)}-${n++}`;
