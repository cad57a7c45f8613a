// A draft budget workbook (草稿) from an unfinished budget: it is made where the final one is
// refused, every printed page says 草稿, 说明 lists what is missing, and the totals still agree
// with their formulas (LibreOffice recalculating gives the cached figures).
import { summarizeBudget } from '@govforms/core';
import { describe, expect, it } from 'vitest';
import { hasLibreOffice, requireClient } from '../../../testing/real-clients.js';
import { GENERATED_AT, sample, type Dossier } from '../test-support/budgets.js';
import { loadWithExcelJS } from '../test-support/exceljs.js';
import { sheetsAsCsv, summaryValues, writeTemp } from '../test-support/lo.js';
import { buildBudgetWorkbook } from './index.js';

/** The sample with three unfinished rows: no name; no category; an amount of "abc". */
function unfinished(): Dossier {
  const d = sample();
  d.budget.items.push(
    { category: 'development', name: '', amount: 1000.5 },
    { name: '尚未选类别', amount: 777 } as never,
    { category: 'other', name: '金额写错', amount: 'abc' } as never,
  );
  return d;
}

const notesText = (wb: Awaited<ReturnType<typeof loadWithExcelJS>>) =>
  wb.getWorksheet('说明')!.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.filter((c) => typeof c === 'string') : []));

describe('buildBudgetWorkbook(dossier, { draft: true })', () => {
  it('is made where the final workbook is refused, and says 草稿 on every printed page and in its title', async () => {
    await expect(buildBudgetWorkbook(unfinished(), { generatedAt: GENERATED_AT })).rejects.toThrow(/名称不能为空|名称/);
    const wb = await loadWithExcelJS(await buildBudgetWorkbook(unfinished(), { generatedAt: GENERATED_AT, draft: true }));
    for (const ws of wb.worksheets) expect(ws.headerFooter.oddHeader).toContain('草稿　不得作为正式材料报送');
    expect(wb.getWorksheet('汇总')!.getCell('A1').value).toBe('宿迁市市级信息化项目预算汇总表（草稿）');
  });

  it('说明 lists each gap with its form and field; the rows keep what was typed', async () => {
    const d = unfinished();
    const n = d.budget.items.length;
    const wb = await loadWithExcelJS(await buildBudgetWorkbook(d, { generatedAt: GENERATED_AT, draft: true }));
    const notes = notesText(wb);
    expect(notes).toContain('本工作簿据尚未完成的材料生成，下列 3 处内容尚缺或有误，补正后请重新生成，不得作为正式材料报送。缺少类别或金额的行不计入合计。');
    expect(notes).toContain(`1. 预算明细·费用明细第${n - 2}项·名称：不能为空`);
    expect(notes).toContain(`2. 预算明细·费用明细第${n - 1}项·费用类别：为必填项`);
    expect(notes).toContain(`3. 预算明细·费用明细第${n}项·金额（元）：应为数字`);
    const items = wb.getWorksheet('明细')!;
    expect(items.getRow(n - 1).getCell(7).value).toBe(1000.5); // the nameless row counts
    expect(items.getRow(n).getCell(3).value).toBe('尚未选类别');
    expect(items.getRow(n).getCell(7).value).toBeNull(); // no category: not counted, so no amount shown
    expect(items.getRow(n + 1).getCell(3).value).toBe('金额写错');
  });

  it('a complete budget asked for as a draft still says so; the final workbook has no 草稿 anywhere', async () => {
    const draft = await loadWithExcelJS(await buildBudgetWorkbook(sample(), { generatedAt: GENERATED_AT, draft: true }));
    expect(notesText(draft)).toContain('本工作簿按要求标为草稿，不得作为正式材料报送。');
    const final = await loadWithExcelJS(await buildBudgetWorkbook(sample(), { generatedAt: GENERATED_AT }));
    expect(final.worksheets.map((ws) => ws.headerFooter.oddHeader)).toEqual(final.worksheets.map(() => '&C&A'));
    expect(notesText(final).join('')).not.toContain('草稿');
  });
});

const available = requireClient('LibreOffice', hasLibreOffice, 'apt-get install libreoffice-calc-nogui');

describe.skipIf(!available)('a draft workbook in LibreOffice', () => {
  it('recalculated totals equal the cached ones and the sum of the rows that count', async () => {
    const d = unfinished();
    const path = writeTemp('draft.xlsx', await buildBudgetWorkbook(d, { generatedAt: GENERATED_AT, draft: true }));
    const counted = { ...d.budget, items: d.budget.items.slice(0, -2) }; // the two unreadable rows count for nothing
    const expected = summarizeBudget(counted).total;
    for (const recalc of [true, false]) {
      const v = summaryValues(sheetsAsCsv(path, recalc)['汇总'] as string[][]);
      expect(Number(v.get('预算总计'))).toBe(expected);
    }
  }, 240_000);
});
