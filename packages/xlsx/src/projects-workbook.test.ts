// The projects summary workbook read back with plain exceljs: what every cell holds.
import { dossierDigest } from '@govforms/core/provenance';
import { approvalPath, articleLabel, BUDGET_CATEGORIES, checkDossier, type Dossier, fenToYuan, GovformsError, nextStep, projectTimeline, sampleDossier, summarizeBudget, yuanToFen } from '@govforms/core';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { GENERATED_AT, INJECTION_PAYLOADS } from '../test-support/budgets.js';
import { loadWithExcelJS } from '../test-support/exceljs.js';
import { grandTotal, project, projects, TODAY } from '../test-support/projects.js';
import { buildProjectsSummaryWorkbook, projectsLabels, projectsSummaryWorkbook, summarizeProject, summaryDossierProblem } from './index.js';
import { readDossier } from './projects-prepare.js';

const list = projects();
const skipped = [{ file: 'broken.json', reason: '不是有效的 JSON（第 1 行第 2 列附近有语法错误）' }];
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  wb = await loadWithExcelJS(await buildProjectsSummaryWorkbook(list, { today: TODAY, generatedAt: GENERATED_AT, skipped }));
});

const sheet = (w: ExcelJS.Workbook, name: string) => w.getWorksheet(name) as ExcelJS.Worksheet;
const rowValues = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as unknown[]).slice(1);
/** Header text → cell of `row`. */
function byHeader(ws: ExcelJS.Worksheet, row: number): Map<string, ExcelJS.Cell> {
  const out = new Map<string, ExcelJS.Cell>();
  ws.getRow(1).eachCell((c, col) => out.set(String(c.value), ws.getRow(row).getCell(col)));
  return out;
}
const firstDue = (d: Dossier) => nextStep(projectTimeline(d, { today: TODAY }))?.stage;

test('three sheets, zh-CN: 项目汇总, 审核要点, 说明', () => {
  expect(wb.worksheets.map((w) => w.name)).toEqual(['项目汇总', '审核要点', '说明']);
});

describe('项目汇总', () => {
  test('the columns: project facts, the six categories, data resources, each budget year of any project, then the checks', () => {
    expect(rowValues(sheet(wb, '项目汇总'), 1)).toEqual([
      '序号', '申报单位', '项目名称', '项目类型', '资金来源', '总投资（元）',
      '开发费（元）', '实施费（元）', '维护费（元）', '培训费（元）', '监理费（元）', '其他费用（元）', '数据资源（元）',
      '2024年（元）', '2025年（元）', '2027年（元）', '未分年度（元）',
      '预算合计（元）', '核对：预算合计与总投资', '审批路径', '错误', '警告', '提示', '下一步', '截止日期', '数据摘要（SHA-256）',
    ]);
  });

  test('each project row: money from summarizeBudget in yuan; a year the project lacks is empty', () => {
    const ws = sheet(wb, '项目汇总');
    list.forEach((d, i) => {
      const s = summarizeBudget(d.budget as object);
      const row = byHeader(ws, i + 2);
      const app = d.application as { projectName: string; applicant: { name: string }; totalInvestment: number };
      expect(row.get('序号')?.value).toBe(i + 1);
      expect(row.get('项目名称')?.value).toBe(app.projectName);
      expect(row.get('申报单位')?.value).toBe(app.applicant.name);
      expect(row.get('总投资（元）')?.value).toBe(app.totalInvestment);
      BUDGET_CATEGORIES.forEach((c, k) => expect(ws.getRow(i + 2).getCell(7 + k).value, c).toBe(s.byCategory[c]));
      expect(row.get('数据资源（元）')?.value).toBe(s.dataResourcesTotal);
      for (const [header, key] of [['2024年（元）', '2024'], ['2025年（元）', '2025'], ['2027年（元）', '2027'], ['未分年度（元）', 'unspecified']]) {
        expect(row.get(header!)?.value ?? undefined, header).toBe(s.byYear[key!]);
      }
    });
    expect(byHeader(ws, 2).get('项目类型')?.value).toBe('建设类');
    expect(byHeader(ws, 5).get('项目类型')?.value).toBe('运维类');
    expect(byHeader(ws, 2).get('资金来源')?.value).toBe('财政资金（预算安排资金）');
  });

  test('预算合计 is a live formula over the categories and data resources; 核对 compares it with 总投资', () => {
    const ws = sheet(wb, '项目汇总');
    list.forEach((d, i) => {
      const r = i + 2;
      const row = byHeader(ws, r);
      expect(row.get('预算合计（元）')?.value).toEqual({ formula: `SUM(G${r}:M${r})`, result: summarizeBudget(d.budget as object).total });
      expect(row.get('核对：预算合计与总投资')?.value).toEqual({
        formula: `IF(F${r}="","未填写申报总投资",IF(ROUND(R${r}-F${r},2)=0,"一致","不一致"))`, result: '一致',
      });
    });
  });

  test('the approval path follows core (art. 19 review, art. 20 approval or combined filing)', () => {
    const ws = sheet(wb, '项目汇总');
    const shown = list.map((_d, i) => byHeader(ws, i + 2).get('审批路径')?.value);
    expect(list.map((d) => approvalPath(d))).toEqual([
      { technicalReview: true, approval: false, combinedFiling: false },
      { technicalReview: true, approval: false, combinedFiling: false },
      { technicalReview: true, approval: true, combinedFiling: true },
      { technicalReview: false, approval: false, combinedFiling: false },
    ]);
    expect(shown).toEqual(['技术方案审核（第十九条）', '技术方案审核（第十九条）', '技术方案审核（第十九条）、立项审批，可合并编报（第二十条）', '无需']);
  });

  test('counts of 错误 / 警告 / 提示 are checkDossier\'s; the next step is the timeline\'s (nextStep: never a running warranty), with its date', () => {
    const ws = sheet(wb, '项目汇总');
    list.forEach((d, i) => {
      const row = byHeader(ws, i + 2);
      const findings = checkDossier(d, { today: TODAY });
      for (const [header, severity] of [['错误', 'error'], ['警告', 'warning'], ['提示', 'info']] as const) {
        expect(row.get(header)?.value).toBe(findings.filter((f) => f.severity === severity).length);
      }
      const next = firstDue(d);
      expect(row.get('下一步')?.value).toBe(next ? next.message : '无待办事项');
      const due = row.get('截止日期');
      expect(due?.numFmt).toBe('yyyy-mm-dd');
      // exceljs reads a date-formatted serial back as a Date (UTC midnight).
      expect(due?.value ?? undefined).toEqual(next?.dueOn && new Date(`${next.dueOn}T00:00:00Z`));
    });
    // Each row names the data it came from: the digest the project's Word documents and `govforms check` give.
    list.forEach((d, i) => expect(byHeader(ws, i + 2).get('数据摘要（SHA-256）')?.value).toBe(dossierDigest(d)));
    // The fixtures cover both: a stage with a due date, and nothing due.
    expect(list.some((d) => firstDue(d)?.dueOn)).toBe(true);
    expect(list.some((d) => !firstDue(d))).toBe(true);
  });

  test('the totals row sums every money and count column with SUM formulas whose cached results are exact to the fen', () => {
    const ws = sheet(wb, '项目汇总');
    const totals = ws.getRow(list.length + 2);
    expect(totals.getCell(1).value).toBe('合计');
    const grand = byHeader(ws, list.length + 2).get('预算合计（元）')?.value;
    expect(grand).toEqual({ formula: `SUM(R2:R${list.length + 1})`, result: grandTotal(list) });
    let sums = 0;
    totals.eachCell((cell, col) => {
      if (col === 1) return;
      const letter = ws.getColumn(col).letter;
      expect(cell.formula, `column ${letter}`).toBe(`SUM(${letter}2:${letter}${list.length + 1})`);
      sums++;
      let fen = 0;
      for (let r = 2; r <= list.length + 1; r++) {
        const c = ws.getRow(r).getCell(col);
        fen += yuanToFen(Number(c.formula ? c.result : c.value ?? 0))!;
      }
      expect(cell.result, `column ${letter}`).toBe(fenToYuan(fen));
    });
    expect(sums).toBe(1 + 6 + 1 + 4 + 1 + 3); // 总投资, categories, data resources, four years, 预算合计, three counts
    // 0.1 + 0.2 added in fen, not as floats.
    expect(byHeader(ws, list.length + 2).get('培训费（元）')?.value).toMatchObject({ result: 126000.2 });
  });

  test('frozen header and first three columns, autofilter over the projects (not the totals), A3 landscape', () => {
    const ws = sheet(wb, '项目汇总');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 1 });
    expect(ws.autoFilter).toBe(`A1:Z${list.length + 1}`);
    expect(ws.pageSetup).toMatchObject({ paperSize: 8, orientation: 'landscape', printTitlesRow: '1:1' }); // A3: twenty-odd columns
    expect(ws.getRow(2).getCell(7).numFmt).toBe('#,##0.00');
  });

  test('a project without a budget: its budget columns are empty, 预算合计 0 and 核对 不一致', async () => {
    const { budget: _, ...noBudget } = sampleDossier();
    const ws = sheet(await loadWithExcelJS(await buildProjectsSummaryWorkbook([noBudget], { today: TODAY })), '项目汇总');
    const row = byHeader(ws, 2);
    expect(row.get('开发费（元）')?.value).toBeNull();
    expect(row.get('2024年（元）')).toBeUndefined(); // no project has a budget year
    // exceljs's `value` leaves out a result of 0; `result` has it.
    expect([row.get('预算合计（元）')?.formula, row.get('预算合计（元）')?.result]).toEqual(['SUM(G2:M2)', 0]);
    expect(row.get('核对：预算合计与总投资')?.result).toBe('不一致');
  });
});

test('rows with long wrapped text are made taller (LibreOffice keeps the default height otherwise); short ones keep it', () => {
  const findings = sheet(wb, '审核要点');
  let long = 0;
  for (let r = 2; r <= findings.rowCount; r++) {
    const row = findings.getRow(r);
    const chars = [...String(row.getCell(5).value)].length;
    if (chars > 80) {
      long++;
      expect(row.height, `审核要点 row ${r}`).toBeGreaterThanOrEqual(30);
    }
    if (chars < 30 && [...String(row.getCell(2).value)].length < 10) expect(row.height, `审核要点 row ${r}`).toBeUndefined();
  }
  expect(long).toBeGreaterThan(0);
  expect(sheet(wb, '项目汇总').getRow(1).height).toBeGreaterThan(15); // wrapped headers
  expect(sheet(wb, '项目汇总').getRow(2).height).toBeGreaterThan(15); // 下一步 wraps
});

describe('审核要点', () => {
  test('one row per finding: project number and name, 第N条, 级别, 说明, in checkDossier\'s order', () => {
    const ws = sheet(wb, '审核要点');
    expect(rowValues(ws, 1)).toEqual(['项目序号', '项目名称', '条款', '级别', '说明']);
    const expected = list.flatMap((d, i) => checkDossier(d, { today: TODAY }).map((f) => [
      i + 1, (d.application as { projectName: string }).projectName, articleLabel(f.article), { error: '错误', warning: '警告', info: '提示' }[f.severity], f.message,
    ]));
    expect(expected.length).toBeGreaterThan(list.length);
    expect(Array.from({ length: ws.rowCount - 1 }, (_, i) => rowValues(ws, i + 2))).toEqual(expected);
    expect(rowValues(ws, 2)[2]).toMatch(/^第[一二三四五六七八九十]+条$/);
    expect(ws.autoFilter).toBe(`A1:E${expected.length + 1}`);
  });
});

describe('projectsSummaryWorkbook: projects summarized one at a time (as govforms summarize reads a folder)', () => {
  test('gives the same sheets, cell for cell, as buildProjectsSummaryWorkbook of the dossiers', async () => {
    const labels = projectsLabels();
    const summaries = await Promise.all(list.map((d) => {
      const reading = readDossier(d);
      if (!('budget' in reading)) throw new Error(reading.problem.message);
      return summarizeProject(d, reading.budget, { today: TODAY, labels });
    }));
    const other = await loadWithExcelJS(await projectsSummaryWorkbook(summaries, { today: TODAY, generatedAt: GENERATED_AT, skipped }));
    const cells = (w: ExcelJS.Workbook) => w.worksheets.map((ws) => ws.getSheetValues().map((row) => JSON.stringify(row)));
    expect(cells(other)).toEqual(cells(wb));
    expect(other.worksheets[0]!.rowCount).toBe(list.length + 2);
  });

  test('each summary names the sections its dossier holds (the forms 说明 gives the versions of)', async () => {
    const d = { application: sampleDossier().application, budget: 'not an object section', completion: {} } as unknown as Dossier;
    const summary = await summarizeProject(d, undefined, { today: TODAY, labels: projectsLabels() });
    expect(summary.sections).toEqual(['application', 'completion']);
    const notes = new Map<string, unknown>();
    (await loadWithExcelJS(await projectsSummaryWorkbook([summary], { today: TODAY }))).getWorksheet('说明')!
      .eachRow((row) => notes.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(notes.get('表单版本')).toMatch(/^项目申报表 \d+\.\d+\.\d+、竣工验收资料 \d+\.\d+\.\d+$/);
  });

  test('an invalid "today" is refused even for no projects', async () => {
    await expect(projectsSummaryWorkbook([], { today: '2026-02-30' })).rejects.toThrow(GovformsError);
  });
});

describe('说明', () => {
  test('when, as of which day, which forms and rules, how many projects, and the files that could not be read', () => {
    const notes = new Map<string, unknown>();
    const ws = sheet(wb, '说明');
    ws.eachRow((row) => notes.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(notes.get('生成时间')).toBe('2026-11-25 14:30（北京时间）');
    expect(notes.get('检查日期')).toMatch(/^2026-11-25：/);
    expect(notes.get('表单版本')).toMatch(/^项目申报表 \d+\.\d+\.\d+、.*预算明细 \d+\.\d+\.\d+/);
    expect(notes.get('规则版本')).toMatch(/^@govforms\/core \d+\.\d+\.\d+（\d+ 条规则）$/);
    expect(notes.get('项目数')).toBe('4 个');
    expect(notes.get('未能读取的文件')).toBe('1 个，未计入汇总，见下表');
    expect(notes.get('文件')).toBe('未能读取的原因');
    expect(notes.get('broken.json')).toBe(skipped[0]!.reason);
  });
});

describe('locale en: English sheet names and headers from the catalogues and the forms', () => {
  let en: ExcelJS.Workbook;
  beforeAll(async () => {
    en = await loadWithExcelJS(await buildProjectsSummaryWorkbook(list, { today: TODAY, locale: 'en' }));
  });
  test('sheets, headers, labels and the next step in English', () => {
    expect(en.worksheets.map((w) => w.name)).toEqual(['Projects', 'Review points', 'Notes']);
    const ws = sheet(en, 'Projects');
    const headers = rowValues(ws, 1);
    expect(headers.slice(0, 7)).toEqual(['No.', 'Applicant', 'Project name', 'Project type', 'Funding sources', 'Total investment (yuan)', 'Development (yuan)']);
    expect(headers).toContain('2027 (yuan)');
    expect(headers).toContain('No year (yuan)');
    const row = byHeader(ws, 2);
    expect(row.get('Project type')?.value).toBe('Construction');
    expect(row.get('Approval path')?.value).toBe('Technical review (art. 19)');
    expect(byHeader(ws, 3).get('Next step')?.value).toBe(nextStep(projectTimeline(list[1]!, { today: TODAY, locale: 'en' }))?.stage.message);
    expect(ws.getRow(list.length + 2).getCell(1).value).toBe('Total');
    expect(rowValues(sheet(en, 'Review points'), 2)[2]).toMatch(/^art\. \d+$/);
    expect(['Error', 'Warning', 'Note']).toContain(rowValues(sheet(en, 'Review points'), 2)[3]);
  });
});

describe('text that looks like a formula stays text', () => {
  test('project names, applicants and skipped file names starting with = + - @ are strings, never formulas', async () => {
    const hostile = INJECTION_PAYLOADS.map((name, i) => {
      const d = project(name, [{ category: 'other', name: 'x', amount: i + 1 }]);
      (d.application.applicant as Record<string, unknown>).name = INJECTION_PAYLOADS[(i + 1) % INJECTION_PAYLOADS.length];
      return d;
    });
    const bytes = await buildProjectsSummaryWorkbook(hostile, { today: TODAY, skipped: [{ file: '=cmd|\' /C calc\'!A0.json', reason: '@SUM(1)' }] });
    const back = await loadWithExcelJS(bytes);
    const ws = sheet(back, '项目汇总');
    const clean = (s: string) => s.replace(/\r/g, '\n');
    hostile.forEach((d, i) => {
      expect(ws.getRow(i + 2).getCell(3).value).toBe(clean(d.application.projectName as string));
      expect(ws.getRow(i + 2).getCell(2).value).toBe(clean((d.application.applicant as { name: string }).name));
    });
    expect(sheet(back, '审核要点').getRow(2).getCell(2).value).toBe(hostile[0]!.application.projectName);
    const notes = sheet(back, '说明');
    const last = notes.getRow(notes.rowCount);
    expect([last.getCell(1).value, last.getCell(2).value]).toEqual(['=cmd|\' /C calc\'!A0.json', '@SUM(1)']);
  });
});

describe('bad input: a clear error before anything is written', () => {
  test('not a list', async () => {
    await expect(buildProjectsSummaryWorkbook({} as unknown as Dossier[])).rejects.toMatchObject({
      name: 'GovformsError', message: '项目汇总表需要材料的列表（数组）', code: 'invalid-dossiers',
    });
  });
  test('a dossier whose budget cannot be summed is named, with the path of the bad amount', async () => {
    const bad = project('坏预算项目', [{ category: 'other', name: '服务器', amount: 1 }, { category: 'other', name: '交换机', amount: 5 }]);
    bad.budget.items[1]!.amount = -5;
    const error = await buildProjectsSummaryWorkbook([list[0]!, bad], { today: TODAY }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GovformsError);
    expect((error as GovformsError).message).toBe('第2份材料“坏预算项目”：费用明细第2项“交换机”：金额（元）应为不超过两位小数、不超过 1 万亿元的非负数（收到 -5）');
    expect((error as GovformsError).path).toBe('/1/budget/items/1/amount');
  });
  test('summaryDossierProblem: another form\'s data, non-objects, a bad total investment, a budget that is not an object', () => {
    expect(summaryDossierProblem(sampleDossier().budget)?.message).toMatch(/^不是一份材料：其中没有任何材料分项（application、/);
    expect(summaryDossierProblem([])).toEqual({ message: '不是一份材料（应为 JSON 对象）', path: '' });
    expect(summaryDossierProblem({ application: { totalInvestment: '400万' } })).toEqual({
      message: '项目申报表中的总投资应为不超过两位小数的非负数（收到 “400万”）', path: '/application/totalInvestment',
    });
    expect(summaryDossierProblem({ application: {}, budget: [] })?.path).toBe('/budget');
    expect(summaryDossierProblem({ application: {} })).toBeUndefined();
    expect(summaryDossierProblem(list[1])).toBeUndefined();
    expect(summaryDossierProblem([], 'en')?.message).toBe('not a dossier (it must be a JSON object)');
  });
  test('an invalid "today" or policy is refused even for an empty list', async () => {
    await expect(buildProjectsSummaryWorkbook([], { today: '2026-02-30' })).rejects.toThrow(GovformsError);
    await expect(buildProjectsSummaryWorkbook([], { policy: { procurementLimitYuan: -1 } })).rejects.toThrow(GovformsError);
  });
  test('an empty list gives the header and no totals row (a SUM over no rows would sum itself)', async () => {
    const ws = sheet(await loadWithExcelJS(await buildProjectsSummaryWorkbook([], { today: TODAY })), '项目汇总');
    expect(ws.rowCount).toBe(1);
  });
});
