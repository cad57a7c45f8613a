// The reviewers' page (#/review) in chromium: 50 dossiers and three bad files picked at once;
// the table, its totals to the fen, sorting, one project read only, and the exports (the
// projects summary workbook read back with exceljs, a review opinion as .docx).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { checkDossier, formatFen, sampleDossier, summarizeBudget, yuanToFen } from '@govforms/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/real-clients.js';
import { LATE_PROJECT, PROJECT_WITH_ERRORS, reviewDossier, reviewDossierFiles } from '../testing/review-dossiers.js';
import { chromiumAvailable, screenshot, seriousA11yViolations, startPlayground, type Playground } from './support/browser.js';

const COUNT = 50;
const dir = tempDir('e2e-review');
const good = reviewDossierFiles(COUNT).map((f) => { const path = join(dir, f.name); writeFileSync(path, f.text); return path; });
const bad = { 'broken.json': '{\n  "application": {', 'empty.json': '', '项目申报表.json': JSON.stringify(sampleDossier().application) };
const badPaths = Object.entries(bad).map(([name, text]) => { const path = join(dir, name); writeFileSync(path, text); return path; });
const expectedTotalFen = Array.from({ length: COUNT }, (_, i) => yuanToFen(summarizeBudget(reviewDossier(i + 1).budget!).total)!).reduce((a, b) => a + b, 0);

async function openReview(pg: Playground, width = 1366, height = 900) {
  const context = await pg.browser.newContext({ viewport: { width, height }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${pg.url}#/review`);
  await page.getByRole('heading', { name: '项目审核', level: 1 }).waitFor();
  return { page, errors, close: () => context.close() };
}

async function loadAll(page: Page) {
  await page.getByLabel('选择材料文件（可多选）').setInputFiles([...good, ...badPaths]);
  await expect.poll(() => page.locator('[data-review-summary]').textContent()).toBe(`已读取 ${COUNT} 份，跳过 3 份`);
}

const rowTotals = (page: Page) => page.locator('tbody [data-total-fen]').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-total-fen'))));
const rowIndexes = (page: Page) => page.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-project'))));
const noPageOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe.skipIf(!chromiumAvailable)('the review page in chromium (50 dossiers and bad files)', () => {
  let pg: Playground;
  beforeAll(async () => { pg = await startPlayground(); });
  afterAll(async () => { await pg?.close(); });

  it('the forms link to it and it links back', async () => {
    const { page, close } = await openReview(pg);
    await page.getByRole('link', { name: '返回申报材料' }).click();
    await page.locator('.gf-step-title').waitFor();
    await page.getByRole('link', { name: '项目审核' }).click();
    await page.getByRole('heading', { name: '项目审核', level: 1 }).waitFor();
    expect(await page.getByText('文件只在本机浏览器中读取，不会上传').count()).toBe(1);
    await close();
  });

  it('lists 50 projects, names each skipped file with its reason, and totals the selection to the fen', async () => {
    const { page, errors, close } = await openReview(pg);
    await loadAll(page);
    expect(await page.locator('tbody tr').count()).toBe(COUNT);
    const skipped = await page.locator('[data-skipped]').allTextContents();
    expect(skipped).toEqual([
      expect.stringMatching(/^broken\.json：不是有效的 JSON（第 2 行第 \d+ 列附近有语法错误）$/),
      'empty.json：文件为空',
      expect.stringMatching(/^项目申报表\.json：不是一份材料：其中没有任何材料分项/),
    ]);
    const totals = page.locator('tfoot [data-total-fen]');
    expect(Number(await totals.getAttribute('data-total-fen'))).toBe(expectedTotalFen);
    expect(await totals.textContent()).toBe(formatFen(expectedTotalFen));
    expect(await page.locator('tfoot th').textContent()).toBe(`合计（${COUNT} 个项目）`);
    expect((await rowTotals(page)).reduce((a, b) => a + b, 0)).toBe(expectedTotalFen);
    // The late project says so in its row.
    expect(await page.locator(`tr[data-project="${LATE_PROJECT}"] .pg-review-overdue`).textContent()).toMatch(/^ 逾期 \d+ 天$/);
    expect(await noPageOverflow(page)).toBe(true);
    await screenshot(page, 'review-table');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('sorts by total both ways, by findings and by lateness, with aria-sort on the heading', async () => {
    const { page, close } = await openReview(pg);
    await loadAll(page);
    const heading = page.locator('th:has([data-sort="total"])');
    await page.locator('[data-sort="total"]').click();
    expect(await heading.getAttribute('aria-sort')).toBe('descending');
    const down = await rowTotals(page);
    expect(down).toEqual([...down].sort((a, b) => b - a));
    // From the keyboard: the heading's button takes Enter.
    await page.locator('[data-sort="total"]').focus();
    await page.keyboard.press('Enter');
    expect(await heading.getAttribute('aria-sort')).toBe('ascending');
    expect(await rowTotals(page)).toEqual([...down].reverse());
    await page.locator('[data-sort="findings"]').click();
    expect((await rowIndexes(page))[0]).toBe(PROJECT_WITH_ERRORS);
    await page.locator('[data-sort="lateness"]').click();
    expect((await rowIndexes(page))[0]).toBe(LATE_PROJECT);
    expect(await heading.getAttribute('aria-sort')).toBeNull();
    await close();
  });

  it('opens a project read only with its findings and timeline; Esc returns to the table; its review opinion downloads as .docx', async () => {
    const { page, errors, close } = await openReview(pg);
    await loadAll(page);
    const name = `信息化项目 ${String(PROJECT_WITH_ERRORS).padStart(3, '0')}`;
    await page.getByRole('button', { name: `查看 ${name}` }).click();
    await page.getByRole('heading', { name: `${PROJECT_WITH_ERRORS}. ${name}` }).waitFor();
    expect(page.url()).toMatch(new RegExp(`#/review/${PROJECT_WITH_ERRORS}$`));
    const error = checkDossier(reviewDossier(PROJECT_WITH_ERRORS)).find((f) => f.severity === 'error')!;
    expect(await page.locator('.gf-findings').textContent()).toContain(error.message);
    expect(await page.locator('.gf-timeline').textContent()).toContain('下一步');
    expect(await page.locator('input, textarea, select:not(.pg-locale select)').count()).toBe(0);
    await screenshot(page, 'review-project');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const [docx] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="review-opinion"]').click()]);
    expect(docx.suggestedFilename()).toBe(`审核意见-${name}.docx`);
    expect(readFileSync((await docx.path())!).subarray(0, 2).toString()).toBe('PK');

    await page.keyboard.press('Escape');
    await page.locator('tbody tr').first().waitFor();
    expect(await page.locator('tbody tr').count()).toBe(COUNT);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-open'))).toBe(String(PROJECT_WITH_ERRORS));
    // A click anywhere on a row opens it too; the browser's back returns.
    await page.locator(`tr[data-project="${LATE_PROJECT}"] td`).first().click();
    await page.getByRole('heading', { name: new RegExp(`^${LATE_PROJECT}\\. `) }).waitFor();
    expect(await page.locator('.gf-timeline-next--overdue').count()).toBe(1);
    await page.goBack();
    await page.locator('tbody tr').first().waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it('exports the projects summary workbook of the 50 projects (read back with exceljs)', async () => {
    const { page, close } = await openReview(pg);
    await loadAll(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="projects-xlsx"]').click()]);
    expect(download.suggestedFilename()).toBe('项目汇总表.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('项目汇总')!;
    const names: string[] = [];
    sheet.eachRow((row, n) => { if (n > 1 && typeof row.getCell(1).value === 'number') names.push(String(row.getCell(3).value)); });
    expect(names).toHaveLength(COUNT);
    expect(new Set(names).size).toBe(COUNT);
    const notes = JSON.stringify(book.getWorksheet('说明')!.getSheetValues());
    for (const file of Object.keys(bad)) expect(notes).toContain(file);
    await close();
  });

  it('reads a whole folder (with its subfolders) from the folder input, and files dropped on the page', async () => {
    const folder = join(dir, '2026年度材料');
    mkdirSync(join(folder, '补报'), { recursive: true });
    const [one, two, three] = reviewDossierFiles(3);
    writeFileSync(join(folder, one!.name), one!.text);
    writeFileSync(join(folder, two!.name), two!.text);
    writeFileSync(join(folder, '补报', three!.name), three!.text);
    writeFileSync(join(folder, '说明.txt'), '材料清单');
    const { page, errors, close } = await openReview(pg);
    await page.getByLabel('选择包含材料文件的文件夹').setInputFiles(folder);
    await expect.poll(() => page.locator('[data-review-summary]').textContent()).toBe('已读取 3 份，跳过 1 份');
    expect(await page.locator('[data-skipped]').allTextContents()).toEqual(['2026年度材料/说明.txt：不是 .json 文件，未读取']);

    // Dropped: one new dossier and a copy of one already read.
    const four = reviewDossierFiles(4)[3]!;
    await page.evaluate((files) => {
      const data = new DataTransfer();
      for (const { name, text } of files) data.items.add(new File([text], name, { type: 'application/json' }));
      const zone = document.querySelector('.pg-review-drop')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, [{ name: four.name, text: four.text }, { name: '副本.json', text: one!.text }]);
    await expect.poll(() => page.locator('[data-review-summary]').textContent()).toBe('已读取 4 份，跳过 2 份');
    expect(await page.locator('[data-skipped]').last().textContent()).toBe(`副本.json：与“2026年度材料/${one!.name}”内容相同，未重复计入`);
    expect(await page.locator('tbody tr').count()).toBe(4);
    // A visit to the forms and back keeps what was read (in this tab's memory only).
    await page.getByRole('link', { name: '返回申报材料' }).click();
    await page.locator('.gf-step-title').waitFor();
    await page.getByRole('link', { name: '项目审核' }).click();
    expect(await page.locator('tbody tr').count()).toBe(4);
    expect(errors).toEqual([]);
    await close();
  });

  it('at 375 px the table scrolls inside its box, never the page; English shows no Chinese but the data', async () => {
    const { page, close } = await openReview(pg, 375, 800);
    await loadAll(page);
    expect(await noPageOverflow(page)).toBe(true);
    const box = page.locator('.pg-review-scroll');
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    // Looked at, not published: the phone layouts (docs/finance.md shows the desktop ones).
    await page.locator('.pg-review-scroll').screenshot({ path: join(dir, 'review-table-375.png') });
    await page.getByLabel('语言').selectOption('en');
    await expect.poll(() => page.locator('[data-review-summary]').textContent()).toBe(`${COUNT} dossiers read, 3 skipped`);
    const chrome = await page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      // User data: the projects' own names and units, the files' names.
      clone.querySelectorAll('tbody td:nth-child(2), tbody td:nth-child(3), [data-skipped], select').forEach((el) => el.remove());
      return clone.innerText;
    });
    expect(chrome).not.toMatch(/\p{Script=Han}/u);
    expect(await page.locator('[data-skipped]').allTextContents()).toContain('empty.json: the file is empty');
    await page.screenshot({ path: join(dir, 'review-table-375-en.png'), fullPage: true });
    await close();
  });
});
