// `govforms generate`, run as the built binary: what it refuses (invalid data, an output that is
// an input, the wrong extension, a template that is no Word document) and a department's own template.
import { existsSync, linkSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { sampleDossier } from '@govforms/core';
import { buildBudgetWorkbook } from '@govforms/xlsx';
import { beforeAll, describe, expect, test } from 'vitest';
import { departmentTemplate, docxParagraphs, govforms, put, requireBuilt, tempFolder } from './test-support.js';

beforeAll(requireBuilt);

type Sample = ReturnType<typeof sampleDossier>;
const withApplication = (application: unknown) => ({ ...sampleDossier(), application });

describe('generate validates the dossier sections the document is made from (exit 1, no document)', () => {
  const cases: [string, (d: Sample) => unknown, string][] = [
    ['总投资 "abc"', (d) => withApplication({ ...d.application, totalInvestment: 'abc' }), '/application/totalInvestment  总投资（元）：应为数字'],
    ['申报日期 "2024-13-45"', (d) => withApplication({ ...d.application, submittedOn: '2024-13-45' }), '/application/submittedOn  申报日期：应为日期'],
    ['application an array', () => withApplication([]), '/application  项目申报表：应为一组字段'],
    ['application {}', () => withApplication({}), '/application/projectName  项目名称：为必填项'],
  ];
  test.each(cases)('%s', (_, make, line) => {
    const dir = tempFolder('invalid');
    const input = put(join(dir, 'dossier.json'), make(sampleDossier()));
    const r = govforms('generate', 'application-form', input, '-o', join(dir, 'out.docx'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^govforms：材料中有 \d+ 处问题，未生成项目申报表（Word）：\n✗ 项目申报表（application）：\d+ 处问题\n/);
    expect(r.err).toContain(line);
    expect(r.out).toBe('');
    expect(readdirSync(dir)).toEqual(['dossier.json']); // no document, no temporary file
  });
  test('the budget workbook is made from the budget and the application: both are validated', () => {
    const dir = tempFolder('invalid-xlsx');
    const badApplication = put(join(dir, 'app.json'), withApplication({ ...sampleDossier().application, totalInvestment: 'abc' }));
    const r = govforms('generate', 'budget-xlsx', badApplication, '-o', join(dir, 'budget.xlsx'));
    expect(r).toMatchObject({ code: 1, err: expect.stringContaining('/application/totalInvestment  总投资（元）：应为数字') });
    const d = sampleDossier();
    (d.budget.items as Record<string, unknown>[])[0]!.amount = 'abc';
    const badBudget = put(join(dir, 'budget.json'), d);
    expect(govforms('generate', 'budget-xlsx', badBudget, '-o', join(dir, 'budget.xlsx'))).toMatchObject({
      code: 1, err: expect.stringContaining('/budget/items/0/amount  费用明细第1项·金额（元）：应为数字'),
    });
    expect(existsSync(join(dir, 'budget.xlsx'))).toBe(false);
  });
  test('a section the document is not made from is not its business; a missing one is a warning', () => {
    const dir = tempFolder('unused');
    const input = put(join(dir, 'dossier.json'), withApplication({ ...sampleDossier().application, totalInvestment: 'abc' }));
    const annual = govforms('generate', 'annual-report', input, '-o', join(dir, 'annual.docx'));
    expect(annual).toMatchObject({ code: 0, out: expect.stringContaining('✓ 已生成年度运维服务情况报表（Word）') });
    expect(existsSync(join(dir, 'annual.docx'))).toBe(true);
    const { annualReport: _, ...without } = sampleDossier();
    const r = govforms('generate', 'annual-report', put(join(dir, 'no-annual.json'), without), '-o', join(dir, 'empty-annual.docx'));
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^警告：材料中没有“.+”，相关内容显示为“（未填写）”\n/);
  });
  test('the errors in English with --locale en; the valid sample is still generated', () => {
    const dir = tempFolder('invalid-en');
    const input = put(join(dir, 'dossier.json'), withApplication({ ...sampleDossier().application, totalInvestment: 'abc' }));
    const en = govforms('generate', 'application-form', input, '-o', join(dir, 'out.docx'), '--locale', 'en');
    expect(en.code).toBe(1);
    expect(en.err).toContain('The dossier has 1 problem; Project application form (Word) was not generated:');
    expect(en.err).toContain('/application/totalInvestment  Total investment (yuan): must be a number');
    const ok = govforms('generate', 'application-form', put(join(dir, 'sample.json'), sampleDossier()), '-o', join(dir, 'ok.docx'));
    expect(ok).toMatchObject({ code: 0, err: '' });
    expect(docxParagraphs(join(dir, 'ok.docx')).join('\n')).toContain('宿迁市食品安全智慧监管平台建设项目');
  });
});

describe('generate --draft makes the 草稿-marked document on purpose from unfinished material (exit 0)', () => {
  test('Word: the gaps listed at the top, "abc" never printed, the count on stdout', () => {
    const dir = tempFolder('draft');
    const input = put(join(dir, 'dossier.json'), withApplication({ ...sampleDossier().application, totalInvestment: 'abc', submittedOn: '2024-13-45' }));
    const r = govforms('generate', 'application-form', input, '-o', join(dir, 'draft.docx'), '--draft');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/^✓ 已生成项目申报表（Word）的草稿：.*draft\.docx（[\d.]+ KB），其中列出尚缺或有误的内容 2 处\n$/);
    const text = docxParagraphs(join(dir, 'draft.docx'));
    expect(text.slice(0, 2)).toEqual(['草稿：本文件据尚未完成的材料生成，下列 2 处内容尚缺或有误，补正后请重新生成。', '1. 项目申报表·总投资（元）：应为数字']);
    expect(text.join('\n')).not.toContain('abc');
  });
  test('Excel: a budget with an empty row, refused without --draft, is made with it', () => {
    const dir = tempFolder('draft-xlsx');
    const d = sampleDossier();
    (d.budget.items as Record<string, unknown>[]).push({ category: 'development', name: '', amount: 10 });
    const input = put(join(dir, 'dossier.json'), d);
    expect(govforms('generate', 'budget-xlsx', input, '-o', join(dir, 'final.xlsx')).code).toBe(1);
    expect(existsSync(join(dir, 'final.xlsx'))).toBe(false);
    const r = govforms('generate', 'budget-xlsx', input, '-o', join(dir, 'draft.xlsx'), '--draft');
    expect(r).toMatchObject({ code: 0, out: expect.stringContaining('其中列出尚缺或有误的内容 1 处') });
    expect(existsSync(join(dir, 'draft.xlsx'))).toBe(true);
  });
  test('--draft belongs to generate only', () => {
    const dir = tempFolder('draft-check');
    const r = govforms('check', put(join(dir, 'dossier.json'), sampleDossier()), '--draft');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--draft');
  });
});

describe('generate never overwrites one of its inputs and writes the kind of file it names (exit 2)', () => {
  test.each([
    ['the same spelling', (input: string) => input],
    ['another spelling', (input: string) => join(input, '..', '.', 'sub', '..', 'dossier.json')],
    ['a symlink to it', (input: string) => {
      const link = join(input, '..', 'link.docx');
      symlinkSync(input, link);
      return link;
    }],
    ['a hard link to it', (input: string) => {
      const link = join(input, '..', 'hard.docx');
      linkSync(input, link);
      return link;
    }],
  ])('the dossier through %s', (_, outputFor) => {
    const dir = tempFolder('same');
    const input = put(join(dir, 'dossier.json'), sampleDossier());
    const before = readFileSync(input);
    const r = govforms('generate', 'application-form', input, '-o', outputFor(input));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^govforms：输出文件 .+ 就是输入文件 .+dossier\.json，不能覆盖输入文件，请换一个输出路径\n$/);
    expect(readFileSync(input)).toEqual(before);
  });
  test('the department template and the mapping are inputs too', () => {
    const dir = tempFolder('same-template');
    const input = put(join(dir, 'dossier.json'), sampleDossier());
    const template = put(join(dir, 'dept.docx'), departmentTemplate('名称：{名称}'));
    const mapping = put(join(dir, 'map.json'), { 名称: '$.application.projectName' });
    const before = readFileSync(template);
    expect(govforms('generate', 'application-form', input, '--template', template, '-o', template)).toMatchObject({ code: 2, err: expect.stringContaining('就是输入文件') });
    expect(readFileSync(template)).toEqual(before);
    expect(govforms('generate', 'application-form', input, '--template', template, '--mapping', mapping, '-o', mapping).code).toBe(2);
  });
  test('a workbook is not saved as .docx nor a Word document as .xlsx; the case of the extension does not matter', () => {
    const dir = tempFolder('extension');
    const input = put(join(dir, 'dossier.json'), sampleDossier());
    const xlsx = govforms('generate', 'budget-xlsx', input, '-o', join(dir, 'x.docx'));
    expect(xlsx).toMatchObject({ code: 2, err: `govforms：预算明细表（Excel）应保存为 .xlsx 文件，输出文件 ${join(dir, 'x.docx')} 的扩展名不符\n` });
    expect(govforms('generate', 'application-form', input, '-o', join(dir, 'x.xlsx'))).toMatchObject({ code: 2, err: expect.stringContaining('项目申报表（Word）应保存为 .docx 文件') });
    expect(govforms('generate', 'budget-xlsx', input, '-o', join(dir, 'x.docx'), '--locale', 'en').err).toContain('Budget workbook (Excel) is saved as a .xlsx file');
    expect(readdirSync(dir)).toEqual(['dossier.json']);
    expect(govforms('generate', 'budget-xlsx', input, '-o', join(dir, 'BUDGET.XLSX')).code).toBe(0);
    expect(govforms('generate', 'application-form', input, '-o', join(dir, 'out.docx')).code).toBe(0);
  });
});

describe('generate --template dept.docx --mapping map.json: a department\'s own Word template', () => {
  test('mapped tags are filled; a tag mapped to an object or a list of them stays empty with a warning naming tag and path', () => {
    const dir = tempFolder('dept');
    const input = put(join(dir, 'dossier.json'), sampleDossier());
    const template = put(join(dir, 'dept.docx'), departmentTemplate('名称：{名称}', '全部：{全部}', '要点：{要点}', '{#要点}{severity}：{message}{/要点}'));
    const mapping = put(join(dir, 'map.json'), { 名称: '$.application.projectName', 全部: '$', 要点: '$.findings' });
    const out = join(dir, 'out.docx');
    const r = govforms('generate', 'application-form', input, '--template', template, '--mapping', mapping, '-o', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^✓ 已生成项目申报表（Word）：.+out\.docx/);
    expect(r.err).toContain('警告：映射标签“全部”（$）选中的是一组数据（对象或列表），不能作为文字显示，此处留空');
    expect(r.err).toContain('警告：映射标签“要点”（$.findings）选中的是一组数据');
    const text = docxParagraphs(out);
    expect(text).toEqual(expect.arrayContaining(['名称：宿迁市食品安全智慧监管平台建设项目', '全部：', '要点：']));
    expect(text.some((line) => /^提示：.+第.+条/.test(line))).toBe(true); // the loop over the same path still lists the findings
    expect(text.join('\n')).not.toContain('[object Object]');
    const en = govforms('generate', 'application-form', input, '--template', template, '--mapping', mapping, '-o', out, '--locale', 'en');
    expect(en.err).toContain('Mapped tag "全部" ($) selects a group of data (an object or a list), which cannot be shown as text');
  });
  test('an .xlsx or any other file that is not a Word document is refused in zh-CN (exit 1), with no document', async () => {
    const dir = tempFolder('not-docx');
    const input = put(join(dir, 'dossier.json'), sampleDossier());
    const workbook = put(join(dir, 'budget.xlsx'), await buildBudgetWorkbook(sampleDossier()));
    const text = put(join(dir, 'notes.docx'), '这不是 Word 文档');
    for (const template of [workbook, text]) {
      const r = govforms('generate', 'application-form', input, '--template', template, '-o', join(dir, 'out.docx'));
      expect(r.code).toBe(1);
      expect(r.err).toBe(`govforms：模板 ${template} 不是 Word 文档（.docx）：请在 Word 中另存为“Word 文档（*.docx）”后再用作模板\n`);
      expect(r.err).not.toContain('XlsxModule');
    }
    expect(existsSync(join(dir, 'out.docx'))).toBe(false);
  });
  test('--template is for Word documents; --mapping goes with --template; a mapping with a script is refused', () => {
    const dir = tempFolder('dept-usage');
    const input = put(join(dir, 'dossier.json'), sampleDossier());
    const template = put(join(dir, 'dept.docx'), departmentTemplate('{x}'));
    const mapping = put(join(dir, 'map.json'), { x: '$..[?(@.constructor)]' });
    expect(govforms('generate', 'budget-xlsx', input, '--template', template, '-o', join(dir, 'b.xlsx'))).toMatchObject({ code: 2, err: expect.stringContaining('--template 只能用于 Word 文档') });
    expect(govforms('generate', 'application-form', input, '--mapping', mapping, '-o', join(dir, 'a.docx'))).toMatchObject({ code: 2, err: expect.stringContaining('--mapping 需要与 --template 一起使用') });
    expect(govforms('generate', 'application-form', input, '--template', template, '--mapping', mapping, '-o', join(dir, 'a.docx'))).toMatchObject({
      code: 1, err: expect.stringContaining('含有脚本表达式，出于安全原因拒绝执行'),
    });
    expect(readdirSync(dir).sort()).toEqual(['dept.docx', 'dossier.json', 'map.json']);
  });
});
