import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { getForm } from '../forms/registry.js';
import { createAutosave } from './autosave.js';
import { openDraftStore, type DraftStore } from './draft-store.js';
import { uniqueDatabase } from '../../test-support/indexeddb.js';

const FORM = 'annual-report';
const sample = getForm(FORM).sample;
const typed = (systemName: string) => ({ ...sample, systemName });

describe('debounced autosave (fake timers, memory store)', () => {
  let store: DraftStore;
  beforeEach(async () => {
    vi.useFakeTimers();
    store = await openDraftStore({ indexedDB: null, broadcast: false });
  });
  afterEach(() => {
    store.close();
    vi.useRealTimers();
  });

  test('saves once, delayMs after the last change, with the latest data', async () => {
    const save = vi.spyOn(store, 'save');
    const onSaved = vi.fn();
    const autosave = createAutosave(store, FORM, 'd1', { delayMs: 800, onSaved });
    autosave.schedule(typed('宿'));
    await vi.advanceTimersByTimeAsync(500);
    autosave.schedule(typed('宿迁'));
    await vi.advanceTimersByTimeAsync(799);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(FORM, 'd1', typed('宿迁'));
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ ok: true, revision: 1 }));
    expect((await store.load(FORM, 'd1'))?.data).toEqual(typed('宿迁'));
    expect(vi.getTimerCount()).toBe(0);
  });

  test('flush saves at once and leaves no timer; with nothing waiting it saves nothing', async () => {
    const autosave = createAutosave(store, FORM, 'd1', { delayMs: 800 });
    autosave.schedule(typed('立即'));
    expect(vi.getTimerCount()).toBe(1);
    expect(await autosave.flush()).toMatchObject({ ok: true, revision: 1 });
    expect(vi.getTimerCount()).toBe(0);
    expect(await autosave.flush()).toBeUndefined();
    expect((await store.load(FORM, 'd1'))?.revision).toBe(1);
  });

  test('dispose saves what was waiting and leaves nothing behind; later data is saved at once', async () => {
    const save = vi.spyOn(store, 'save');
    const autosave = createAutosave(store, FORM, 'd1', { delayMs: 800 });
    autosave.schedule(typed('最后一笔'));
    expect(await autosave.dispose()).toMatchObject({ ok: true, revision: 1 });
    expect(vi.getTimerCount()).toBe(0);
    autosave.schedule(typed('卸载之后'));
    expect(vi.getTimerCount()).toBe(0);
    expect(save).toHaveBeenCalledTimes(2);
    expect(await save.mock.results[1]?.value).toMatchObject({ ok: true, revision: 2 });
    expect((await store.load(FORM, 'd1'))?.data.systemName).toBe('卸载之后');
  });

  test('a failed save from the timer reaches onError and the data waits for the next flush', async () => {
    const onError = vi.fn();
    const autosave = createAutosave(store, FORM, 'd1', { delayMs: 100, onError });
    autosave.schedule('不是对象');
    await vi.advanceTimersByTimeAsync(100);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'invalid-data' }));
    await expect(autosave.flush()).rejects.toMatchObject({ code: 'invalid-data' });
  });
});

test('autosave in two tabs reports the conflict instead of overwriting', async () => {
  const [indexedDB, databaseName] = [new IDBFactory(), uniqueDatabase()];
  const a = await openDraftStore({ indexedDB, databaseName });
  const b = await openDraftStore({ indexedDB, databaseName });
  const onConflict = vi.fn();
  const inA = createAutosave(a, FORM, 'd1');
  const inB = createAutosave(b, FORM, 'd1', { onConflict });
  inA.schedule(typed('A'));
  await inA.flush();
  inB.schedule(typed('B'));
  expect(await inB.flush()).toMatchObject({ ok: false });
  expect(onConflict).toHaveBeenCalledWith({ revision: 1, savedAt: expect.any(String), writer: a.writer });
  expect((await b.load(FORM, 'd1'))?.data.systemName).toBe('A');
  // "Keep mine": the waiting data is still there to save once the user has chosen.
  expect(await inB.flush()).toMatchObject({ ok: true, revision: 2 });
  expect((await a.load(FORM, 'd1'))?.data.systemName).toBe('B');
  await Promise.all([inA.dispose(), inB.dispose()]);
  a.close();
  b.close();
});
