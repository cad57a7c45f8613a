// The budget table in a real browser: an edited row changes the total on screen, rows are
// added and removed with the keyboard, and the Excel file generated in the page reads back
// to the same budget, exact to the fen.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFen, getForm, summarizeBudget, sumBudgetFen } from '@govforms/core';
import { readBudgetWorkbook } from '@govforms/xlsx';
import { chromiumAvailable, openForm, screenshot, seriousA11yViolations, startPlayground, tabTo, type Playground } from './support/browser.js';

type Budget = { items: Record<string, unknown>[]; dataResources?: Record<string, unknown>[] };
const sampleBudget = () => structuredClone(getForm('budget').sample) as Budget;
const totalText = (b: Budget) => `预算合计 ${formatFen(sumBudgetFen(b).totalFen)} 元`;

describe.skipIf(!chromiumAvailable)('budget table in chromium', () => {
  let pg: Playground;
  beforeAll(async () => { pg = await startPlayground(); });
  afterAll(async () => { await pg?.close(); });

  it('an edited amount changes the total on screen; the downloaded workbook reads back to the same budget', async () => {
    const { page, errors, close } = await openForm(pg, 'budget');
    const total = page.locator('[data-gf-budget-total]');
    const expected = sampleBudget();
    expect(await total.textContent()).toContain(totalText(expected));
    await screenshot(page, 'budget-table', { x: 0, y: 170, width: 1280, height: 640 });

    await tabTo(page, page.getByLabel('第 2 行 金额（元）', { exact: true }), 80);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('800,000.25');
    expected.items[1]!.amount = 800000.25;
    await expect.poll(() => total.textContent()).toContain(totalText(expected));
    expect(await page.locator('[data-gf-category-total="development"]').textContent())
      .toBe(formatFen(sumBudgetFen(expected).byCategoryFen.development));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 预算明细表（Excel）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('预算明细表.xlsx');
    const bytes = new Uint8Array(readFileSync((await download.path())!));
    const back = await readBudgetWorkbook(bytes);
    expect(summarizeBudget(back)).toEqual(summarizeBudget(expected));
    expect(back.items.map((i) => [i.category, i.name, i.amount])).toEqual(expected.items.map((i) => [i.category, i.name, i.amount]));
    expect(await page.getByRole('status').filter({ hasText: '已生成并下载' }).textContent()).toContain('预算明细表.xlsx');
    expect(errors).toEqual([]);
    await close();
  });

  it('adds a row and removes one with the keyboard, with an undo', async () => {
    const { page, close } = await openForm(pg, 'budget');
    const rows = page.locator('tbody .gf-budget-row');
    const before = await rows.count();
    await tabTo(page, page.getByRole('button', { name: /添加费用行/ }), 200);
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(before + 1);
    await page.keyboard.type('驻场运维服务');
    await tabTo(page, page.getByLabel(`第 ${before + 1} 行 金额（元）`, { exact: true }));
    await page.keyboard.type('1000');
    const expected = sampleBudget();
    expected.items.push({ category: 'other', name: '驻场运维服务', year: 2024, amount: 1000 });
    await expect.poll(() => page.locator('[data-gf-budget-total]').textContent()).toContain(totalText(expected));

    await tabTo(page, page.getByRole('button', { name: '删除第 1 行' }), 200, true);
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(before);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('撤销删除');
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(before + 1);
    expect(await page.getByLabel('第 1 行 名称', { exact: true }).inputValue()).toBe(expected.items[0]!.name);
    await close();
  });

  it('has no serious or critical accessibility violation (table and data resources)', async () => {
    const { page, close } = await openForm(pg, 'budget');
    const found = [...await seriousA11yViolations(page)];
    await page.getByRole('navigation', { name: '填写步骤' }).getByRole('button', { name: /^数据资源/ }).click();
    found.push(...await seriousA11yViolations(page));
    expect(found).toEqual([]);
    await close();
  });
});
