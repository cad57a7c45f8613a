// Real client: LibreOffice Calc opens the projects summary workbook, with and without
// recalculating (see /work/shared/TESTING.md), as a finance officer's copy would show it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { BUDGET_CATEGORIES, checkDossier, fenToYuan, summarizeBudget, yuanToFen } from '@govforms/core';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { convertWithLibreOffice, hasLibreOffice, hasPdfTools, requireClient } from '../../../testing/real-clients.js';
import { INJECTION_PAYLOADS } from '../test-support/budgets.js';
import { loadWithExcelJS, saveWithExcelJS } from '../test-support/exceljs.js';
import { sheetsAsCsv, writeTemp } from '../test-support/lo.js';
import { grandTotal, project, projects, TODAY } from '../test-support/projects.js';
import { buildProjectsSummaryWorkbook } from './index.js';

const available = requireClient('LibreOffice', hasLibreOffice, 'apt-get install libreoffice-calc-nogui')
  && requireClient('poppler-utils', hasPdfTools, 'apt-get install poppler-utils');

const LO_TIMEOUT = 120_000;
const list = projects();

/** The 项目汇总 sheet as LibreOffice shows it: header → column, and the rows below. */
function table(rows: string[][]) {
  const [header, ...body] = rows as [string[], ...string[][]];
  const col = (name: string) => {
    const i = header.indexOf(name);
    expect(i, name).toBeGreaterThanOrEqual(0);
    return i;
  };
  return { col, body: body.filter((r) => r.some((c) => c !== '')) };
}

function expectFigures(rows: string[][], dossiers: typeof list) {
  const { col, body } = table(rows);
  expect(body).toHaveLength(dossiers.length + 1);
  const totals = body[dossiers.length]!;
  expect(totals[0]).toBe('合计');
  dossiers.forEach((d, i) => {
    const s = summarizeBudget(d.budget as object);
    expect(Number(body[i]![col('预算合计（元）')]), `row ${i + 2}`).toBe(s.total);
    expect(body[i]![col('核对：预算合计与总投资')]).toBe('一致');
  });
  // The grand total, to the fen, as the sum of summarizeBudget's totals.
  expect(Number(totals[col('预算合计（元）')])).toBe(grandTotal(dossiers));
  expect(Number(totals[col('总投资（元）')])).toBe(grandTotal(dossiers));
  const categoryHeader = ['开发费（元）', '实施费（元）', '维护费（元）', '培训费（元）', '监理费（元）', '其他费用（元）'];
  BUDGET_CATEGORIES.forEach((c, k) => {
    const fen = dossiers.reduce((sum, d) => sum + yuanToFen(summarizeBudget(d.budget as object).byCategory[c])!, 0);
    expect(Number(totals[col(categoryHeader[k]!)]), c).toBe(fenToYuan(fen));
  });
  expect(Number(totals[col('2027年（元）')])).toBe(8_888_888.88);
}

describe.skipIf(!available)('LibreOffice: the projects summary', () => {
  let path: string;
  beforeAll(async () => {
    path = writeTemp('项目汇总表.xlsx', await buildProjectsSummaryWorkbook(list, { today: TODAY }));
  });

  test('recalculated: each 预算合计, the checks and the totals row equal summarizeBudget, to the fen', () => {
    expectFigures(sheetsAsCsv(path, true)['项目汇总'] as string[][], list);
  }, LO_TIMEOUT);

  test('cached results (no recalculation) show the same figures', () => {
    expectFigures(sheetsAsCsv(path, false)['项目汇总'] as string[][], list);
  }, LO_TIMEOUT);

  test('the formulas are live: an edited amount moves 预算合计, its check and the totals when recalculated', async () => {
    const wb = await loadWithExcelJS(readFileSync(path));
    (wb.getWorksheet('项目汇总') as ExcelJS.Worksheet).getCell('G3').value = 1_234_567.9; // +0.01 on the second project's 开发费
    const edited = writeTemp('edited.xlsx', await saveWithExcelJS(wb));
    const { col, body } = table(sheetsAsCsv(edited, true)['项目汇总'] as string[][]);
    expect(Number(body[1]![col('预算合计（元）')])).toBe(fenToYuan(yuanToFen(summarizeBudget(list[1]!.budget as object).total)! + 1));
    expect(body[1]![col('核对：预算合计与总投资')]).toBe('不一致');
    expect(Number(body[list.length]![col('预算合计（元）')])).toBe(fenToYuan(yuanToFen(grandTotal(list))! + 1));
  }, LO_TIMEOUT);

  test('printed: 项目汇总 on A3 landscape, and every finding\'s whole message on 审核要点 (wrapped rows are tall enough)', () => {
    const [pdf] = convertWithLibreOffice(path, { to: 'pdf', recalc: true });
    expect(execFileSync('pdfinfo', ['-f', '1', '-l', '1', pdf!], { encoding: 'utf8' })).toMatch(/Page\s+1 size:\s+1190\.\d+ x 841\.\d+ pts \(A3\)/);
    const printed = execFileSync('pdftotext', [pdf!, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const messages = list.flatMap((d) => checkDossier(d, { today: TODAY }).map((f) => f.message));
    for (const m of messages) expect(printed, m).toContain(m.replace(/\s+/g, ''));
  }, LO_TIMEOUT);

  test('formula-like project names stay literal text after recalculation', async () => {
    const hostile = INJECTION_PAYLOADS.map((name, i) => project(name, [{ category: 'other', name: 'x', amount: i + 1 }]));
    const file = writeTemp('hostile.xlsx', await buildProjectsSummaryWorkbook(hostile, { today: TODAY }));
    const sheets = sheetsAsCsv(file, true);
    const { col, body } = table(sheets['项目汇总'] as string[][]);
    expect(body.slice(0, hostile.length).map((r) => r[col('项目名称')])).toEqual(INJECTION_PAYLOADS.map((n) => n.replace(/\r/g, '\n')));
    expect(Number(body[hostile.length]![col('预算合计（元）')])).toBe((hostile.length * (hostile.length + 1)) / 2);
  }, LO_TIMEOUT);
});
