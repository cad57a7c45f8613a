import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, test } from 'vitest';
import v1Draft from './fixtures/annual-report-1.0.0.json';
import { getForm } from '../forms/registry.js';
import { validateForm } from '../validation/validate-form.js';
import type { DraftNotice } from './draft-notices.js';
import { openDraftStore, type DraftStore } from './draft-store.js';
import { getRaw, putRaw, uniqueDatabase } from '../../test-support/indexeddb.js';
import { govformsRejectionOf } from '../../test-support/errors.js';

const FORM = 'annual-report';
const sample = getForm(FORM).sample;
const edited = (systemName: string) => ({ ...sample, systemName });

let factory: IDBFactory;
let databaseName: string;
const open: DraftStore[] = [];

/** A browser tab: a store on the shared database. */
async function tab(): Promise<DraftStore> {
  const store = await openDraftStore({ indexedDB: factory, databaseName });
  open.push(store);
  return store;
}

function setup() {
  factory = new IDBFactory();
  databaseName = uniqueDatabase();
}

afterEach(() => {
  for (const store of open.splice(0)) store.close();
});


describe('saving and loading', () => {
  test('a saved draft survives a reload: a new store on the same database finds it', async () => {
    setup();
    const first = await tab();
    expect(first.persistent).toBe(true);
    expect(first.warning).toBeUndefined();
    expect(await first.save(FORM, 'd1', sample)).toMatchObject({ ok: true, revision: 1, persisted: true });
    first.close();
    const loaded = await (await tab()).load(FORM, 'd1');
    expect(loaded).toMatchObject({ formId: FORM, draftId: 'd1', data: sample, formVersion: '2.0.0', revision: 1, applied: [], persisted: true });
    expect(loaded?.migratedFrom).toBeUndefined();
    expect(loaded?.writer).toBe(first.writer);
  });

  test('a draft that was never saved loads as undefined', async () => {
    setup();
    expect(await (await tab()).load(FORM, 'none')).toBeUndefined();
  });

  test('every save adds one to the revision, and the list shows the latest', async () => {
    setup();
    const store = await tab();
    for (const [i, name] of ['一', '二', '三'].entries()) expect(await store.save(FORM, 'd1', edited(name))).toMatchObject({ ok: true, revision: i + 1 });
    await store.save('application', 'other', getForm('application').sample);
    expect(await store.list(FORM)).toEqual([
      { corrupted: false, formId: FORM, draftId: 'd1', formVersion: '2.0.0', savedAt: expect.any(String), revision: 3, writer: store.writer },
    ]);
    expect((await store.list()).map((d) => d.draftId).sort()).toEqual(['d1', 'other']);
    expect((await store.load(FORM, 'd1'))?.data.systemName).toBe('三');
  });

  test('remove deletes the draft (the user asked for it)', async () => {
    setup();
    const store = await tab();
    await store.save(FORM, 'd1', sample);
    await store.remove(FORM, 'd1');
    expect(await store.load(FORM, 'd1')).toBeUndefined();
    expect(await store.list()).toEqual([]);
  });
});

describe('two tabs on the same draft', () => {
  test('a save over the other tab\'s newer revision is a conflict, not an overwrite; force keeps mine', async () => {
    setup();
    const [a, b] = [await tab(), await tab()];
    await a.save(FORM, 'd1', edited('A1'));
    await b.load(FORM, 'd1');
    await a.save(FORM, 'd1', edited('A2'));
    const result = await b.save(FORM, 'd1', edited('B'));
    expect(result).toEqual({ ok: false, conflict: { revision: 2, savedAt: expect.any(String), writer: a.writer } });
    expect((await a.load(FORM, 'd1'))?.data.systemName).toBe('A2');
    expect(await b.save(FORM, 'd1', edited('B'), { force: true })).toMatchObject({ ok: true, revision: 3 });
    expect((await a.load(FORM, 'd1'))?.data.systemName).toBe('B');
  });

  test('after reloading the other tab\'s version, saving goes ahead', async () => {
    setup();
    const [a, b] = [await tab(), await tab()];
    await a.save(FORM, 'd1', edited('A1'));
    await b.load(FORM, 'd1');
    await a.save(FORM, 'd1', edited('A2'));
    expect((await b.save(FORM, 'd1', edited('B'))).ok).toBe(false);
    await b.load(FORM, 'd1');
    expect(await b.save(FORM, 'd1', edited('B'))).toMatchObject({ ok: true, revision: 3 });
  });

  test('a tab that never opened an existing draft does not overwrite it', async () => {
    setup();
    const [a, b] = [await tab(), await tab()];
    await a.save(FORM, 'd1', edited('A'));
    expect(await b.save(FORM, 'd1', edited('B'))).toMatchObject({ ok: false, conflict: { revision: 1, writer: a.writer } });
  });

  test('an explicit expectedRevision is checked against what is stored', async () => {
    setup();
    const store = await tab();
    await store.save(FORM, 'd1', edited('1'));
    await store.save(FORM, 'd1', edited('2'));
    expect((await store.save(FORM, 'd1', edited('x'), { expectedRevision: 1 })).ok).toBe(false);
    expect(await store.save(FORM, 'd1', edited('3'), { expectedRevision: 2 })).toMatchObject({ ok: true, revision: 3 });
  });

  test('the other tab is told who saved which revision, and about a removal', async () => {
    setup();
    const [a, b] = [await tab(), await tab()];
    const heard: DraftNotice[] = [];
    const next = () => new Promise<DraftNotice>((resolve) => {
      const stop = b.subscribe((n) => {
        heard.push(n);
        stop();
        resolve(n);
      });
    });
    const saved = next();
    const result = await a.save(FORM, 'd1', sample);
    expect(await saved).toEqual({ type: 'saved', formId: FORM, draftId: 'd1', revision: 1, savedAt: result.ok && result.savedAt, writer: a.writer });
    const removed = next();
    await a.remove(FORM, 'd1');
    expect(await removed).toEqual({ type: 'removed', formId: FORM, draftId: 'd1', writer: a.writer });
    expect(heard).toHaveLength(2);
  });
});

describe('drafts saved by an older form version', () => {
  const v1Record = { formId: FORM, draftId: 'old', formVersion: '1.0.0', data: v1Draft, savedAt: '2025-12-01T08:00:00.000Z', revision: 4, writer: 'w-old' };

  test('open migrated to 2.0.0; the stored record keeps 1.0.0 until the next save', async () => {
    setup();
    await putRaw(factory, databaseName, [FORM, 'old'], v1Record);
    const store = await tab();
    const loaded = await store.load(FORM, 'old');
    expect(loaded).toMatchObject({ migratedFrom: '1.0.0', formVersion: '2.0.0', revision: 4, applied: [expect.stringMatching(/单位名称/)] });
    expect(loaded?.data.omProvider).toEqual({ name: '江苏宿数信息技术有限公司' });
    expect(validateForm(FORM, loaded?.data).valid).toBe(true);
    expect(await getRaw(factory, databaseName, [FORM, 'old'])).toEqual(v1Record);
    expect(await store.save(FORM, 'old', loaded!.data)).toMatchObject({ ok: true, revision: 5 });
    expect(await getRaw(factory, databaseName, [FORM, 'old'])).toMatchObject({ formVersion: '2.0.0', revision: 5, data: loaded!.data });
  });

  test('a draft from a newer form version is refused in zh-CN and kept', async () => {
    setup();
    const newer = { ...v1Record, formVersion: '9.0.0' };
    await putRaw(factory, databaseName, [FORM, 'old'], newer);
    const e = await govformsRejectionOf((await tab()).load(FORM, 'old'));
    expect(e.code).toBe('newer-version');
    expect(e.message).toMatch(/9\.0\.0 版，比当前的 2\.0\.0 版更新/);
    expect(await getRaw(factory, databaseName, [FORM, 'old'])).toEqual(newer);
  });
});

describe('bad input', () => {
  test.each([
    ['not an object', '{"broken json', /记录不是一个对象/],
    ['without a revision', { formId: FORM, draftId: 'bad', formVersion: '2.0.0', data: {}, savedAt: '2026-01-01T00:00:00Z', writer: 'w' }, /字段“revision”缺失或格式错误/],
    ['with data that is text', { formId: FORM, draftId: 'bad', formVersion: '2.0.0', data: 'x', savedAt: '2026-01-01T00:00:00Z', revision: 1, writer: 'w' }, /字段“data”/],
    ['stored under another id', { formId: FORM, draftId: 'elsewhere', formVersion: '2.0.0', data: {}, savedAt: '2026-01-01T00:00:00Z', revision: 1, writer: 'w' }, /存放位置不一致/],
  ])('a corrupted draft (%s) is a zh-CN error and is not deleted', async (_, value, problem) => {
    setup();
    await putRaw(factory, databaseName, [FORM, 'bad'], value);
    const store = await tab();
    const e = await govformsRejectionOf(store.load(FORM, 'bad'));
    expect(e.code).toBe('draft-corrupted');
    expect(e.message).toMatch(/^草稿已损坏，无法打开（表单“年度运维服务情况报表”，草稿“bad”）/);
    expect(e.message).toMatch(problem);
    expect(e.message).toMatch(/草稿未被删除/);
    expect((await govformsRejectionOf(store.save(FORM, 'bad', sample))).code).toBe('draft-corrupted');
    expect(await store.list()).toEqual([{ corrupted: true, formId: FORM, draftId: 'bad', problem: expect.stringMatching(problem) }]);
    expect(await getRaw(factory, databaseName, [FORM, 'bad'])).toEqual(value);
  });

  test('only a forced save (the user\'s word) replaces a corrupted draft', async () => {
    setup();
    await putRaw(factory, databaseName, [FORM, 'bad'], 42);
    const store = await tab();
    expect(await store.save(FORM, 'bad', sample, { force: true })).toMatchObject({ ok: true, revision: 1 });
    expect((await store.load(FORM, 'bad'))?.data).toEqual(sample);
  });

  test('another form\'s data is refused with the form it looks like, and nothing is stored', async () => {
    setup();
    const store = await tab();
    const e = await govformsRejectionOf(store.save(FORM, 'd1', getForm('application').sample));
    expect(e.code).toBe('data-of-another-form');
    expect(e.message).toMatch(/^这些数据不属于表单“年度运维服务情况报表”：.*看起来是“项目申报表”的数据/);
    expect(await store.list()).toEqual([]);
  });

  test('a field the form does not know, next to its own, is kept for validation to show', async () => {
    setup();
    const store = await tab();
    const data = { ...sample, leftover: '迁移未能放置的内容' };
    expect((await store.save(FORM, 'd1', data)).ok).toBe(true);
    expect((await store.load(FORM, 'd1'))?.data).toEqual(data);
    expect(validateForm(FORM, data).errors.map((e) => e.path)).toEqual(['/leftover']);
  });

  const nested = (levels: number) => {
    let v: unknown = '底';
    for (let i = 0; i < levels; i++) v = { v };
    return v;
  };

  test('data as deep as the limit is still data; one level more is refused', async () => {
    setup();
    const store = await tab();
    expect((await store.save(FORM, 'd1', { ...sample, deep: nested(99) })).ok).toBe(true);
    expect((await govformsRejectionOf(store.save(FORM, 'd1', { ...sample, deep: nested(100) }))).message).toMatch(/嵌套过深/);
  });

  test.each([
    ['text', 'hello', /应为一组字段（对象）/],
    ['a list', [sample], /应为一组字段（对象）/],
    ['a function inside', { ...sample, f: () => 1 }, /无法保存的内容/],
    ['a cycle', (() => { const o: Record<string, unknown> = { ...sample }; o.self = { back: o }; return o; })(), /无法保存的内容/],
    ['nested 100,000 levels deep', { ...sample, deep: nested(100_000) }, /^表单数据嵌套过深（超过 100 层），不是本表单的数据/],
  ])('data that is %s is refused in zh-CN', async (_, data, message) => {
    setup();
    expect((await govformsRejectionOf((await tab()).save(FORM, 'd1', data))).message).toMatch(message);
  });

  test('an unknown form and an empty draft id are refused', async () => {
    setup();
    const store = await tab();
    expect((await govformsRejectionOf(store.save('nope', 'd1', {}))).code).toBe('unknown-form');
    expect((await govformsRejectionOf(store.load(FORM, ''))).message).toMatch(/草稿编号应为/);
  });
});
