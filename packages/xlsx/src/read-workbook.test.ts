import { GovformsError } from '@govforms/core';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { sample, withItems } from '../test-support/budgets.js';
import { loadWithExcelJS, saveWithExcelJS } from '../test-support/exceljs.js';
import { makeZip, zipEntries } from '../test-support/zip.js';
import { buildBudgetWorkbook, readBudgetWorkbook, WorkbookReadError } from './index.js';

const dossier = sample();
let original: Uint8Array;
beforeAll(async () => {
  original = await buildBudgetWorkbook(dossier);
});

/** Our workbook after `edit` on its 明细 sheet, saved by exceljs (which keeps cached results it read). */
async function edited(edit: (items: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = await loadWithExcelJS(original);
  edit(wb.getWorksheet('明细') as ExcelJS.Worksheet, wb);
  return saveWithExcelJS(wb);
}

async function readError(bytes: unknown): Promise<WorkbookReadError> {
  const e = await readBudgetWorkbook(bytes as Uint8Array).then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(GovformsError);
  expect(e).toBeInstanceOf(WorkbookReadError);
  return e as WorkbookReadError;
}

test('reads our own workbook back to the same budget', async () => {
  expect(await readBudgetWorkbook(original)).toEqual(dossier.budget);
});

describe('after a finance officer edits the workbook', () => {
  test('an added row, a changed amount and a deleted row are all read', async () => {
    const bytes = await edited((s) => {
      s.getCell('G3').value = 790000.5; // 智慧监管驾驶舱开发
      s.spliceRows(4, 1); // deletes 移动执法功能开发
      s.addRow([99, '监理费', '补充监理服务', 2025, null, null, 12000.3, '财政局补充']);
    });
    const expected = structuredClone(dossier.budget);
    expected.items[1] = { ...expected.items[1]!, amount: 790000.5 };
    expected.items.splice(2, 1);
    expected.items.push({ category: 'supervision', name: '补充监理服务', year: 2025, amount: 12000.3, note: '财政局补充' });
    expect(await readBudgetWorkbook(bytes)).toEqual(expected);
  });
  test('category cells may hold the id instead of the label', async () => {
    const bytes = await edited((s) => { s.getCell('B2').value = 'training'; });
    expect((await readBudgetWorkbook(bytes)).items[0]?.category).toBe('training');
  });
  test('empty rows (only 序号 left) are skipped; numbers stored as text are read', async () => {
    const bytes = await edited((s) => {
      s.addRow([20]);
      s.addRow([21, '其他费用', '以文本存储的数字', ' 2026 ', '2', '10.5', '21.00']);
    });
    const items = (await readBudgetWorkbook(bytes)).items;
    expect(items).toHaveLength(13);
    expect(items[12]).toEqual({ category: 'other', name: '以文本存储的数字', year: 2026, quantity: 2, unitPrice: 10.5, amount: 21 });
  });
  test('binary noise from spreadsheet arithmetic is read as Excel shows it (15 digits)', async () => {
    const bytes = await edited((s) => { s.getCell('G3').value = { formula: '0.1+0.2', result: 0.30000000000000004 }; });
    expect((await readBudgetWorkbook(bytes)).items[1]?.amount).toBe(0.3);
  });
  test('a formula whose cached result is 0 reads as 0 (exceljs drops it from cell.value)', async () => {
    const bytes = await edited((s) => { s.getCell('G3').value = { formula: '0*1', result: 0 }; });
    expect((await readBudgetWorkbook(bytes)).items[1]?.amount).toBe(0);
  });
  test('a title row inserted above and columns moved around still read by header', async () => {
    const bytes = await edited((s) => {
      s.spliceRows(1, 0, ['某局预算（财政局审核稿）']);
      s.spliceColumns(8, 1); // 备注 removed
      s.spliceColumns(1, 0, ['审核意见']);
    });
    const items = (await readBudgetWorkbook(bytes)).items;
    expect(items.map((i) => i.amount)).toEqual(dossier.budget.items.map((i) => i.amount));
    expect(items.every((i) => i.note === undefined)).toBe(true);
  });
});

describe('workbooks of earlier versions', () => {
  // The headers the previous version wrote, copied by hand from the schema before the workbook
  // took them from it. Should a schema title change, this test asks for the old word to be kept.
  const PREVIOUS_ITEM_HEADERS = ['序号', '费用类别', '名称', '年度', '数量', '单价（元）', '金额（元）', '备注'];
  const PREVIOUS_RESOURCE_HEADERS = ['序号', '数据资源名称', '提供方', '说明', '成本费用（元）'];
  test('a workbook with the headers the previous version wrote reads back', async () => {
    const bytes = await edited((s, wb) => {
      s.getRow(1).values = PREVIOUS_ITEM_HEADERS;
      (wb.getWorksheet('数据资源') as ExcelJS.Worksheet).getRow(1).values = PREVIOUS_RESOURCE_HEADERS;
    });
    expect(await readBudgetWorkbook(bytes)).toEqual(dossier.budget);
  });
  test('a header without its unit or with ASCII brackets names the same column', async () => {
    const bytes = await edited((s) => {
      s.getCell('F1').value = '单价';
      s.getCell('G1').value = '金额 (元)';
    });
    expect(await readBudgetWorkbook(bytes)).toEqual(dossier.budget);
  });
});

describe('errors name the sheet and cell in zh-CN', () => {
  test('text in an amount cell', async () => {
    const e = await readError(await edited((s) => { s.getCell('G5').value = '十万'; }));
    expect(e.message).toBe('明细!G5：金额（元）不是数字（内容为“十万”）');
    expect([e.sheet, e.cell, e.path]).toEqual(['明细', 'G5', '/items/3/amount']);
  });
  test('a formula without a cached result asks to open and save the file', async () => {
    const e = await readError(await edited((s) => { s.getCell('G2').value = { formula: 'ROUND(E2*F2,2)' } as ExcelJS.CellFormulaValue; }));
    expect(e.message).toBe('明细!G2：金额（元）是公式，但文件中没有保存计算结果。请在 Excel、WPS 或 LibreOffice 中打开并保存后再导入');
  });
  test('a formula whose result is an error value', async () => {
    const e = await readError(await edited((s) => { s.getCell('G3').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue; }));
    expect(e.message).toBe('明细!G3：金额（元）的公式结果为错误值 #DIV/0!');
  });
  test('an amount with three decimals or below zero', async () => {
    expect((await readError(await edited((s) => { s.getCell('G3').value = 1.234; }))).message).toBe('明细!G3：金额（元）应为不超过两位小数、不超过 1 万亿元的非负数（收到 1.234）');
    expect((await readError(await edited((s) => { s.getCell('G3').value = -5; }))).message).toContain('明细!G3：金额（元）应为');
    expect((await readError(await edited((s) => { s.getCell('F2').value = 0.001; }))).message).toContain('明细!F2：单价（元）应为');
    expect((await readError(await edited((s) => { s.getCell('E2').value = -1; }))).message).toBe('明细!E2：数量应为最多两位小数的正数（收到 -1）');
  });
  test('an unknown category, a missing name, a bad year', async () => {
    expect((await readError(await edited((s) => { s.getCell('B4').value = '硬件费'; }))).message).toBe('明细!B4：费用类别“硬件费”无效，应为：开发费、实施费、维护费、培训费、监理费、其他费用');
    expect((await readError(await edited((s) => { s.getCell('C3').value = null; }))).message).toBe('明细!C3：名称不能为空');
    expect((await readError(await edited((s) => { s.getCell('D3').value = 24; }))).message).toBe('明细!D3：年度应为 2000 至 2100 之间的整数（收到 24）');
  });
  test('a data-resource cost that is text', async () => {
    const bytes = await edited((_, wb) => { (wb.getWorksheet('数据资源') as ExcelJS.Worksheet).getCell('E2').value = '待定'; });
    expect((await readError(bytes)).message).toBe('数据资源!E2：成本费用（元）不是数字（内容为“待定”）');
  });
  test('a missing sheet', async () => {
    const bytes = await edited((_, wb) => { wb.removeWorksheet((wb.getWorksheet('数据资源') as ExcelJS.Worksheet).id); });
    expect((await readError(bytes)).message).toBe('工作簿中没有“数据资源”工作表（现有：汇总、明细、说明）。请使用 govforms 生成的预算表，不要重命名或删除工作表');
  });
  test('an xlsx of another shape', async () => {
    const bytes = await edited((s) => { s.getCell('G1').value = '合计'; });
    expect((await readError(bytes)).message).toBe('明细!1 行（表头）：缺少“金额（元）”列');
  });
  test('messages are available in English, field names from the form\'s English titles', async () => {
    const bytes = await edited((s) => { s.getCell('G5').value = '十万'; });
    await expect(readBudgetWorkbook(bytes, { locale: 'en' })).rejects.toThrow('明细!G5: Amount (yuan) is not a number (it holds "十万")');
    const noSheet = await edited((_, wb) => { wb.removeWorksheet((wb.getWorksheet('数据资源') as ExcelJS.Worksheet).id); });
    await expect(readBudgetWorkbook(noSheet, { locale: 'en' })).rejects.toThrow('The workbook has no sheet "数据资源" (sheets: 汇总, 明细, 说明).');
  });
  test('a locale without words of its own gets zh-CN', async () => {
    const bytes = await edited((s) => { s.getCell('G5').value = '十万'; });
    await expect(readBudgetWorkbook(bytes, { locale: 'fr' })).rejects.toThrow('明细!G5：金额（元）不是数字（内容为“十万”）');
  });
});

describe('files that are not our workbook', () => {
  test('not an xlsx at all', async () => {
    expect((await readError(new TextEncoder().encode('序号,名称\n1,服务器\n'))).message).toBe('文件不是有效的 Excel 工作簿（.xlsx）');
    expect((await readError(new Uint8Array(0))).message).toBe('文件不是有效的 Excel 工作簿（.xlsx）');
    expect((await readError('not bytes')).message).toBe('导入的内容应为 .xlsx 文件的字节（Uint8Array）');
  });
  test('a workbook made elsewhere (neither 明细 nor 数据资源) is named as such, in zh-CN and English', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['序号', '名称', '金额']);
    wb.addWorksheet('预算');
    const bytes = await saveWithExcelJS(wb);
    expect((await readError(bytes)).message).toBe('这不是 govforms 生成的预算明细表：工作簿中没有“明细”和“数据资源”工作表（现有：Sheet1、预算）。请在 govforms 中下载“预算明细表（Excel）”，在其中修改后再导入');
    await expect(readBudgetWorkbook(bytes, { locale: 'en' })).rejects.toThrow('This is not a budget workbook made by govforms: it has no sheets "明细" and "数据资源" (sheets: Sheet1, 预算).');
  });
  test('a legacy .xls (OLE2) file', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await readError(ole)).message).toContain('旧版 Excel（.xls）');
  });
  test('a zip that is not a workbook, and a truncated workbook', async () => {
    expect((await readError(makeZip([{ name: 'readme.txt', data: 'hello' }]))).message).toMatch(/^(无法读取工作簿|这不是 govforms 生成的预算明细表)/);
    expect((await readError(original.subarray(0, original.byteLength - 100))).message).toBe('文件不是有效的 Excel 工作簿（.xlsx）');
  });
  test('a sheet with more rows than a budget may have is refused while it is parsed', async () => {
    const rows = Array.from({ length: 110_001 }, (_, i) => `<row r="${i + 2}"/>`).join('');
    const entries = zipEntries(original).filter((e) => !e.name.endsWith('/'))
      .map((e) => (e.name === 'xl/worksheets/sheet2.xml' ? { ...e, data: String(e.data).replace('</sheetData>', `${rows}</sheetData>`) } : e));
    expect((await readError(makeZip(entries))).message).toBe('工作簿中有工作表超过 110000 行，无法导入');
  });
  test('a zip bomb is refused before it is unpacked', async () => {
    // 64 MB of zeros deflate to ~64 KB; the entry claims 1,000 bytes.
    const liar = makeZip([{ name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(64 * 1024 * 1024), declaredSize: 1000 }]);
    expect((await readError(liar)).message).toBe('工作簿解压后过大或包含的文件过多（疑似压缩炸弹），已拒绝导入');
    const declared = makeZip([{ name: 'xl/worksheets/sheet1.xml', data: 'x', declaredSize: 2 ** 32 - 2 }]);
    expect((await readError(declared)).message).toContain('疑似压缩炸弹');
  });
});

test('an empty data-resource list and one line item read back', async () => {
  const d = withItems([{ category: 'other', name: '唯一一项', amount: 0 }]);
  expect(await readBudgetWorkbook(await buildBudgetWorkbook(d))).toEqual({ items: [{ category: 'other', name: '唯一一项', amount: 0 }], dataResources: [] });
});
