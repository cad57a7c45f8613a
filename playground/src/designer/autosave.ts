/** The design in progress, kept in IndexedDB (like a draft) so a reload or a closed tab loses nothing. */
import type { Design } from './model/types.js';

const DB = 'govforms-designer';
const STORE = 'designs';
const KEY = 'current';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const req = act(db.transaction(STORE, mode).objectStore(STORE));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  } finally {
    db.close();
  }
}

export const saveDesign = (d: Design) => run('readwrite', (s) => s.put(d, KEY));
export const loadDesign = () => run<Design | undefined>('readonly', (s) => s.get(KEY) as IDBRequest<Design | undefined>).catch(() => undefined);
