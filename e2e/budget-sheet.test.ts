// The budget table as a spreadsheet, in chromium: 金额 = 数量 × 单价 as typed, a block pasted
// from Excel, arrows/Enter/Tab, a 20,000-row import that shows rows and stays responsive (a
// finding's "jump to field" reaches a row far below), cards on a 375 px phone, English labels.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, openForm, screenshot, startPlayground, type Playground } from './support/browser.js';

const cell = (page: Page, row: number, key: string) => page.locator(`[data-gf-path="/items/${row}/${key}"]`);
const focusedPath = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-gf-path'));
const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

function paste(page: Page, row: number, key: string, text: string) {
  return cell(page, row, key).evaluate((el, t) => {
    (el as HTMLElement).focus();
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

function budgetRows(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    category: ['development', 'implementation', 'maintenance', 'training', 'supervision', 'other'][i % 6],
    name: `费用明细 ${i + 1}`, year: 2024 + (i % 3), quantity: 2, unitPrice: 1234.56, amount: 2469.12,
  }));
}

describe.skipIf(!chromiumAvailable)('budget table as a spreadsheet in chromium', () => {
  let pg: Playground;
  beforeAll(async () => { pg = await startPlayground(); });
  afterAll(async () => { await pg?.close(); });

  it('typing 3 × 12,345.67 shows 金额 37,037.01 at once, and no art. 14 finding for the row', async () => {
    const { page, errors, close } = await openForm(pg, 'budget');
    const before = await page.locator('tbody .gf-budget-row').count();
    await page.getByRole('button', { name: /添加费用行/ }).click();
    await expect.poll(() => focusedPath(page)).toBe(`/items/${before}/name`);
    await page.keyboard.type('数据治理服务');
    await page.keyboard.press('Tab'); // 年度
    await page.keyboard.press('Tab'); // 数量
    expect(await focusedPath(page)).toBe(`/items/${before}/quantity`);
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await page.keyboard.type('12,345.67');
    await expect.poll(() => cell(page, before, 'amount').inputValue()).toBe('37,037.01');
    await expect.poll(() => page.locator('.gf-findings').textContent()).not.toContain('数据治理服务');
    expect(errors).toEqual([]);
    await close();
  });

  it('arrows, Enter and Tab move between cells', async () => {
    const { page, close } = await openForm(pg, 'budget');
    await cell(page, 0, 'amount').focus();
    await page.keyboard.press('ArrowDown');
    expect(await focusedPath(page)).toBe('/items/1/amount');
    await page.keyboard.press('Enter');
    expect(await focusedPath(page)).toBe('/items/2/amount');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedPath(page)).toBe('/items/2/unitPrice');
    await page.keyboard.press('ArrowUp');
    expect(await focusedPath(page)).toBe('/items/1/unitPrice');
    // Tab: a row's cells, then its buttons (↑ is disabled on the first row), then the next row.
    await cell(page, 0, 'note').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('下移第 1 行');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedPath(page)).toBe('/items/1/category');
    await close();
  });

  it('a block pasted from Excel becomes rows (header, 万元, labels); a bad cell is marked; Ctrl+Z takes it all back', async () => {
    const { page, errors, close } = await openForm(pg, 'budget');
    const rows = page.locator('tbody .gf-budget-row');
    const before = await rows.count();
    const firstName = await cell(page, 0, 'name').inputValue();
    const block = [
      '费用类别\t名称\t数量\t单价（元）\t金额（万元）\t备注',
      '开发\t"接口开发\n（含联调）"\t3\t12,345.67\t\t',
      'Training\t操作培训\t\t\t1.5\t两期',
      '差旅费\t差旅\t\t\t0.2\t',
    ].join('\r\n') + '\r\n';
    await paste(page, before - 1, 'category', block);
    await expect.poll(() => rows.count()).toBe(before + 2);
    expect(await cell(page, before - 1, 'name').inputValue()).toBe('接口开发\n（含联调）');
    expect(await cell(page, before - 1, 'amount').inputValue()).toBe('37,037.01');
    expect(await cell(page, before, 'category').inputValue()).toBe('training');
    expect(await cell(page, before, 'amount').inputValue()).toBe('15,000.00');
    const bad = cell(page, before + 1, 'category');
    expect(await bad.getAttribute('aria-invalid')).toBe('true');
    expect(await bad.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('差旅费');
    expect(await page.locator(`#${await bad.getAttribute('aria-describedby')}`).textContent()).toBe('不是可选的类别，请从列表中选择');
    expect(await page.locator('.gf-budget .gf-notice').textContent()).toContain('已粘贴 3 行。 其中 1 个单元格未能识别');
    await screenshot(page, 'budget-paste');

    await cell(page, 0, 'name').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => rows.count()).toBe(before);
    expect(await cell(page, 0, 'name').inputValue()).toBe(firstName);
    expect(await page.locator('.gf-budget [aria-invalid="true"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('a 20,000-row JSON import shows rows at once and stays responsive; a finding far below jumps to its row', async () => {
    const { page, errors, close } = await openForm(pg, 'budget');
    const items = budgetRows(20_000);
    items[15_000] = { ...items[15_000]!, amount: 1 }; // quantity × unit price says 2,469.12: an art. 14 finding
    await page.getByLabel('选择要导入的 JSON 文件').setInputFiles(file('budget.json', JSON.stringify({ items })));
    await expect.poll(() => page.locator('.gf-budget-table').getAttribute('aria-rowcount'), { timeout: 30_000 }).toBe('20001');
    const rendered = await page.locator('tbody .gf-budget-row').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(100);
    // Typing still reaches the total.
    await cell(page, 0, 'amount').fill('2469.13');
    await expect.poll(() => page.locator('[data-gf-budget-total]').textContent()).toContain('预算合计 49,379,931.89 元');
    // 第十四条: jump from the finding to row 15,001, scrolled into view and focused.
    const finding = page.locator('.gf-findings li').filter({ hasText: '第15001项' });
    await finding.getByRole('button').first().click();
    await expect.poll(() => focusedPath(page), { timeout: 15_000 }).toBe('/items/15000/amount');
    expect(await page.locator('[data-gf-row="15000"]').getAttribute('aria-rowindex')).toBe('15002');
    expect(errors).toEqual([]);
    await close();
  });

  it('a JSON file over the maximum of 100,000 rows is refused at once, naming the limit', async () => {
    const { page, close } = await openForm(pg, 'budget');
    const row = { category: 'other', name: 'x', amount: 1 };
    await page.getByLabel('选择要导入的 JSON 文件').setInputFiles(file('budget.json', JSON.stringify({ items: Array.from({ length: 100_001 }, () => row) })));
    const alert = page.getByRole('alert').filter({ hasText: '最多 100,000 行' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('文件中有 100,001 行，未导入');
    await close();
  });

  it('on a 375 px phone budget rows are cards and the page does not scroll sideways', async () => {
    const { page, close } = await openForm(pg, 'budget', { width: 375, height: 800 });
    const row = page.locator('tbody .gf-budget-row').first();
    expect(await row.evaluate((r) => getComputedStyle(r).display)).toBe('grid');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const box = await cell(page, 0, 'name').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    expect(await page.locator('.gf-budget-cell--amount').first().evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"金额（元）"');
    await page.locator('.gf-budget').scrollIntoViewIfNeeded();
    await screenshot(page, 'budget-phone');
    await close();
  });

  it('in English the category select shows "Development" whole, at 1366 px name and note wrap, headers stay in view', async () => {
    const { page, close } = await openForm(pg, 'budget', { width: 1366, height: 768 });
    await page.getByRole('combobox', { name: /语言|Language/ }).selectOption('en');
    const select = cell(page, 0, 'category');
    const fits = await select.evaluate((s) => {
      const el = s as HTMLSelectElement;
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(el).font;
      probe.style.position = 'absolute';
      probe.textContent = el.selectedOptions[0]!.textContent;
      document.body.append(probe);
      const text = probe.getBoundingClientRect().width;
      probe.remove();
      return { text, room: el.clientWidth - 28, label: el.selectedOptions[0]!.textContent };
    });
    expect(fits.text).toBeLessThanOrEqual(fits.room);
    const name = cell(page, 0, 'name');
    await name.fill('食品安全追溯子系统开发（含数据采集、追溯查询和监管分析三个模块，以及与省平台的接口对接）');
    expect(await name.evaluate((t) => t.scrollHeight <= t.clientHeight + 1 && t.scrollWidth <= t.clientWidth + 1)).toBe(true);
    expect(await name.evaluate((t) => t.clientHeight)).toBeGreaterThan(30); // wrapped onto more lines
    await screenshot(page, `budget-1366-${fits.label === 'Development' ? 'en' : 'zh'}`);
    await close();
  });
});
