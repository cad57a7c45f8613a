import { dossierDigest, fieldTitle, getForm, rulesVersion, summarizeBudget } from '@govforms/core';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { GENERATED_AT, INJECTION_PAYLOADS, NON_BMP, sample, withItems } from '../test-support/budgets.js';
import { loadWithExcelJS, summaryCells } from '../test-support/exceljs.js';
import { zipEntryText } from '../test-support/zip.js';
import { buildBudgetWorkbook } from './index.js';

const dossier = sample();
const summary = summarizeBudget(dossier.budget);
let bytes: Uint8Array;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  bytes = await buildBudgetWorkbook(dossier, { generatedAt: GENERATED_AT });
  wb = await loadWithExcelJS(bytes);
});

const ws = (name: string) => wb.getWorksheet(name) as ExcelJS.Worksheet;
const formulaOf = (c: ExcelJS.Cell | undefined) => (c?.value as ExcelJS.CellFormulaValue).formula;
const resultOf = (c: ExcelJS.Cell | undefined) => (c?.value as ExcelJS.CellFormulaValue).result;

test('four sheets in order: 汇总, 明细, 数据资源, 说明', () => {
  expect(bytes).toBeInstanceOf(Uint8Array);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '明细', '数据资源', '说明']);
});

describe('汇总: live formulas with cached results equal to summarizeBudget', () => {
  test('project facts from the application', () => {
    const s = summaryCells(wb);
    expect(s.get('项目名称')?.value).toBe('宿迁市食品安全智慧监管平台建设项目');
    expect(s.get('申报单位')?.value).toBe('宿迁市市场监督管理局');
    expect(s.get('申报总投资（元）')?.value).toBe(3856400.5);
  });
  test('one SUMIFS row per category, labels from the form schema', () => {
    const s = summaryCells(wb);
    const oneOf = (getForm('budget').schema as any).properties.items.items.properties.category.oneOf as { const: keyof typeof summary.byCategory; title: string }[];
    for (const { const: id, title } of oneOf) {
      const cell = s.get(title);
      expect(formulaOf(cell)).toBe(`SUMIFS('明细'!$G:$G,'明细'!$B:$B,$A${cell?.row})`);
      expect(resultOf(cell)).toBe(summary.byCategory[id]);
    }
  });
  test('per year, data resources, grand total and the checks', () => {
    const s = summaryCells(wb);
    expect(formulaOf(s.get('2024'))).toMatch(/^SUMIFS\('明细'!\$G:\$G,'明细'!\$D:\$D,\$A\d+\)$/);
    expect(resultOf(s.get('2024'))).toBe(summary.byYear['2024']);
    expect(formulaOf(s.get('数据资源成本合计'))).toBe("SUM('数据资源'!$E:$E)");
    expect(resultOf(s.get('数据资源成本合计'))).toBe(summary.dataResourcesTotal);
    expect(resultOf(s.get('预算总计'))).toBe(summary.total);
    expect(formulaOf(s.get('核对：预算总计与申报总投资'))).toMatch(/^IF\(\$B\$4="","未填写申报总投资",IF\(ROUND\(B\d+-\$B\$4,2\)=0,"一致","不一致"\)\)$/);
    expect(resultOf(s.get('核对：预算总计与申报总投资'))).toBe('一致');
    expect(resultOf(s.get('核对：分类、分年度合计与明细合计'))).toBe('一致');
  });
  test('the investment check says 不一致 or 未填写 when it should', async () => {
    const d = sample();
    (d.application as Record<string, unknown>).totalInvestment = 3856400.49;
    expect(resultOf(summaryCells(await loadWithExcelJS(await buildBudgetWorkbook(d))).get('核对：预算总计与申报总投资'))).toBe('不一致');
    delete (d.application as Record<string, unknown>).totalInvestment;
    expect(resultOf(summaryCells(await loadWithExcelJS(await buildBudgetWorkbook(d))).get('核对：预算总计与申报总投资'))).toBe('未填写申报总投资');
  });
  test('items without a year get a 未分年度 row (SUMIFS on blank year)', async () => {
    const d = withItems([{ category: 'other', name: '甲', year: 2025, amount: 1.1 }, { category: 'other', name: '乙', amount: 2.2 }]);
    const s = summaryCells(await loadWithExcelJS(await buildBudgetWorkbook(d)));
    expect(formulaOf(s.get('未分年度'))).toBe(`SUMIFS('明细'!$G:$G,'明细'!$D:$D,"")`);
    expect(resultOf(s.get('未分年度'))).toBe(2.2);
    expect(resultOf(s.get('2025'))).toBe(1.1);
    expect(resultOf(s.get('预算总计'))).toBe(3.3); // exact, not 3.3000000000000003
  });
});

describe('明细', () => {
  test('header and rows; amount = ROUND(quantity × unit price, 2) with its cached result', () => {
    const s = ws('明细');
    expect(s.getRow(1).values).toEqual([undefined, '序号', '费用类别', '名称', '年度', '数量', '单价（元）', '金额（元）', '备注']);
    expect(s.getCell('G2').value).toEqual({ formula: 'ROUND(E2*F2,2)', result: 1200000 });
    expect(s.getCell('B2').value).toBe('开发费');
    expect(s.getCell('G3').value).toBe(780000);
    expect(s.rowCount).toBe(1 + dossier.budget.items.length);
  });
  test('the headers of field columns are the budget schema\'s own titles (units included there), after 序号', () => {
    const form = getForm('budget');
    const titles = ['category', 'name', 'year', 'quantity', 'unitPrice', 'amount', 'note'].map((f) => fieldTitle(form, `/items/0/${f}`));
    expect(ws('明细').getRow(1).values).toEqual([undefined, '序号', ...titles]);
    const resourceTitles = ['name', 'provider', 'description', 'cost'].map((f) => fieldTitle(form, `/dataResources/0/${f}`));
    expect(ws('数据资源').getRow(1).values).toEqual([undefined, '序号', ...resourceTitles]);
  });
  test('frozen header, autofilter, money format, A4 landscape, repeated header, page n / N', () => {
    const s = ws('明细');
    expect(s.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(s.autoFilter).toBe('A1:H13');
    expect(s.getCell('G3').numFmt).toBe('#,##0.00');
    expect(s.getCell('F2').numFmt).toBe('#,##0.00');
    expect(s.getCell('C2').numFmt).toBe('@');
    expect(s.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:1' });
    expect(s.headerFooter.oddFooter).toContain('&P');
    expect(s.headerFooter.oddFooter).toContain('&N');
  });
  test('columns are wide enough for the Chinese names', () => {
    const longest = '一体化公共数据平台及项目管理平台接口对接';
    expect(ws('明细').getColumn(3).width).toBeGreaterThanOrEqual(longest.length * 2);
  });
  test('category dropdown: a list validation over the whole column with the six labels', () => {
    const xml = zipEntryText(bytes, 'xl/worksheets/sheet2.xml');
    expect(xml).toContain('<dataValidation type="list"');
    expect(xml).toContain('sqref="B2:B1048576"');
    expect(xml).toContain('<formula1>&quot;开发费,实施费,维护费,培训费,监理费,其他费用&quot;</formula1>');
  });
});

test('数据资源 lists the data resources with costs', () => {
  const s = ws('数据资源');
  expect(s.getRow(1).values).toEqual([undefined, '序号', '数据资源名称', '提供方', '说明', '成本费用（元）']);
  expect(s.getRow(3).values).toEqual([undefined, 2, '农产品产地准出与检测数据采集', '宿迁市农业农村局', '主要农产品基地产地准出和快检数据的采集接入', 168400.5]);
  expect(s.getCell('E3').numFmt).toBe('#,##0.00');
});

test('the workbook is zh-CN whatever the locale of the error messages', async () => {
  const english = await loadWithExcelJS(await buildBudgetWorkbook(dossier, { locale: 'en', generatedAt: GENERATED_AT }));
  expect(english.worksheets.map((w) => w.name)).toEqual(['汇总', '明细', '数据资源', '说明']);
  expect((english.getWorksheet('明细') as ExcelJS.Worksheet).getRow(1).values).toEqual(ws('明细').getRow(1).values);
  expect([...summaryCells(english).keys()]).toEqual([...summaryCells(wb).keys()]);
});

test('说明 names the generation time (Beijing) and the form version', () => {
  const text = ws('说明').getSheetValues().flat().join('\n');
  expect(text).toContain('2026-11-25 14:30（北京时间）');
  expect(text).toContain(`预算明细 ${getForm('budget').version}`);
  expect(text).toContain('宿政办发〔2024〕45号');
  for (const sheet of ['汇总', '明细', '数据资源']) expect(text).toContain(`各工作表：${sheet}`);
});

test('说明 records the rules version and the SHA-256 of the canonical dossier JSON, as Word documents and check --json do', async () => {
  const rows = ws('说明').getSheetValues().filter(Array.isArray).map((r) => r.slice(1));
  expect(rows).toContainEqual(['规则版本', `${rulesVersion}（docs/rules.md）`]);
  const digest = rows.find((r) => r[0] === '数据摘要（SHA-256）')?.[1] as string;
  expect(digest.startsWith(`${dossierDigest(dossier)}（`)).toBe(true);
  // One fen more in the dossier, another digest.
  const changed = sample();
  changed.budget.items[0]!.amount = Number(changed.budget.items[0]!.amount) + 0.01;
  const other = await loadWithExcelJS(await buildBudgetWorkbook(changed, { generatedAt: GENERATED_AT }));
  const otherRows = (other.getWorksheet('说明') as ExcelJS.Worksheet).getSheetValues().filter(Array.isArray).map((r) => r.slice(1));
  expect(otherRows.find((r) => r[0] === '数据摘要（SHA-256）')?.[1]).toMatch(new RegExp(`^${dossierDigest(changed)}（`));
  expect(dossierDigest(changed)).not.toBe(dossierDigest(dossier));
});

describe('hostile text', () => {
  const items = [...INJECTION_PAYLOADS, `响铃\u0007${NON_BMP}\uFFFF`].map((name, i) => ({ category: 'other', name, note: name, amount: i }));
  let hostile: Uint8Array;
  beforeAll(async () => {
    hostile = await buildBudgetWorkbook(withItems(items, [{ name: '=1+2', provider: '@SUM(A1)', cost: 1 }]));
  });
  test('formula-looking names are stored as strings in text-formatted cells, never as formulas', async () => {
    const s = (await loadWithExcelJS(hostile)).getWorksheet('明细') as ExcelJS.Worksheet;
    INJECTION_PAYLOADS.forEach((payload, i) => {
      const cell = s.getCell(`C${i + 2}`);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(payload.replace(/\r/g, '\n'));
      expect(cell.numFmt).toBe('@');
    });
    const xml = zipEntryText(hostile, 'xl/worksheets/sheet2.xml');
    expect(xml.match(/<f>/g)).toBeNull(); // no amount here has quantity × price, so no formula at all
    expect(zipEntryText(hostile, 'xl/worksheets/sheet3.xml')).not.toContain('<f>');
  });
  test('forbidden control characters are removed; non-BMP characters survive', async () => {
    const s = (await loadWithExcelJS(hostile)).getWorksheet('明细') as ExcelJS.Worksheet;
    expect(s.getCell(`C${INJECTION_PAYLOADS.length + 2}`).value).toBe(`响铃${NON_BMP}`);
    expect(zipEntryText(hostile, 'xl/sharedStrings.xml')).not.toMatch(/[\u0007\uFFFF]/);
  });
});
