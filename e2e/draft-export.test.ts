// Exports from an unfinished form (issue 15, item 6): one empty budget row no longer blocks the
// Excel file, and a Word document is made too; both are drafts that say so and list what is missing.
import { readFileSync } from 'node:fs';
import { sampleDossier } from '@govforms/core';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, openForm, startPlayground, type Playground } from './support/browser.js';

const unfinished = () => {
  const d = sampleDossier();
  (d.budget as { items: Record<string, unknown>[] }).items.push({ category: 'development', name: '', amount: 100 });
  return d;
};
const rows = (unfinished().budget as { items: unknown[] }).items.length;

describe.skipIf(!chromiumAvailable)('exports from an unfinished form', () => {
  let pg: Playground;
  beforeAll(async () => { pg = await startPlayground(); });
  afterAll(async () => { await pg?.close(); });

  it('the budget workbook and a Word document are downloaded as drafts listing the empty name', async () => {
    const { page, errors, close } = await openForm(pg, 'budget');
    await page.getByLabel('选择要导入的 JSON 文件').setInputFiles({ name: 'dossier.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(unfinished())) });
    await page.getByRole('status').filter({ hasText: '已导入' }).waitFor();

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 预算明细表（Excel）' }).click()]);
    await expect.poll(() => page.locator('.pg-status').textContent())
      .toBe('已生成并下载草稿：预算明细表.xlsx。材料尚有 1 处未填或有误，文件每页标有“草稿”，开头列出这些内容。');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await xlsx.path())!) as never);
    const notes = wb.getWorksheet('说明')!.getSheetValues().flat().filter((v) => typeof v === 'string');
    expect(notes).toContain(`1. 预算明细·费用明细第${rows}项·名称：不能为空`);
    expect(wb.getWorksheet('明细')!.headerFooter.oddHeader).toContain('草稿');

    await page.locator('.pg-exports').scrollIntoViewIfNeeded();
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 项目申报表' }).click()]);
    const xml = new PizZip(readFileSync((await docx.path())!)).file('word/document.xml')!.asText();
    expect(xml).toContain(`1. 预算明细·费用明细第${rows}项·名称：不能为空`);
    expect(new PizZip(readFileSync((await docx.path())!)).file('word/header-govforms-draft.xml')).not.toBeNull();
    expect(errors).toEqual([]);
    await close();
  });

  it('a complete dossier still gives final files, not drafts', async () => {
    const { page, close } = await openForm(pg, 'budget');
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 预算明细表（Excel）' }).click()]);
    await expect.poll(() => page.locator('.pg-status').textContent()).toBe('已生成并下载：预算明细表.xlsx');
    await close();
  });
});
