// The playground as an applicant meets it: every form from the first page, in every locale
// govforms has words for, the dossier in and out as JSON (bad files explained, nothing lost),
// Word files generated and previewed in the page, and every form free of serious accessibility
// problems.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableLocales, formTitle, listForms, sampleDossier } from '@govforms/core';
import { listDocumentTemplates } from '@govforms/docx';
import { chromiumAvailable, openForm, screenshot, seriousA11yViolations, startPlayground, type Playground } from './support/browser.js';

const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

describe.skipIf(!chromiumAvailable)('playground in chromium', () => {
  let pg: Playground;
  beforeAll(async () => { pg = await startPlayground(); });
  afterAll(async () => { await pg?.close(); });

  it('reaches every form from the first page, each prefilled from its sample', async () => {
    const { page, errors, close } = await openForm(pg, '');
    const nav = page.getByRole('navigation', { name: '申报材料' });
    for (const form of listForms()) {
      await nav.getByRole('link', { name: new RegExp(`^${form.title}`) }).click();
      await page.getByRole('heading', { level: 1, name: form.title }).waitFor();
      expect(await page.locator('.gf-step-title').count()).toBe(1);
      expect(await page.locator('.gf-step--issues').count()).toBe(0);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the project timeline beside the findings: the next step follows what is typed', async () => {
    const { page, errors, close } = await openForm(pg, 'completion');
    const timeline = page.getByRole('region', { name: '项目进度' });
    const next = timeline.locator('.gf-timeline-next');
    await expect.poll(() => next.textContent()).toBe('下一步：暂无待办事项'); // the sample project is up to date
    expect(await timeline.locator('[data-gf-stage="acceptance-report"]').textContent()).toMatch(/^已完成竣工验收报告报市数据局备案：已于 2024-12-30 完成（第三十一条）$/);
    await page.getByRole('navigation', { name: '填写步骤' }).getByRole('button', { name: /^试运行与验收/ }).click();
    await page.getByLabel(/验收报告备案日期/).fill('');
    await expect.poll(() => next.textContent()).toBe('下一步：竣工验收报告报市数据局备案，已逾期（截止 2025-01-09，第三十一条）');
    expect(await timeline.locator('[aria-current="step"] .gf-stage-status').textContent()).toBe('已逾期');
    await screenshot(timeline, 'timeline-1366');
    expect(errors).toEqual([]);
    await close();
  });

  it('a finding about another form opens that form at the field', async () => {
    const { page, close } = await openForm(pg, 'budget');
    await page.locator('[data-gf-rule="art19.technical-review"]').getByRole('button', { name: '转到“项目申报表”' }).click();
    await page.getByRole('heading', { level: 1, name: '项目申报表' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-gf-path'))).toBe('/totalInvestment');
    expect(await page.locator('.gf-step-title').textContent()).toBe('资金与投资');
    await close();
  });

  it('a broken JSON file or another form’s data is explained, and nothing typed is lost', async () => {
    const { page, close } = await openForm(pg, 'application');
    const name = page.getByLabel(/单位名称/);
    await name.fill('我刚输入的单位名称');
    const chooser = page.getByLabel('选择要导入的 JSON 文件');

    await chooser.setInputFiles(file('broken.json', '{ "application": { "projectName": "x", } }'));
    const alert = page.getByRole('alert').filter({ hasText: '不是有效的 JSON' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/当前填写的内容没有改动/);
    expect(await name.inputValue()).toBe('我刚输入的单位名称');

    await chooser.setInputFiles(file('budget.json', JSON.stringify(sampleDossier().budget)));
    const other = page.getByRole('alert').filter({ hasText: '这是“预算明细”的数据，不是“项目申报表”的' });
    await other.waitFor();
    expect(await name.inputValue()).toBe('我刚输入的单位名称');
    await screenshot(page, 'import-error', { x: 0, y: 160, width: 1280, height: 260 });

    await other.getByRole('button', { name: '改为导入到“预算明细”' }).click();
    await page.getByRole('heading', { level: 1, name: '预算明细' }).waitFor();
    await page.getByRole('link', { name: /^项目申报表/ }).click();
    await expect.poll(() => page.getByLabel(/单位名称/).inputValue()).toBe('我刚输入的单位名称');
    await close();
  });

  it('exports the dossier as JSON and imports it back; a reset can be undone', async () => {
    const { page, close } = await openForm(pg, 'application');
    await page.getByLabel(/单位名称/).fill('宿迁市数据局');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 JSON' }).click()]);
    expect(download.suggestedFilename()).toBe('申报材料.json');
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.application.applicant.name).toBe('宿迁市数据局');
    expect(Object.keys(exported).sort()).toEqual(Object.keys(sampleDossier()).sort());

    await page.getByRole('button', { name: '重置为样例' }).click();
    await page.getByRole('status').filter({ hasText: '已重置为样例材料' }).waitFor();
    await expect.poll(() => page.getByLabel(/单位名称/).inputValue()).toBe('宿迁市市场监督管理局');
    await page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => page.getByLabel(/单位名称/).inputValue()).toBe('宿迁市数据局');

    await page.getByRole('button', { name: '重置为样例' }).click();
    await page.getByLabel('选择要导入的 JSON 文件').setInputFiles(file('dossier.json', JSON.stringify(exported)));
    await page.getByRole('status').filter({ hasText: '已导入' }).waitFor();
    await expect.poll(() => page.getByLabel(/单位名称/).inputValue()).toBe('宿迁市数据局');
    await close();
  });

  it('the "已清空…撤销" notice stays while it is the news, and goes when the applicant types again or closes it', async () => {
    const { page, close } = await openForm(pg, 'application');
    await page.getByRole('button', { name: '清空本表' }).click();
    const cleared = page.getByRole('status').filter({ hasText: '已清空“项目申报表”' });
    await cleared.waitFor();
    await page.waitForTimeout(1000); // the form taking the empty data is no edit: the offer to undo stays
    expect(await cleared.getByRole('button', { name: '撤销' }).isVisible()).toBe(true);
    await page.getByLabel(/单位名称/).fill('宿迁市数据局');
    await expect.poll(() => cleared.count()).toBe(0);

    await page.getByRole('button', { name: '重置为样例' }).click();
    const reset = page.getByRole('status').filter({ hasText: '已重置为样例材料' });
    await reset.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => reset.count()).toBe(0);
    await close();
  });

  it('an empty form is "not checked yet": a cleared annual report shows no 第三十六条 errors, and filling it in brings them back', async () => {
    const { page, close } = await openForm(pg, 'annual-report');
    await page.getByRole('button', { name: '清空本表' }).click();
    const summary = page.locator('.gf-findings-summary');
    await expect.poll(() => summary.textContent()).toMatch(/^尚未检查/);
    expect(await page.locator('.gf-finding--error').count()).toBe(0);
    await page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => summary.textContent()).toMatch(/项错误/);
    await close();
  });

  it('loads the Word list when the export panel is reached and the Excel generator only when its button asks', async () => {
    // The budget form is long: the export panel starts well below the first screen.
    const { page, close } = await openForm(pg, 'budget');
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    await page.locator('.pg-exports').scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: '下载 项目申报表' }).waitFor();
    // The Word chunk, what it shares with the Excel one (provenance hashing) and with the form
    // designer (pizzip, the zip library docx is built on): nothing of Excel's own yet.
    await page.waitForLoadState('networkidle');
    const wordList = scripts.length;
    expect(wordList).toBeGreaterThan(0);
    expect(wordList).toBeLessThanOrEqual(3);
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 预算明细表（Excel）' }).click()]);
    expect(scripts.length).toBeGreaterThan(wordList);
    await close();
  });

  it('the language menu offers every locale by its own name; English names the page, the forms, the files and the documents', async () => {
    const { page, errors, close } = await openForm(pg, 'application');
    const menu = page.getByLabel('语言');
    const names = await menu.locator('option').allTextContents();
    expect(names).toHaveLength(availableLocales().length);
    expect(names).toEqual(expect.arrayContaining(['中文', 'English']));

    await menu.selectOption('en');
    const nav = page.getByRole('navigation', { name: 'Dossier' });
    await page.getByRole('heading', { level: 1, name: 'Project application form' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['en', 'Suqian municipal IT-project dossier · govforms playground']);
    for (const form of listForms()) expect(await nav.getByRole('link', { name: new RegExp(`^${formTitle(form, 'en')}`) }).count()).toBe(1);
    expect(await nav.getByRole('link').first().textContent()).toMatch(/complete$/);
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(json.suggestedFilename()).toBe('dossier.json');

    await page.locator('.pg-exports').scrollIntoViewIfNeeded();
    const documents = listDocumentTemplates('en');
    expect(documents.map((d) => d.title)).not.toEqual(listDocumentTemplates('zh-CN').map((d) => d.title));
    for (const { title } of documents) await page.getByRole('button', { name: `Download ${title}`, exact: true }).waitFor();
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Budget workbook (Excel)' }).click()]);
    expect(xlsx.suggestedFilename()).toBe('budget.xlsx');
    await page.getByRole('status').filter({ hasText: 'Generated and downloaded: budget.xlsx' }).waitFor();

    await page.getByLabel('Language').selectOption('zh-CN');
    await page.getByRole('heading', { level: 1, name: '项目申报表' }).waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it('a 100,000-character chapter is kept whole and counted', async () => {
    const { page, errors, close } = await openForm(pg, 'construction-plan');
    await page.getByRole('navigation', { name: '填写步骤' }).getByRole('button', { name: /^独立篇章/ }).click();
    const chapter = page.getByLabel(/数据共享需求分析/);
    await chapter.fill('数'.repeat(100_000));
    await page.getByText('已输入 100,000 字（上限 200,000 字）').waitFor();
    expect((await chapter.inputValue()).length).toBe(100_000);
    expect(errors).toEqual([]);
    await close();
  });

  it('generates a Word document in the page, downloads it and previews it', async () => {
    const { page, errors, close } = await openForm(pg, 'application');
    await page.locator('.pg-exports').scrollIntoViewIfNeeded();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 项目申报表' }).click()]);
    expect(download.suggestedFilename()).toBe('项目申报表.docx');
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    await page.getByRole('button', { name: '预览 项目申报表' }).click();
    const preview = page.locator('.pg-preview-body');
    await preview.getByText('宿迁市食品安全智慧监管平台建设项目').first().waitFor({ timeout: 20_000 });
    await page.locator('.pg-preview').scrollIntoViewIfNeeded();
    const box = (await page.locator('.pg-preview').boundingBox())!;
    await screenshot(page, 'word-preview', { x: box.x, y: box.y, width: box.width, height: Math.min(560, box.height) });
    expect(errors).toEqual([]);
    await close();
  });

  it('every form has no serious or critical accessibility violation', async () => {
    const { page, close } = await openForm(pg, 'application');
    const found: string[] = [];
    for (const form of listForms()) {
      await page.getByRole('navigation', { name: '申报材料' }).getByRole('link', { name: new RegExp(`^${form.title}`) }).click();
      await page.getByRole('heading', { level: 1, name: form.title }).waitFor();
      found.push(...(await seriousA11yViolations(page)).map((v) => `${form.id}: ${v}`));
    }
    expect(found).toEqual([]);
    await close();
  });
});
