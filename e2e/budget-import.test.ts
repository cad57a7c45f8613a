// "从 Excel 导入预算" in a real browser: a workbook made by buildBudgetWorkbook and edited with
// Python's openpyxl (an amount changed, a row deleted, a row added) is read in the page; the
// dialog shows the changed rows and the totals before → after; cancel (or Esc, or a workbook it
// cannot read) leaves the form as it was, apply puts the new budget in the form.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFen, sampleDossier, sumBudgetFen } from '@govforms/core';
import { buildBudgetWorkbook } from '@govforms/xlsx';
import type { Page } from 'playwright-core';
import { hasPythonReaders, requireClient, runPython, tempDir } from '../testing/real-clients.js';
import { chromiumAvailable, openForm, screenshot, seriousA11yViolations, startPlayground, tabTo, type Playground } from './support/browser.js';
import { OPENPYXL_BUDGET_EDIT, budgetAfterEdit } from '../testing/budget-edit.js';

type Budget = { items: Record<string, unknown>[]; dataResources: Record<string, unknown>[] };
const openpyxl = requireClient('openpyxl', () => hasPythonReaders('openpyxl'), 'apt-get install python3-openpyxl');

const before = () => sampleDossier().budget as Budget;
const after = (): Budget => budgetAfterEdit(before());
const totalText = (b: Budget) => `预算合计 ${formatFen(sumBudgetFen(b).totalFen)} 元`;

const dir = tempDir('e2e-budget-import');
const files = { edited: join(dir, '预算明细表-修改.xlsx'), formulas: join(dir, '预算明细表-公式.xlsx'), text: join(dir, '备注.xlsx') };

/** Clicks the import button (beside the workbook's download) and picks `path` in the file chooser. */
async function importFile(page: Page, path: string, button = '从 Excel 导入预算'): Promise<void> {
  await page.locator('.pg-exports').scrollIntoViewIfNeeded();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()]);
  expect(chooser.isMultiple()).toBe(false);
  await chooser.setFiles(path);
}

const dialogOpen = (page: Page) => page.evaluate(() => Boolean(document.querySelector('dialog')?.open));
const focusInDialog = (page: Page) => page.evaluate(() => Boolean(document.activeElement?.closest('dialog[open]')));
const rowCount = (page: Page) => page.locator('tbody .gf-budget-row').count();

describe.skipIf(!chromiumAvailable || !openpyxl)('budget import from Excel in chromium (a workbook edited with openpyxl)', () => {
  let pg: Playground;
  beforeAll(async () => {
    const original = join(dir, '预算明细表.xlsx');
    writeFileSync(original, await buildBudgetWorkbook(sampleDossier()));
    runPython(OPENPYXL_BUDGET_EDIT, [original, files.edited, 'values']);
    runPython(OPENPYXL_BUDGET_EDIT, [original, files.formulas, 'formulas']);
    writeFileSync(files.text, '序号,名称,金额\n1,服务器,100\n');
    pg = await startPlayground();
  });
  afterAll(async () => { await pg?.close(); });

  it('shows the changed rows and the totals before → after; Esc and 取消 leave the form as it was', async () => {
    const { page, errors, close } = await openForm(pg, 'budget');
    const total = page.locator('[data-gf-budget-total]');
    expect(await total.textContent()).toContain(totalText(before()));
    const rows = await rowCount(page);

    await importFile(page, files.edited);
    const dialog = page.getByRole('dialog', { name: '从 Excel 导入预算' });
    await dialog.locator('[data-diff="summary"]').waitFor();
    expect(await dialog.locator('[data-diff="summary"]').textContent()).toBe('费用明细：新增 1 行，删除 1 行，修改 1 行');
    const changed = await dialog.locator('[data-diff="rows"] tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (td) => td).map((td) => (td as HTMLElement).innerText.trim())));
    expect(changed).toEqual([
      ['删除', '费用明细 原第 3 行', '移动执法功能开发（依托“宿心办”）', '516,000.00', ''],
      ['修改', '费用明细 第 2 行', '智慧监管驾驶舱开发', '800,000.25', '金额（元）：780,000.00 → 800,000.25'],
      ['新增', '费用明细 第 12 行', '驻场运维服务', '1,000.50', ''],
    ]);
    const totals = await dialog.locator('[data-diff="totals"] tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (td) => td).map((td) => (td as HTMLElement).innerText.trim())));
    const [b, a] = [sumBudgetFen(before()), sumBudgetFen(after())];
    expect(totals).toContainEqual(['开发费', formatFen(b.byCategoryFen.development), formatFen(a.byCategoryFen.development), '-495,999.75']);
    expect(totals).toContainEqual(['维护费', '168,000.00', '169,000.50', '+1,000.50']);
    expect(totals).toContainEqual(['培训费', '126,000.00', '126,000.00', '0.00']);
    expect(totals.at(-1)).toEqual(['预算总计', formatFen(b.totalFen), formatFen(a.totalFen), '-494,999.25']);
    await screenshot(page, 'budget-import-dialog');

    // Modal: the focus starts on 取消 (Enter never replaces the budget by accident) and stays in the dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('取消');
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInDialog(page)).toBe(true);
    }
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialogOpen(page)).toBe(false);
    expect(await total.textContent()).toContain(totalText(before()));
    expect(await rowCount(page)).toBe(rows);
    // Focus is back on the button that opened it.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('从 Excel 导入预算');

    await importFile(page, files.edited);
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => dialogOpen(page)).toBe(false);
    expect(await total.textContent()).toContain(totalText(before()));
    expect(await page.getByLabel('第 2 行 金额（元）', { exact: true }).inputValue()).toBe('780,000.00');
    expect(errors).toEqual([]);
    await close();
  });

  it('应用 puts the imported budget in the form: rows, amounts and total; 撤销 brings the old one back', async () => {
    const { page, errors, close } = await openForm(pg, 'budget');
    const total = page.locator('[data-gf-budget-total]');
    await importFile(page, files.edited);
    const dialog = page.getByRole('dialog', { name: '从 Excel 导入预算' });
    await dialog.getByRole('button', { name: '应用' }).click();
    await expect.poll(() => dialogOpen(page)).toBe(false);
    await expect.poll(() => total.textContent()).toContain(totalText(after()));
    expect(await rowCount(page)).toBe(after().items.length);
    expect(await page.getByLabel('第 2 行 金额（元）', { exact: true }).inputValue()).toBe('800,000.25');
    expect(await page.getByLabel('第 3 行 名称', { exact: true }).inputValue()).toBe(after().items[2]!.name);
    expect(await page.getByLabel('第 12 行 名称', { exact: true }).inputValue()).toBe('驻场运维服务');
    const stored = await page.evaluate(() => new Promise<unknown>((resolve) => setTimeout(() => resolve(JSON.parse(localStorage.getItem('govforms.playground.dossier.v1')!).budget), 500)));
    expect(stored).toEqual(after());

    await page.getByRole('status').filter({ hasText: '已从 预算明细表-修改.xlsx 导入预算。' }).getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => total.textContent()).toContain(totalText(before()));
    expect(errors).toEqual([]);
    await close();
  });

  it('a workbook it cannot read: the error names the sheet and cell in the dialog, and what was typed stays', async () => {
    const { page, errors, close } = await openForm(pg, 'budget');
    const total = page.locator('[data-gf-budget-total]');
    const typed = before();
    typed.items[0]!.note = '按50人月测算';
    await page.getByLabel('第 1 行 备注', { exact: true }).fill('按50人月测算');

    // openpyxl keeps the formulas but saves no results: the reader never computes them itself.
    await importFile(page, files.formulas);
    const dialog = page.getByRole('dialog', { name: '从 Excel 导入预算' });
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('无法导入 预算明细表-公式.xlsx：明细!G2：金额（元）是公式，但文件中没有保存计算结果。请在 Excel、WPS 或 LibreOffice 中打开并保存后再导入 当前填写的内容没有改动。');
    expect(await dialog.getByRole('button', { name: '应用' }).count()).toBe(0);
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => dialogOpen(page)).toBe(false);

    await importFile(page, files.text);
    await alert.waitFor();
    expect(await alert.textContent()).toContain('无法导入 备注.xlsx：文件不是有效的 Excel 工作簿（.xlsx）');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialogOpen(page)).toBe(false);

    expect(await page.getByLabel('第 1 行 备注', { exact: true }).inputValue()).toBe('按50人月测算');
    expect(await total.textContent()).toContain(totalText(typed));
    expect(await rowCount(page)).toBe(typed.items.length);
    expect(errors).toEqual([]);
    await close();
  });

  it('in English: the button, the dialog and the changes in English', async () => {
    const { page, errors, close } = await openForm(pg, 'budget');
    await page.getByLabel('语言').selectOption('en');
    await importFile(page, files.edited, 'Import budget from Excel');
    const dialog = page.getByRole('dialog', { name: 'Import budget from Excel' });
    await dialog.locator('[data-diff="summary"]').waitFor();
    expect(await dialog.locator('[data-diff="summary"]').textContent()).toBe('Line items: 1 row added, 1 row removed, 1 row changed');
    expect(await dialog.locator('[data-diff="rows"]').textContent()).toContain('Amount (yuan): 780,000.00 → 800,000.25');
    expect(await dialog.locator('[data-diff="totals"] tbody tr').last().textContent()).toBe('Budget total3,856,400.503,361,401.25-494,999.25');
    await tabTo(page, dialog.getByRole('button', { name: 'Cancel' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogOpen(page)).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });
});
