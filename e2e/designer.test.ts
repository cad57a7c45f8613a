// #/designer, through the UI alone: a new form built field by field with a condition the
// preview follows, the warning before removing a field the regulation reads, the design kept
// across a reload (IndexedDB), the export registered on a plain script-tag page, and axe.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, screenshot, seriousA11yViolations, startPlayground, type Playground } from './support/browser.js';
import { formReady, openPage, startEmbedSite, type EmbedSite } from './embed-fixtures/harness.js';

type Page = import('playwright-core').Page;

async function openDesigner(pg: Playground, width = 1366) {
  const context = await pg.browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${pg.url}#/designer`);
  await page.getByRole('heading', { name: '表单设计器' }).waitFor();
  return { page, errors, close: () => context.close() };
}

async function addField(page: Page, label: string, key: string, type: string) {
  const form = page.locator('.dz-add-field').first();
  await form.getByLabel('名称').fill(label);
  await form.getByLabel('字段名（英文）').fill(key);
  await form.getByLabel('类型').selectOption({ label: type });
  await form.getByRole('button', { name: '添加字段' }).click();
  await page.locator('.dz-field-name', { hasText: key }).waitFor();
}

describe.skipIf(!chromiumAvailable)('the form designer (#/designer)', () => {
  let pg: Playground;
  beforeAll(async () => { pg = await startPlayground(); });
  afterAll(async () => { await pg?.close(); });

  it('a new form with five fields, one shown only when another is 是: the preview shows and hides it; kept across a reload', async () => {
    const { page, errors, close } = await openDesigner(pg);
    const create = page.locator('fieldset', { hasText: '新建表单' });
    await create.getByLabel('编号（英文，如 it-survey）').fill('it-survey');
    await create.getByLabel('表单名称').fill('信息化调查表');
    await create.getByRole('button', { name: '新建' }).click();
    await expect.poll(() => page.locator('.dz-notice').first().textContent()).toContain('已新建表单“信息化调查表”');
    await addField(page, '单位名称', 'unitName', '单行文本');
    await addField(page, '预算金额（元）', 'budgetAmount', '金额（元）');
    await addField(page, '开始日期', 'startedOn', '日期');
    await addField(page, '是否使用政务云', 'usesCloud', '是/否');
    await addField(page, '政务云使用情况', 'cloudNotes', '多行文本/章节');
    await page.locator('.dz-field-name', { hasText: 'cloudNotes' }).click();
    await page.locator('.dz-condition').getByLabel('当字段').selectOption({ label: '是否使用政务云' });
    await page.locator('.dz-condition').getByLabel('为').selectOption({ label: '是' });
    const preview = page.getByTestId('designer-preview');
    const notes = preview.getByText('政务云使用情况', { exact: true });
    await preview.getByLabel('单位名称').waitFor();
    await expect.poll(() => notes.count()).toBe(0);
    const cloud = preview.getByRole('group', { name: '是否使用政务云' });
    await cloud.getByRole('radio', { name: '是' }).check();
    await expect.poll(() => notes.count()).toBe(1);
    await cloud.getByRole('radio', { name: '否' }).check();
    await expect.poll(() => notes.count()).toBe(0);
    await screenshot(page, 'designer-new-form');
    expect(errors).toEqual([]);
    await page.waitForTimeout(600);
    await page.reload();
    await expect.poll(() => page.locator('.dz-notice').first().textContent()).toContain('已恢复上次未完成的设计');
    expect(await page.locator('.dz-field-name').count()).toBe(5);
    await close();
  }, 120_000);

  it('removing 总投资 of the application form warns first, naming the articles and the Word tags; cancelling keeps it', async () => {
    const { page, close } = await openDesigner(pg);
    await page.getByLabel('表单', { exact: true }).selectOption('application');
    const row = page.locator('.dz-field', { hasText: 'totalInvestment' });
    await expect.poll(() => row.locator('.dz-badge').allTextContents()).toEqual(expect.arrayContaining(['第十九条', '第二十条', '第二十五条']));
    await row.locator('.dz-field-name').click();
    const dialogs: string[] = [];
    page.once('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.getByRole('button', { name: '删除字段' }).click();
    await expect.poll(() => dialogs.length).toBe(1);
    expect(dialogs[0]).toContain('删除字段“总投资（元）”后');
    expect(dialogs[0]).toContain('第十九条、第二十条、第二十四条、第二十五条');
    expect(dialogs[0]).toContain('application-form {#applicationFields}');
    expect(await row.count()).toBe(1);
    await close();
  }, 120_000);

  it('a foreign file imported: a zh-CN message, and the design in progress is kept', async () => {
    const { page, close } = await openDesigner(pg);
    await page.getByLabel('表单', { exact: true }).selectOption('milestones');
    const before = await page.locator('.dz-field-name').count();
    await page.getByLabel('导入表单文件…').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff]) });
    await expect.poll(() => page.locator('.dz-notice').first().textContent()).toContain('文件“photo.png”不是表单文件');
    expect(await page.locator('.dz-field-name').count()).toBe(before);
    await close();
  }, 120_000);

  it('axe finds no serious or critical violation', async () => {
    const { page, close } = await openDesigner(pg);
    await page.getByTestId('designer-preview').locator('.gf-step-title').first().waitFor();
    await page.locator('.dz-field-name').first().click();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'designer-annual-report');
    await close();
  }, 120_000);

  it('the JSON for registerForm, downloaded from the designer, is registered on a plain script-tag page and filled in', async () => {
    const { page, close } = await openDesigner(pg);
    const create = page.locator('fieldset', { hasText: '新建表单' });
    await create.getByLabel('编号（英文，如 it-survey）').fill('portal-survey');
    await create.getByLabel('表单名称').fill('门户调查表');
    await create.getByRole('button', { name: '新建' }).click();
    await addField(page, '单位名称', 'unitName', '单行文本');
    await addField(page, '是否使用政务云', 'usesCloud', '是/否');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载登记用 JSON' }).click()]);
    expect(download.suggestedFilename()).toBe('portal-survey-1.0.0.json');
    const definition = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    await close();

    const site: EmbedSite = await startEmbedSite();
    try {
      const portal = await openPage(site, 'register.html');
      await portal.page.waitForFunction(() => typeof (window as any).GovForms?.registerForm === 'function'); // eslint-disable-line @typescript-eslint/no-explicit-any
      await portal.page.evaluate(async (d) => {
        const w = window as any; // eslint-disable-line @typescript-eslint/no-explicit-any
        await w.GovForms.registerForm(d);
        w.form = w.GovForms.mount(document.getElementById('app'), { form: 'portal-survey', drafts: false });
      }, definition);
      await formReady(portal.page);
      await portal.page.locator('#app').getByLabel('单位名称').fill('宿迁市数据局');
      await portal.page.locator('#app').getByRole('radio', { name: '是' }).check();
      await expect.poll(() => portal.page.evaluate(() => (window as any).form.getData())).toEqual({ unitName: '宿迁市数据局', usesCloud: true }); // eslint-disable-line @typescript-eslint/no-explicit-any
      expect(portal.problems).toEqual([]);
    } finally {
      await site.close();
    }
  }, 180_000);

  it('a field of annual-report renamed: a draft saved under 2.0.0 opens in the preview migrated to 3.0.0', async () => {
    const { page, close } = await openDesigner(pg);
    await page.getByLabel('表单', { exact: true }).selectOption('annual-report');
    await page.locator('.dz-field-name', { hasText: 'systemName' }).click();
    await page.locator('.dz-panel').getByLabel('字段名').fill('systemTitle');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '改名' }).click();
    await page.locator('.dz-field-name', { hasText: 'systemTitle' }).waitFor();
    await expect.poll(() => page.locator('.dz-version').textContent()).toContain('下载时发布为 3.0.0');
    const draft = { formId: 'annual-report', formVersion: '2.0.0', savedAt: '2026-11-28T10:00:00Z', data: { projectName: '宿迁市政务服务平台', systemName: '一网通办' } };
    await page.getByLabel('打开按旧版本保存的草稿（检查迁移）…').setInputFiles({ name: 'draft.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(draft)) });
    await expect.poll(() => page.locator('.dz-notice').first().textContent()).toContain('草稿（2.0.0 版）已按 3.0.0 版打开');
    const preview = page.getByTestId('designer-preview');
    await expect.poll(() => preview.getByLabel('系统名称').inputValue()).toBe('一网通办');
    await close();
  }, 120_000);
});
