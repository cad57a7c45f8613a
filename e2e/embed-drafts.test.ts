// Drafts an applicant never loses, in a real browser: saved to IndexedDB while typing and
// restored after a reload or a renderer crash; two tabs that never silently overwrite each
// other; a draft of annual-report 1.0.0 opening under 2.0.0; drafts as files; and storage that
// is full, unavailable or damaged, with the form still working and nothing deleted.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getForm } from '@govforms/core';
import { chromiumAvailable, draftStatus, formData, formReady, openPage, seedDraft, startEmbedSite, storedDrafts, type EmbedSite } from './embed-fixtures/harness.js';

type Win = Window & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const annualReport100 = JSON.parse(readFileSync(new URL('../packages/core/src/drafts/fixtures/annual-report-1.0.0.json', import.meta.url), 'utf8'));
const NAME = '[data-gf-path="/applicant/name"]';

/** Waits until the toolbar says the draft reached IndexedDB. */
const saved = (page: Page) => expect.poll(() => draftStatus(page)).toBe('saved');
const notice = (page: Page, id: string) => page.locator(`[data-gfe-notice="${id}"] .gfe-notice-text`);

describe.skipIf(!chromiumAvailable)('embed: drafts', () => {
  let site: EmbedSite;
  beforeAll(async () => { site = await startEmbedSite(); });
  afterAll(async () => { await site?.close(); });

  it('typing is saved as a draft and restored after a reload', async () => {
    const { page, context, consoleErrors } = await openPage(site, 'mount.html?form=application&draft=p-17');
    await formReady(page);
    await page.locator(NAME).fill('宿迁市数据局');
    await saved(page);
    expect(await page.locator('[data-gf-draft-status]').textContent()).toMatch(/^草稿已自动保存（\d+月\d+日 \d\d:\d\d:\d\d）$/);
    await page.reload();
    await formReady(page);
    expect(await page.locator(NAME).inputValue()).toBe('宿迁市数据局');
    expect(await notice(page, 'restored').textContent()).toMatch(/^已恢复 \d+月\d+日 .+ 自动保存的草稿。/);
    const [stored] = await storedDrafts(page);
    expect(stored).toMatchObject({ key: ['application', 'p-17'], value: { formVersion: getForm('application').version, data: { applicant: { name: '宿迁市数据局' } } } });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('a draft wins over the data the page gives, with a button to use the page’s data instead', async () => {
    const fromServer = { applicant: { name: '后端保存的单位' } };
    const { page, context } = await openPage(site, 'mount.html?manual=1&form=application&draft=server-17');
    await page.evaluate((data) => (window as Win).start({ data }), fromServer);
    await formReady(page);
    expect(await page.locator(NAME).inputValue()).toBe('后端保存的单位');
    await page.locator(NAME).fill('本机草稿中的单位');
    await saved(page);

    await page.reload();
    await page.evaluate((data) => (window as Win).start({ data }), fromServer);
    await formReady(page);
    expect(await page.locator(NAME).inputValue()).toBe('本机草稿中的单位');
    await page.locator('[data-gfe-notice="restored"]').getByRole('button', { name: '改用页面提供的数据' }).click();
    expect(await page.locator(NAME).inputValue()).toBe('后端保存的单位');
    await saved(page);
    expect((await storedDrafts(page))[0]!.value.data).toEqual(fromServer);
    await context.close();
  });

  it('a renderer crash mid-typing keeps everything saved before it (no unload handler runs)', async () => {
    const { page, context } = await openPage(site, 'mount.html?form=application&draft=crash');
    await formReady(page);
    await page.locator(NAME).fill('宿迁市');
    await saved(page);
    await page.locator(NAME).pressSequentially('数据局');
    const crashed = new Promise((resolve) => page.once('crash', resolve));
    const cdp = await context.newCDPSession(page);
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    const again = await context.newPage();
    await again.goto(new URL('mount.html?form=application&draft=crash', site.url).href);
    await formReady(again);
    expect(await again.locator(NAME).inputValue()).toMatch(/^宿迁市/);
    await context.close();
  });

  it('two tabs on one draft: a notice and a reload, never a silent overwrite', async () => {
    const first = await openPage(site, 'mount.html?form=application&draft=shared');
    const second = await openPage(site, 'mount.html?form=application&draft=shared', { context: first.context });
    const [a, b] = [first.page, second.page];
    await formReady(a);
    await formReady(b);

    await a.locator(NAME).fill('一号窗口的单位');
    await saved(a);
    await expect.poll(() => notice(b, 'other-tab').textContent()).toMatch(/^此草稿已在另一个窗口或标签页中保存（.+）。可以载入最新内容/);
    await b.getByRole('button', { name: '载入最新内容' }).click();
    await expect.poll(() => b.locator(NAME).inputValue()).toBe('一号窗口的单位');
    expect(await notice(b, 'other-tab').count()).toBe(0);

    // The first tab saves again; the second, not having reloaded, types: its save is refused.
    await a.locator(NAME).fill('一号窗口改过的单位');
    await saved(a);
    await expect.poll(() => notice(b, 'other-tab').count()).toBe(1);
    await b.locator(NAME).fill('二号窗口的单位');
    await expect.poll(() => notice(b, 'other-tab').textContent()).toContain('为避免互相覆盖，本页的修改暂未保存');
    expect(await draftStatus(b)).toBe('on-hold');
    expect((await storedDrafts(b))[0]!.value.data).toEqual({ applicant: { name: '一号窗口改过的单位' } });

    // The person in the second tab chooses theirs: saved, and the first tab hears of it.
    await b.getByRole('button', { name: '保留本页内容' }).click();
    await saved(b);
    expect((await storedDrafts(b))[0]!.value.data).toEqual({ applicant: { name: '二号窗口的单位' } });
    await expect.poll(() => notice(a, 'other-tab').count()).toBe(1);
    await a.getByRole('button', { name: '载入最新内容' }).click();
    await expect.poll(() => a.locator(NAME).inputValue()).toBe('二号窗口的单位');
    await first.context.close();
  });

  it('a draft saved under annual-report 1.0.0 opens under 2.0.0: the O&M provider text moves into the name', async () => {
    const { page, context, consoleErrors } = await openPage(site, 'mount.html?manual=1');
    await seedDraft(page, ['annual-report', 'ar-2025'], {
      formId: 'annual-report', draftId: 'ar-2025', formVersion: '1.0.0', data: annualReport100,
      savedAt: '2026-01-20T08:30:00.000Z', revision: 3, writer: 'sdk-0.0.9',
    });
    await page.goto(new URL('mount.html?form=annual-report&draft=ar-2025', site.url).href);
    await formReady(page);
    expect(await page.locator('[data-gf-path="/omProvider/name"]').inputValue()).toBe('江苏宿数信息技术有限公司');
    expect(await notice(page, 'migrated').textContent()).toBe('该草稿保存于表单的 1.0.0 版，已自动升级到当前的 2.0.0 版：');
    expect(await page.locator('[data-gfe-notice="migrated"] li').allTextContents())
      .toEqual(['“运维服务单位”由一行文本改为“单位名称”和“统一社会信用代码”两项：原填写的内容已移入“单位名称”，统一社会信用代码为选填。']);
    expect(await formData(page)).toMatchObject({ omProvider: { name: '江苏宿数信息技术有限公司' }, projectName: annualReport100.projectName });
    // Stored as it was until the person changes something; then as 2.0.0.
    expect((await storedDrafts(page))[0]!.value.formVersion).toBe('1.0.0');
    await page.locator('[data-gf-path="/omProvider/creditCode"]').fill('91321300MA1X2Y3Z4Q');
    await saved(page);
    expect((await storedDrafts(page))[0]!.value).toMatchObject({
      formVersion: '2.0.0', revision: 4, data: { omProvider: { name: '江苏宿数信息技术有限公司', creditCode: '91321300MA1X2Y3Z4Q' } },
    });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('export and import a draft as a JSON file, older versions migrated, bad files explained', async () => {
    const { page, context } = await openPage(site, 'mount.html?form=application&draft=file');
    await formReady(page);
    await page.locator(NAME).fill('宿迁市数据局');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出草稿' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^项目申报表-草稿-\d{8}-\d{4}\.json$/);
    const content = JSON.parse(readFileSync(await file.path(), 'utf8'));
    expect(content).toMatchObject({ govforms: 'draft', formId: 'application', formVersion: getForm('application').version, data: { applicant: { name: '宿迁市数据局' } } });
    await context.close();

    const other = await openPage(site, 'mount.html?form=application&draft=file');
    await formReady(other.page);
    const input = other.page.locator('input[type=file]');
    await input.setInputFiles({ name: 'draft.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) });
    await expect.poll(() => other.page.locator(NAME).inputValue()).toBe('宿迁市数据局');
    await saved(other.page);
    expect((await storedDrafts(other.page))[0]!.value.data).toEqual(content.data);

    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"govforms": "draft", ') });
    await expect.poll(() => notice(other.page, 'error:import').textContent()).toBe('草稿导入失败：文件内容不是有效的 JSON，可能已损坏或不完整。');
    expect(await other.page.locator(NAME).inputValue()).toBe('宿迁市数据局');
    await other.context.close();

    const annual = await openPage(site, 'mount.html?form=annual-report&draft=import-old');
    await formReady(annual.page);
    const old = { govforms: 'draft', formId: 'annual-report', formVersion: '1.0.0', savedAt: '2026-01-20T08:30:00.000Z', data: annualReport100 };
    await annual.page.evaluate((text) => (window as Win).form.importDraft(text), JSON.stringify(old));
    expect(await annual.page.locator('[data-gf-path="/omProvider/name"]').inputValue()).toBe('江苏宿数信息技术有限公司');
    const refused = await annual.page.evaluate((text) => (window as Win).form.importDraft(text).then(() => 'imported', (e: Error) => e.message),
      JSON.stringify({ ...content }));
    expect(refused).toBe('该草稿属于表单“项目申报表”，不能导入到“年度运维服务情况报表”。');
    await annual.context.close();
  });

  it('private mode (no IndexedDB): a visible warning, and the form keeps working in memory', async () => {
    const { page, context, problems } = await openPage(site, 'mount.html?form=application&draft=private', {
      init: () => Object.defineProperty(window, 'indexedDB', { get() { throw new DOMException('The user denied permission', 'SecurityError'); } }),
    });
    await formReady(page);
    expect(await notice(page, 'storage').textContent()).toContain('浏览器存储不可用（可能处于无痕或隐私浏览模式）');
    await page.locator(NAME).fill('宿迁市数据局');
    await expect.poll(() => page.locator('[data-gf-draft-status]').textContent()).toBe('草稿仅保存在当前页面，请及时导出');
    expect(await formData(page)).toEqual({ applicant: { name: '宿迁市数据局' } });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('storage full: the warning appears on the failed save, the typed data stays', async () => {
    const { page, context } = await openPage(site, 'mount.html?form=application&draft=full', {
      init: () => {
        IDBObjectStore.prototype.put = function put() { throw new DOMException('Quota exceeded', 'QuotaExceededError'); };
      },
    });
    await formReady(page);
    expect(await notice(page, 'storage').count()).toBe(0);
    await page.locator(NAME).fill('宿迁市数据局');
    await expect.poll(() => notice(page, 'storage').textContent()).toContain('浏览器存储空间已满');
    expect(await formData(page)).toEqual({ applicant: { name: '宿迁市数据局' } });
    const exported = JSON.parse(await page.evaluate(() => (window as Win).form.exportDraft()));
    expect(exported.data).toEqual({ applicant: { name: '宿迁市数据局' } });
    await context.close();
  });

  it('a corrupted stored draft: a zh-CN error, the page keeps working, nothing deleted or overwritten until the person says so', async () => {
    const { page, context, consoleErrors, problems } = await openPage(site, 'mount.html?manual=1');
    const damaged = { formId: 'application', draftId: 'damaged', formVersion: '1.0.0', data: '半截数据', savedAt: 'yesterday', revision: 2, writer: 'x' };
    await seedDraft(page, ['application', 'damaged'], damaged);
    await page.goto(new URL('mount.html?form=application&draft=damaged', site.url).href);
    await formReady(page);
    const error = await notice(page, 'error:draft-unreadable').textContent();
    expect(error).toMatch(/^草稿已损坏，无法打开（表单“项目申报表”，草稿“damaged”）：字段“data”缺失或格式错误。草稿未被删除/);
    expect(consoleErrors.some((e) => e.includes('草稿已损坏'))).toBe(true);
    expect(await notice(page, 'stored-draft').textContent()).toContain('原草稿仍保留在浏览器中');

    await page.locator(NAME).fill('重新填写的单位');
    await expect.poll(() => draftStatus(page)).toBe('on-hold');
    expect((await storedDrafts(page))[0]!.value).toEqual(damaged);
    await page.locator('#portal-button').click();
    expect(await page.locator('#portal-button').textContent()).toBe('门户按钮已点击');

    await page.getByRole('button', { name: '用本页内容替换原草稿' }).click();
    await saved(page);
    expect((await storedDrafts(page))[0]!.value).toMatchObject({ formVersion: getForm('application').version, data: { applicant: { name: '重新填写的单位' } } });
    expect(problems).toEqual([]);
    await context.close();
  });
});
