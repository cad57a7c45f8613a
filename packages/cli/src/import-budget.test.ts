// `govforms import-budget`, run as a user would (needs `node scripts/build.mjs`): a workbook made
// by buildBudgetWorkbook, edited with exceljs or with Python's openpyxl, back to the budget JSON.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgetDiff, sampleDossier, sumBudgetFen } from '@govforms/core';
import { buildBudgetWorkbook } from '@govforms/xlsx';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { hasPythonReaders, requireClient, runPython } from '../../../testing/real-clients.js';
import { govforms, put, requireBuilt, tempFolder } from './test-support.js';
import { OPENPYXL_BUDGET_EDIT, budgetAfterEdit } from '../../../testing/budget-edit.js';

type Budget = { items: Record<string, unknown>[]; dataResources: Record<string, unknown>[] };
const dir = tempFolder('import-budget');
const sample = () => sampleDossier().budget as Budget;
let workbook: string;
let dossier: string;

/** The sample's workbook after `edit` on its 明细 sheet, saved by exceljs (which keeps the cached results it read). */
async function editedWithExcelJS(name: string, edit: (items: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(workbook) as unknown as ArrayBuffer, { ignoreNodes: ['dataValidations'] } as never);
  edit(wb.getWorksheet('明细')!);
  return put(join(dir, name), new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** What a finance officer did: row 2's amount changed, row 3 deleted, a row added at the end. */
const expectedAfterEdit = (): Budget => budgetAfterEdit(sample());

beforeAll(async () => {
  requireBuilt();
  dossier = put(join(dir, 'dossier.json'), sampleDossier());
  workbook = put(join(dir, 'budget.xlsx'), await buildBudgetWorkbook(sampleDossier()));
});

describe('govforms import-budget', () => {
  test('a workbook edited with exceljs (amount changed, row deleted, row added) prints the budget JSON', async () => {
    const edited = await editedWithExcelJS('edited.xlsx', (s) => {
      s.getCell('G3').value = 800000.25;
      s.spliceRows(4, 1);
      s.addRow([null, '维护费', '驻场运维服务', 2025, null, null, 1000.5, null]);
    });
    const r = govforms('import-budget', edited);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(r.out)).toEqual(expectedAfterEdit());
  });

  test('-o writes the JSON (and nothing else: no temporary file) and says how many rows it holds', () => {
    const out = join(dir, 'written', 'budget.json');
    put(join(dir, 'written', '.keep'), '');
    const r = govforms('import-budget', workbook, '-o', out);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe(`✓ 已导入预算：12 项费用明细、2 项数据资源，已写入 ${out}\n`);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(sample());
    expect(readdirSync(join(dir, 'written')).sort()).toEqual(['.keep', 'budget.json']);
  });

  test('--dossier lists what changes against that dossier\'s budget: rows, fields and totals before → after in yuan', async () => {
    const edited = await editedWithExcelJS('edited-diff.xlsx', (s) => {
      s.getCell('G3').value = 800000.25;
      s.spliceRows(4, 1);
      s.addRow([null, '维护费', '驻场运维服务', 2025, null, null, 1000.5, null]);
    });
    const r = govforms('import-budget', edited, '--dossier', dossier);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      `与 ${dossier} 中的预算相比：`,
      '费用明细：新增 1 行，删除 1 行，修改 1 行',
      '  删除  费用明细 原第 3 行：移动执法功能开发（依托“宿心办”）  516,000.00 元',
      '  修改  费用明细 第 2 行：智慧监管驾驶舱开发  800,000.25 元',
      '        金额（元）：780,000.00 → 800,000.25',
      '  新增  费用明细 第 12 行：驻场运维服务  1,000.50 元',
      '合计（元，导入前 → 导入后）：',
    ]);
    expect(lines).toContain('  开发费：2,496,000.00 → 2,000,000.25（-495,999.75）');
    expect(lines).toContain('  培训费：126,000.00（未变）');
    expect(lines).toContain('  预算总计：3,856,400.50 → 3,361,401.25（-494,999.25）');

    const json = JSON.parse(govforms('import-budget', edited, '--dossier', dossier, '--json').out);
    expect(json).toEqual(JSON.parse(JSON.stringify(budgetDiff(sample(), expectedAfterEdit()))));
    expect(json.totals.total).toEqual({ beforeFen: sumBudgetFen(sample()).totalFen, afterFen: sumBudgetFen(expectedAfterEdit()).totalFen });

    const en = govforms('import-budget', edited, '--dossier', dossier, '--locale', 'en');
    expect(en.out).toContain('Line items: 1 row added, 1 row removed, 1 row changed\n');
    expect(en.out).toContain('        Amount (yuan): 780,000.00 → 800,000.25\n');
    expect(en.out).toContain('  Budget total: 3,856,400.50 → 3,361,401.25 (-494,999.25)\n');
  });

  test('a budget left without line items is written, with a warning naming what the form requires', async () => {
    const emptied = await editedWithExcelJS('emptied.xlsx', (s) => {
      s.eachRow((row, n) => { if (n > 1) row.eachCell((cell) => { cell.value = null; }); });
    });
    const r = govforms('import-budget', emptied);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ items: [], dataResources: sample().dataResources });
    expect(r.err).toMatch(/^警告：导入的预算不符合“预算明细”表单（1 处），请在表单中修改：\n {2}\/items {2}费用明细：/);
  });
});

describe('govforms import-budget: files it cannot use', () => {
  test('a workbook made elsewhere: a clear message, exit 1, nothing on stdout', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['名称', '金额']);
    const foreign = put(join(dir, 'foreign.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = govforms('import-budget', foreign);
    expect(r).toMatchObject({ code: 1, out: '' });
    expect(r.err).toBe(`govforms：无法导入 ${foreign}：这不是 govforms 生成的预算明细表：工作簿中没有“明细”和“数据资源”工作表（现有：Sheet1）。请在 govforms 中下载“预算明细表（Excel）”，在其中修改后再导入\n`);
    const json = govforms('import-budget', foreign, '--json', '--locale', 'en');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.err)).toEqual({ error: { code: 'invalid-workbook', message: expect.stringMatching(/^Cannot import .*foreign\.xlsx: This is not a budget workbook made by govforms/) } });
  });

  test('a text file renamed .xlsx: a clear message, exit 1', () => {
    const fake = put(join(dir, 'notes.xlsx'), '序号,名称,金额\n1,服务器,100\n');
    expect(govforms('import-budget', fake)).toEqual({ code: 1, out: '', err: `govforms：无法导入 ${fake}：文件不是有效的 Excel 工作簿（.xlsx）\n` });
  });

  test('a bad cell is named by sheet and cell, and -o is then not written', async () => {
    const bad = await editedWithExcelJS('bad-cell.xlsx', (s) => { s.getCell('G5').value = '十万'; });
    const out = join(dir, 'not-written.json');
    const r = govforms('import-budget', bad, '-o', out);
    expect(r).toMatchObject({ code: 1, out: '' });
    expect(r.err).toBe(`govforms：无法导入 ${bad}：明细!G5：金额（元）不是数字（内容为“十万”）\n`);
    expect(existsSync(out)).toBe(false);
  });

  test.each([
    [['import-budget'], '缺少参数：<预算表.xlsx>'],
    [['import-budget', 'WORKBOOK', '-o', 'WORKBOOK'], '就是输入文件'],
    [['import-budget', 'WORKBOOK', '--dossier', 'DOSSIER', '-o', 'DOSSIER'], '就是输入文件'],
    [['import-budget', 'WORKBOOK', '-o', 'out.xlsx'], '预算明细（JSON）应保存为 .json 文件'],
    [['import-budget', 'missing.xlsx'], '找不到文件：missing.xlsx'],
    [['import-budget', 'WORKBOOK', '--today', '2026-01-01'], '未知的选项“--today”。govforms import-budget 可用的选项：-o/--output、--dossier、--json、--locale、-h/--help'],
  ])('usage errors exit 2 and write nothing: %j', (args, message) => {
    const given = args.map((a) => (a === 'WORKBOOK' ? workbook : a === 'DOSSIER' ? dossier : a));
    const before = [readFileSync(workbook), readFileSync(dossier)];
    const r = govforms(...given);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toContain(message);
    expect([readFileSync(workbook), readFileSync(dossier)]).toEqual(before);
  });

  test('the usage lists the command and its --dossier option, in zh-CN and English', () => {
    expect(govforms('--help').out).toContain('govforms import-budget <预算表.xlsx> [-o 预算.json] [--dossier 材料.json] [--json]');
    expect(govforms('--help', '--locale', 'en').out).toContain('govforms import-budget <budget.xlsx> [-o budget.json] [--dossier dossier.json] [--json]');
  });
});

const openpyxl = requireClient('openpyxl', () => hasPythonReaders('openpyxl'), 'apt-get install python3-openpyxl');


describe.skipIf(!openpyxl)('govforms import-budget: a workbook edited with openpyxl', () => {
  test('saved with values (data_only): reads back to the edited budget', () => {
    const out = join(dir, 'openpyxl-values.xlsx');
    runPython(OPENPYXL_BUDGET_EDIT, [workbook, out, 'values']);
    const r = govforms('import-budget', out);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(r.out)).toEqual(expectedAfterEdit());
  });
  test('saved with its formulas but no results (openpyxl does not calculate): the cell is named, with what to do', () => {
    const out = join(dir, 'openpyxl-formulas.xlsx');
    runPython(OPENPYXL_BUDGET_EDIT, [workbook, out, 'formulas']);
    const r = govforms('import-budget', out);
    expect(r).toMatchObject({ code: 1, out: '' });
    expect(r.err).toContain('明细!G2：金额（元）是公式，但文件中没有保存计算结果。请在 Excel、WPS 或 LibreOffice 中打开并保存后再导入');
  });
});
