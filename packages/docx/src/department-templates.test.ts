import { GovformsError, sampleDossier } from '@govforms/core';
import { describe, expect, test } from 'vitest';
import { TemplateTagError, blankTemplate, packTemplate, renderDocument, renderDocumentWithReport, templateSourceFiles } from './index.js';
import { documentText, paragraphs } from './test-support.js';

const today = '2026-11-25';
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A department's .docx: our shared parts with its own document body. */
function departmentTemplate(...body: string[]): Uint8Array {
  const files = templateSourceFiles('application-form');
  files['word/document.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}</w:body></w:document>`;
  return packTemplate(files);
}

async function failure(promise: Promise<unknown>): Promise<GovformsError> {
  const e = await promise.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(GovformsError);
  return e as GovformsError;
}

describe('a department template with its own tag names', () => {
  test('mapped tags read the dossier through JSONPath, formatted; dossier tags work too', async () => {
    const template = departmentTemplate(
      p('名称：{项目名称}'), p('投资：{总投资}'), p('类型：{application.projectType}'),
      p('{#预算行}'), p('{no}. {名称}：{金额}'), p('{/预算行}'), p('共建：{共建部门}'),
    );
    const mapping = {
      项目名称: '$.application.projectName', 总投资: '$.application.totalInvestment',
      预算行: '$.budget.items[*]', 名称: '@.name', 金额: '@.amount', 共建部门: '$.application.coBuilders',
    };
    const text = paragraphs(await renderDocument('application-form', sampleDossier(), { template, mapping, today }));
    expect(text).toEqual(expect.arrayContaining([
      '名称：宿迁市食品安全智慧监管平台建设项目', '投资：3,856,400.50 元', '类型：建设类',
      '1. 食品安全追溯子系统开发：1,200,000.00 元', '12. 数据安全风险评估：52,000.00 元', '共建：宿迁市商务局、宿迁市农业农村局',
    ]));
  });
  test('a mapping that selects nothing shows （未填写） with a warning', async () => {
    const template = departmentTemplate(p('负责人：{负责人}'));
    const { bytes, warnings } = await renderDocumentWithReport('application-form', sampleDossier(),
      { template, mapping: { 负责人: '$.application.leader' }, today });
    expect(paragraphs(bytes)).toContain('负责人：（未填写）');
    expect(warnings).toContainEqual({ path: '$.application.leader', message: '映射标签“负责人”（$.application.leader）在材料中没有对应的数据，显示为“（未填写）”' });
  });
  test('a mapping that selects an object or a list of objects shows nothing there, with a warning naming tag and path', async () => {
    const template = departmentTemplate(p('全部：{全部}'), p('要点：{要点}'), p('申报：{申报单位}'), p('{#要点}{severity}{/要点}'));
    const mapping = { 全部: '$', 要点: '$.findings', 申报单位: '$.application.applicant' };
    const { bytes, warnings } = await renderDocumentWithReport('application-form', sampleDossier(), { template, mapping, today });
    const text = paragraphs(bytes);
    expect(text).toEqual(expect.arrayContaining(['全部：', '要点：']));
    expect(text.some((x) => /^(提示|警告|错误)+$/.test(x))).toBe(true); // the same path in a loop lists the findings
    expect(text.find((x) => x.startsWith('申报：'))).toContain('单位名称：宿迁市市场监督管理局'); // a group of fields has its one-line form
    expect(text.join('\n')).not.toContain('[object Object]');
    expect(warnings).toEqual([
      { path: '$', message: '映射标签“全部”（$）选中的是一组数据（对象或列表），不能作为文字显示，此处留空；列表请用循环标签 {#全部}…{/全部} 逐项列出' },
      { path: '$.findings', message: '映射标签“要点”（$.findings）选中的是一组数据（对象或列表），不能作为文字显示，此处留空；列表请用循环标签 {#要点}…{/要点} 逐项列出' },
    ]);
  });
  test('the blank built-in template is a starting point: it renders as the built-in one does', async () => {
    const a = documentText(await renderDocument('annual-report', sampleDossier(), { today }));
    const b = documentText(await renderDocument('annual-report', sampleDossier(), { today, template: blankTemplate('annual-report') }));
    expect(b).toBe(a);
  });
});

describe('broken department templates give a zh-CN error naming the tag and its paragraph', () => {
  test('a tag that exists neither in the dossier nor in the mapping', async () => {
    const template = departmentTemplate(p('项目：{application.projectName}'), p('负责人签字：{负责人}'), p('金额：{application.totalInvest}'));
    const e = await failure(renderDocument('application-form', sampleDossier(), { template, today }));
    expect(e).toBeInstanceOf(TemplateTagError);
    expect(e.message).toContain('模板中有 2 处标签错误，未生成文档');
    expect(e.message).toContain('标签 {负责人} 在材料和映射中都不存在（所在段落：“负责人签字：{负责人}”）');
    expect(e.message).toContain('标签 {application.totalInvest} 在材料和映射中都不存在（所在段落：“金额：{application.totalInvest}”）');
    expect((e as TemplateTagError).problems.map((x) => x.tag)).toEqual(['负责人', 'application.totalInvest']);
  });
  test('{#items} without its closing tag', async () => {
    const template = departmentTemplate(p('项目：{application.projectName}'), p('明细：{#items}{name}'));
    const e = await failure(renderDocument('application-form', sampleDossier(), { template, today }));
    expect(e.message).toContain('循环 {#items} 没有对应的结束标签 {/items}（所在段落：“明细：{#items}{name}”）');
    expect(e.message).not.toMatch(/Multi error|unclosed_loop/);
  });
  test('in English on request, braces and all', async () => {
    const template = departmentTemplate(p('明细：{#items}{name}'));
    const e = await failure(renderDocument('application-form', sampleDossier(), { template, today, locale: 'en' }));
    expect(e.message).toBe('The template has 1 tag error; no document was written:\n1. Loop {#items} has no closing tag {/items} (in the paragraph "明细：{#items}{name}")');
  });
  test.each([
    ['{a}}', '“见：{a}}”附近有重复的花括号'],
    ['{/x}', '结束标签 {/x} 没有对应的开始标签 {#x}'],
    ['{#a}x{/b}', '循环 {#a} 被 {/b} 结束，开始与结束标签应同名'],
    ['{a b}', '标签 {a b} 的写法无效'],
    ['{application.constructor}', '标签 {application.constructor} 在材料和映射中都不存在'],
    ['{@raw}', '标签 {@raw} 会插入原始 XML，出于安全原因不支持'],
  ])('%s', async (tag, message) => {
    const e = await failure(renderDocument('application-form', sampleDossier(), { template: departmentTemplate(p(`见：${tag}`)), today }));
    expect(e.message).toContain(message);
  });
});

describe('unsafe or unusable inputs are refused before anything is rendered', () => {
  test.each(['$..[?(@.constructor)]', '$[(process.exit())]', '$..[?(@.x && this.constructor.constructor("return process")().exit())]'])(
    'a script expression in a mapping is rejected, never evaluated: %s', async (path) => {
      const e = await failure(renderDocument('application-form', sampleDossier(), { template: departmentTemplate(p('{x}')), mapping: { x: path }, today }));
      expect(e.code).toBe('unsafe-mapping');
      expect(e.message).toContain('含有脚本表达式，出于安全原因拒绝执行');
    });
  test.each([
    [[1], '映射应为一个 JSON 对象'],
    [{ 'a b': '$.x' }, '映射中的标签名“a b”无效'],
    [{ x: 'application.projectName' }, '映射“x”的值应为以 $ 或 @ 开头的 JSONPath 文本'],
  ])('a malformed mapping %j', async (mapping, message) => {
    const e = await failure(renderDocument('application-form', sampleDossier(), { mapping: mapping as Record<string, string>, today }));
    expect(e.message).toContain(message);
  });
  test('an unreadable custom template', async () => {
    expect((await failure(renderDocument('application-form', {}, { template: new TextEncoder().encode('not a zip'), today }))).message)
      .toBe('无法读取自定义模板：不是有效的 Word 文档（.docx）');
    const zipWithoutDocument = packTemplate({ 'hello.txt': 'hi' });
    expect((await failure(renderDocument('application-form', {}, { template: zipWithoutDocument, today }))).message)
      .toBe('无法读取自定义模板：不是有效的 Word 文档（.docx）');
    expect((await failure(renderDocument('application-form', {}, { template: 'x.docx' as unknown as Uint8Array, today }))).code).toBe('template-unreadable');
  });
  test('an unknown template id names the known ones', async () => {
    const e = await failure(renderDocument('budget-xlsx' as 'annual-report', sampleDossier()));
    expect(e.code).toBe('unknown-template');
    expect(e.message).toContain('未知的文档模板：“budget-xlsx”。可用的模板有：application-form（项目申报表）');
  });
  test('an invalid "today"', async () => {
    expect((await failure(renderDocument('annual-report', {}, { today: '2026-02-30' }))).code).toBe('invalid-today');
  });
});
