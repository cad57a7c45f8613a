// Real client: LibreOffice Calc opens our workbooks, recalculates (or shows cached results)
// and saves them again, as a finance officer's copy would. See /work/shared/TESTING.md.
import { readFileSync } from 'node:fs';
import { summarizeBudget } from '@govforms/core';
import { beforeAll, describe, expect, test } from 'vitest';
import { hasLibreOffice, hasPythonReaders, requireClient, runPython } from '../../../testing/real-clients.js';
import { GENERATED_AT, INJECTION_PAYLOADS, NON_BMP, sample, withItems, type Dossier } from '../test-support/budgets.js';
import { resaveWithLibreOffice, sheetsAsCsv, summaryValues, writeTemp } from '../test-support/lo.js';
import type ExcelJS from 'exceljs';
import { loadWithExcelJS, saveWithExcelJS } from '../test-support/exceljs.js';
import { buildBudgetWorkbook, readBudgetWorkbook } from './index.js';

const available = requireClient('LibreOffice', hasLibreOffice, 'apt-get install libreoffice-calc-nogui')
  && requireClient('openpyxl', () => hasPythonReaders('openpyxl'), 'apt-get install python3-openpyxl');

const LO_TIMEOUT = 120_000;

/** A budget over two years, with items without a year and data resources. */
function multiYear(): Dossier {
  const d = sample();
  d.budget.items[1] = { ...d.budget.items[1]!, year: 2025 };
  d.budget.items[4] = { ...d.budget.items[4]!, year: 2026 };
  const { year: _, ...noYear } = d.budget.items[7]!;
  d.budget.items[7] = noYear;
  return d;
}

/** The 汇总 figures LibreOffice shows, as numbers where they are numbers. */
function shownTotals(rows: string[][]) {
  const v = summaryValues(rows);
  const num = (k: string) => Number(v.get(k));
  return {
    byCategory: { development: num('开发费'), implementation: num('实施费'), maintenance: num('维护费'), training: num('培训费'), supervision: num('监理费'), other: num('其他费用') },
    dataResourcesTotal: num('数据资源成本合计'),
    total: num('预算总计'),
    v,
  };
}

function expectTotals(rows: string[][], d: Dossier) {
  const s = summarizeBudget(d.budget);
  const shown = shownTotals(rows);
  expect(shown.byCategory).toEqual(s.byCategory);
  expect(shown.dataResourcesTotal).toBe(s.dataResourcesTotal);
  expect(shown.total).toBe(s.total);
  for (const [year, amount] of Object.entries(s.byYear)) expect(Number(shown.v.get(year === 'unspecified' ? '未分年度' : year))).toBe(amount);
  expect(Number(shown.v.get('费用明细合计'))).toBe(s.total - s.dataResourcesTotal);
  return shown.v;
}

/** openpyxl edits, as a finance officer's tool that saves formulas without results. */
const EDIT = `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['明细']
ws['E2'] = 50                      # quantity 48 -> 50: G2 = ROUND(E2*F2,2) must follow
ws.delete_rows(8)                  # 一线执法人员操作培训 (培训费 90,000) removed
ws.append([13, '培训费', '新增：财务人员培训', 2024, None, None, 1000.5, None])  # next free row
for col, value in zip('ABCDEFG', [14, '其他费用', '远在下方的新增行', 2024, 3, 0.1, '=ROUND(E5000*F5000,2)']):
    ws[f'{col}5000'] = value       # far below anything generated
wb.save(sys.argv[2])
`;

describe.skipIf(!available)('LibreOffice', () => {
  let sampleXlsx: string;
  beforeAll(async () => {
    sampleXlsx = writeTemp('预算.xlsx', await buildBudgetWorkbook(multiYear(), { generatedAt: GENERATED_AT }));
  });

  test('recalculated totals equal summarizeBudget (by category, by year, data resources, grand total)', () => {
    const v = expectTotals(sheetsAsCsv(sampleXlsx, true)['汇总'] as string[][], multiYear());
    expect(v.get('核对：预算总计与申报总投资')).toBe('一致');
    expect(v.get('核对：分类、分年度合计与明细合计')).toBe('一致');
  }, LO_TIMEOUT);

  test('cached results (no recalculation) show the same totals', () => {
    expectTotals(sheetsAsCsv(sampleXlsx, false)['汇总'] as string[][], multiYear());
  }, LO_TIMEOUT);

  test('without recalculation LibreOffice shows the cached results; with it, the live ones (a stale cache tells them apart)', async () => {
    const wb = await loadWithExcelJS(readFileSync(sampleXlsx));
    (wb.getWorksheet('明细') as ExcelJS.Worksheet).getCell('G3').value = 780000 + 0.01; // summary caches are now stale
    const stale = writeTemp('stale.xlsx', await saveWithExcelJS(wb));
    const edited = multiYear();
    edited.budget.items[1] = { ...edited.budget.items[1]!, amount: 780000.01 };
    expectTotals(sheetsAsCsv(stale, false)['汇总'] as string[][], multiYear());
    expectTotals(sheetsAsCsv(stale, true)['汇总'] as string[][], edited);
  }, LO_TIMEOUT);

  test('after an edit, an added row and a deleted row, recalculated totals follow (whole-column formulas)', async () => {
    const editedPath = `${sampleXlsx.replace(/\.xlsx$/, '')}-edited.xlsx`;
    runPython(EDIT, [sampleXlsx, editedPath]);
    const expected = multiYear();
    expected.budget.items[0] = { ...expected.budget.items[0]!, quantity: 50, amount: 1250000 };
    expected.budget.items.splice(6, 1);
    expected.budget.items.push({ category: 'training', name: '新增：财务人员培训', year: 2024, amount: 1000.5 });
    expected.budget.items.push({ category: 'other', name: '远在下方的新增行', year: 2024, quantity: 3, unitPrice: 0.1, amount: 0.3 });

    const v = expectTotals(sheetsAsCsv(editedPath, true)['汇总'] as string[][], expected);
    expect(v.get('核对：预算总计与申报总投资')).toBe('不一致');
    // openpyxl saved formulas without results: importing asks for a save in a spreadsheet program…
    await expect(readBudgetWorkbook(new Uint8Array(readFileSync(editedPath)))).rejects.toThrow(/^明细!G2：金额（元）是公式，但文件中没有保存计算结果/);
    // …and after LibreOffice saved it, the edited budget comes back.
    expect(await readBudgetWorkbook(resaveWithLibreOffice(editedPath))).toEqual(expected.budget);
  }, LO_TIMEOUT);

  test('a workbook opened and saved by LibreOffice reads back to the same budget', async () => {
    expect(await readBudgetWorkbook(resaveWithLibreOffice(sampleXlsx))).toEqual(multiYear().budget);
  }, LO_TIMEOUT);

  describe('hostile text', () => {
    const names = [...INJECTION_PAYLOADS, `响铃\u0007${NON_BMP}`];
    const d = withItems(names.map((name, i) => ({ category: 'other', name, amount: i + 1 })));
    let path: string;
    beforeAll(async () => {
      path = writeTemp('hostile.xlsx', await buildBudgetWorkbook(d));
    });
    const expectedNames = names.map((n) => n.replace(/\r/g, '\n').replace(/\u0007/g, ''));

    test('formula payloads stay literal text after recalculation; non-BMP survives, control characters are gone', () => {
      const rows = sheetsAsCsv(path, true)['明细'] as string[][];
      expect(rows.slice(1).map((r) => r[2])).toEqual(expectedNames);
      expect(Number(summaryValues(sheetsAsCsv(path, true)['汇总'] as string[][]).get('其他费用'))).toBe((names.length * (names.length + 1)) / 2);
    }, LO_TIMEOUT);

    test('saved again by LibreOffice they are still strings (openpyxl data_type "s") and import unchanged', async () => {
      const resaved = resaveWithLibreOffice(path);
      const resavedPath = writeTemp('hostile-lo.xlsx', resaved);
      const types = JSON.parse(runPython(`
import sys, json, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])['明细']
print(json.dumps([[c.value, c.data_type] for c in ws['C'][1:int(sys.argv[2]) + 1]]))
`, [resavedPath, String(names.length)])) as [string, string][];
      expect(types).toEqual(expectedNames.map((n) => [n, 's']));
      expect((await readBudgetWorkbook(resaved)).items.map((i) => i.name)).toEqual(expectedNames);
    }, LO_TIMEOUT);
  });
});
