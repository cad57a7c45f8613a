import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { getForm } from '../forms/registry.js';
import { openDraftStore, type DraftStore, type DraftStoreOptions } from './draft-store.js';
import { uniqueDatabase } from '../../test-support/indexeddb.js';

const FORM = 'annual-report';
const sample = getForm(FORM).sample;
const edited = (systemName: string) => ({ ...sample, systemName });

const open: DraftStore[] = [];
async function store(opts: DraftStoreOptions): Promise<DraftStore> {
  const s = await openDraftStore(opts);
  open.push(s);
  return s;
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const s of open.splice(0)) s.close();
});

/** An IDBFactory whose open() fails the way a browser in private mode does: an error event. */
function refusingFactory(): IDBFactory {
  return {
    open() {
      const request: Record<string, unknown> = { error: new DOMException('The operation is insecure.', 'InvalidStateError') };
      queueMicrotask(() => (request.onerror as () => void)());
      return request;
    },
  } as unknown as IDBFactory;
}

describe('without usable IndexedDB the store keeps working in memory, with a visible warning', () => {
  test.each([
    ['open() throws', { open: () => { throw new DOMException('denied', 'SecurityError'); } } as unknown as IDBFactory],
    ['open() fails with an error event (private mode)', refusingFactory()],
    ['there is no indexedDB at all', null],
  ])('%s', async (_, indexedDB) => {
    const s = await store({ indexedDB, databaseName: uniqueDatabase() });
    expect(s.persistent).toBe(false);
    expect(s.warning).toEqual({ code: 'storage-unavailable', message: expect.stringMatching(/浏览器存储不可用（可能处于无痕或隐私浏览模式）.*请及时导出草稿/) });
    expect(await s.save(FORM, 'd1', edited('一'))).toMatchObject({ ok: true, revision: 1, persisted: false });
    expect(await s.save(FORM, 'd1', edited('二'))).toMatchObject({ ok: true, revision: 2, persisted: false });
    expect(await s.load(FORM, 'd1')).toMatchObject({ data: edited('二'), revision: 2, persisted: false });
    expect(await s.list()).toHaveLength(1);
  });

  test('the warning follows the locale', async () => {
    const s = await store({ indexedDB: null, locale: 'en' });
    expect(s.warning?.message).toMatch(/Browser storage is unavailable/);
  });

  test('a database blocked by another tab (an old version that will not close) counts as unavailable', async () => {
    const factory = new IDBFactory();
    const name = uniqueDatabase();
    const old = await new Promise<IDBDatabase>((resolve) => {
      const r = factory.open(name, 1);
      r.onsuccess = () => resolve(r.result);
    });
    // As if the store's code were a newer version that needs an upgrade the old tab ignores.
    const upgrading = { open: (n: string) => factory.open(n, 2) } as unknown as IDBFactory;
    const s = await store({ indexedDB: upgrading, databaseName: name });
    expect(s.persistent).toBe(false);
    expect(s.warning?.code).toBe('storage-unavailable');
    old.close();
  });
});

describe('a full disk (QuotaExceededError) never loses the draft', () => {
  const quotaFull = () => vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });

  test('the save keeps the data in memory, says so, and persists again once there is room', async () => {
    const [factory, databaseName] = [new IDBFactory(), uniqueDatabase()];
    const s = await store({ indexedDB: factory, databaseName });
    const otherTab = await store({ indexedDB: factory, databaseName });
    await s.save(FORM, 'd1', edited('存储成功'));
    quotaFull();
    expect(await s.save(FORM, 'd1', edited('只在内存'))).toMatchObject({ ok: true, revision: 2, persisted: false });
    expect(s.warning).toEqual({ code: 'storage-full', message: expect.stringMatching(/浏览器存储空间已满：最近的修改只保存在当前页面中/) });
    expect(await s.load(FORM, 'd1')).toMatchObject({ data: edited('只在内存'), revision: 2, persisted: false });
    expect(await s.list()).toMatchObject([{ draftId: 'd1', revision: 2 }]);
    expect((await otherTab.load(FORM, 'd1'))?.data.systemName).toBe('存储成功');

    vi.restoreAllMocks();
    expect(await s.save(FORM, 'd1', edited('又存上了'))).toMatchObject({ ok: true, revision: 3, persisted: true });
    expect(s.warning).toBeUndefined();
    expect((await otherTab.load(FORM, 'd1'))?.data.systemName).toBe('又存上了');
  });

  test('a draft kept in memory is still protected from another tab\'s newer save', async () => {
    const [factory, databaseName] = [new IDBFactory(), uniqueDatabase()];
    const s = await store({ indexedDB: factory, databaseName });
    const otherTab = await store({ indexedDB: factory, databaseName });
    await s.save(FORM, 'd1', edited('1'));
    await otherTab.load(FORM, 'd1');
    quotaFull();
    await s.save(FORM, 'd1', edited('内存中'));
    vi.restoreAllMocks();
    expect(await otherTab.save(FORM, 'd1', edited('另一个标签页'))).toMatchObject({ ok: true, revision: 2 });
    expect(await s.save(FORM, 'd1', edited('内存中'))).toEqual({ ok: false, conflict: { revision: 2, savedAt: expect.any(String), writer: otherTab.writer } });
    expect((await s.load(FORM, 'd1'))?.data.systemName).toBe('内存中');
  });
});

test('a database closed underneath the store (another tab upgraded it) keeps the draft in memory, with a warning', async () => {
  const [factory, databaseName] = [new IDBFactory(), uniqueDatabase()];
  const s = await store({ indexedDB: factory, databaseName });
  await s.save(FORM, 'd1', edited('1'));
  await new Promise<void>((resolve) => {
    const upgrade = factory.open(databaseName, 2);
    upgrade.onsuccess = () => {
      upgrade.result.close();
      resolve();
    };
  });
  expect(await s.save(FORM, 'd1', edited('2'))).toMatchObject({ ok: true, revision: 2, persisted: false });
  expect(s.warning).toEqual({ code: 'storage-failed', message: expect.stringMatching(/^草稿未能写入浏览器存储/) });
  expect((await s.load(FORM, 'd1'))?.data.systemName).toBe('2');
});
