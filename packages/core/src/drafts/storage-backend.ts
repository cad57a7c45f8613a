/**
 * Where drafts are kept: IndexedDB in a browser (indexeddb-backend.ts), or this page's
 * memory when the browser offers no storage. Values are opaque here; the store checks them.
 */

/** A draft is stored under [formId, draftId]. */
export type DraftKey = readonly [formId: string, draftId: string];

export interface StorageBackend {
  /** False for memory: nothing survives a reload. */
  readonly persistent: boolean;
  get(key: DraftKey): Promise<unknown>;
  /**
   * Reads the stored value and, in the same transaction, writes the value `decide` returns
   * in `write` (nothing when it has none). A throw from `decide` writes nothing.
   */
  update<T>(key: DraftKey, decide: (current: unknown) => { write?: unknown; result: T }): Promise<T>;
  delete(key: DraftKey): Promise<void>;
  entries(): Promise<{ key: unknown; value: unknown }[]>;
  close(): void;
}

const id = (key: DraftKey) => JSON.stringify(key);

export function createMemoryBackend(): StorageBackend {
  const values = new Map<string, { key: DraftKey; value: unknown }>();
  return {
    persistent: false,
    get: async (key) => structuredClone(values.get(id(key))?.value),
    update: async (key, decide) => {
      const { write, result } = decide(structuredClone(values.get(id(key))?.value));
      if (write !== undefined) values.set(id(key), { key: [...key], value: structuredClone(write) });
      return result;
    },
    delete: async (key) => {
      values.delete(id(key));
    },
    entries: async () => [...values.values()].map((e) => ({ key: [...e.key], value: structuredClone(e.value) })),
    close: () => {},
  };
}
