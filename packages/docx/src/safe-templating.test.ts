import { sampleDossier } from '@govforms/core';
import { describe, expect, test } from 'vitest';
import { listDocumentTemplates, renderDocument, renderDocumentWithReport } from './index.js';
import { HOSTILE_NAME, ONE_MB, documentText, hostileDossier, paragraphs, partText } from './test-support.js';

const today = '2026-11-25';
const ids = listDocumentTemplates().map((t) => t.id);

describe('user text is always literal', () => {
  test('XML specials, {tags} and "<w:t>" in a name come out exactly as typed', async () => {
    const d = sampleDossier();
    d.application.projectName = HOSTILE_NAME;
    const bytes = await renderDocument('application-form', d, { today });
    expect(paragraphs(bytes)).toContain(HOSTILE_NAME);
    const xml = partText(bytes);
    expect(xml).toContain('&lt;w:t&gt;x&lt;/w:t&gt; &amp;');
    expect(xml).not.toContain('<w:t>x</w:t> &');
  });
  test('newlines become <w:br/> line breaks; long chapter text becomes one paragraph per line', async () => {
    const d = sampleDossier();
    d.application.summary = '第一行\n第二行\r\n第三行';
    d.constructionPlan.background = '第一段\n\n第二段';
    const app = await renderDocument('application-form', d, { today });
    expect(paragraphs(app)).toContain('第一行\n第二行\n第三行');
    expect(partText(app)).toMatch(/第一行<\/w:t><\/w:r><w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:br\/>/);
    const plan = paragraphs(await renderDocument('construction-plan', d, { today }));
    expect(plan).toEqual(expect.arrayContaining(['一、建设背景依据', '第一段', '第二段']));
  });
  test('characters outside the BMP are kept; control characters and broken surrogates are dropped with a warning', async () => {
    const d = sampleDossier();
    d.application.summary = 'a\u0007b\u0000c\ud800d 𠀀😀\tz';
    const { bytes, warnings } = await renderDocumentWithReport('application-form', d, { today });
    expect(paragraphs(bytes)).toContain('abc\uFFFDd 𠀀😀\tz');
    expect(warnings).toContainEqual({ path: '/application/summary', message: expect.stringContaining('项目概述：含有 Word 文档不能容纳的控制字符') });
    expect(partText(bytes)).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
  test('missing fields render as （未填写）, never undefined', async () => {
    const d = sampleDossier();
    delete d.application.summary;
    delete (d.application.applicant as Record<string, unknown>).name;
    d.constructionPlan.necessity = '   ';
    const app = documentText(await renderDocument('application-form', d, { today }));
    expect(app).toContain('项目概述\n（未填写）');
    expect(app).toContain('申报单位（盖章）：（未填写）');
    const plan = paragraphs(await renderDocument('construction-plan', d, { today }));
    expect(plan[plan.indexOf('二、必要性和可行性') + 1]).toBe('（未填写）');
    for (const id of ids) expect(documentText(await renderDocument(id, {}, { today }))).not.toMatch(/undefined|null|NaN|\[object/);
  });
});

describe('bad input still renders, with a zh-CN warning list', () => {
  test('the hostile dossier renders every template', async () => {
    for (const id of ids) {
      const { bytes, warnings } = await renderDocumentWithReport(id, hostileDossier(), { today });
      expect(bytes.byteLength).toBeGreaterThan(1000);
      expect(documentText(bytes)).not.toMatch(/undefined|\[object/);
      expect(warnings.length).toBeGreaterThan(0);
    }
  });
  test('wrong types are shown as typed (scalars) or as （未填写）, each with a warning naming the field', async () => {
    const { bytes, warnings } = await renderDocumentWithReport('application-form', hostileDossier(), { today });
    const text = documentText(bytes);
    expect(text).toContain('总投资（元）\n400万');
    expect(text).toContain('部署方式\nmoon-base');
    expect(text).toContain('共建部门\nnot a list');
    expect(text).toContain('项目是否包含以下内容·是否新建或扩建机房\n（未填写）');
    const messages = warnings.map((w) => `${w.path} ${w.message}`);
    expect(messages).toContain('/application/totalInvestment 总投资（元）：应为金额（元），已按原文显示');
    expect(messages).toContain('/application/deployment 部署方式：“moon-base”不是可选项，已按原文显示');
    expect(messages).toContain('/application/includes 项目是否包含以下内容：应为一组字段，无法显示，按“（未填写）”处理');
    expect(messages).toContain('/budget/items/12/amount 费用明细第13项·金额（元）：无法读取，未计入预算合计');
    expect(messages).toContain('/budget/items/13 费用明细第14项：无法读取，未计入预算合计');
  });
  test('__proto__ keys are ignored and pollute nothing', async () => {
    const { bytes } = await renderDocumentWithReport('annual-report', hostileDossier(), { today });
    expect(documentText(bytes)).not.toContain('from prototype');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(paragraphs(bytes)[paragraphs(bytes).indexOf('一、系统运行') + 1]).toBe('（未填写）');
  });
  test('missing sections are listed as warnings', async () => {
    const { warnings } = await renderDocumentWithReport('construction-plan', { application: sampleDossier().application }, { today });
    expect(warnings.map((w) => w.message)).toEqual(['材料中没有“建设方案”，相关内容显示为“（未填写）”', '材料中没有“预算明细”，相关内容显示为“（未填写）”']);
  });
  test('onWarning hears each warning; English warnings (with English field and form names) on request', async () => {
    const heard: string[] = [];
    const { bytes } = await renderDocumentWithReport('annual-report', { annualReport: { cloudUtilization: 'high' } },
      { today, onWarning: (w) => heard.push(w.message), locale: 'en' });
    expect(heard).toContain('Cloud utilisation (%): expected a number; shown as given');
    expect(documentText(bytes)).toContain('云资源使用率（%）\nhigh'); // the document itself stays Chinese
    const { warnings } = await renderDocumentWithReport('construction-plan', {}, { today, locale: 'en' });
    expect(warnings.map((w) => w.message)).toEqual([
      'The dossier has no "Construction plan"; its fields show as not filled in', 'The dossier has no "Budget details"; its fields show as not filled in',
    ]);
  });
});

describe('size', () => {
  test('a 1 MB string, a 100,000-character chapter and 1,000 budget rows render', async () => {
    const d = sampleDossier();
    d.application.summary = ONE_MB;
    d.constructionPlan.content = '建设内容'.repeat(25_000);
    d.budget.items = Array.from({ length: 1000 }, (_, i) => ({ category: 'development', name: `明细 ${i + 1}`, year: 2024 + (i % 3), amount: 1000.01 }));
    const app = paragraphs(await renderDocument('application-form', d, { today }));
    expect(app).toContain(ONE_MB);
    const plan = await renderDocument('construction-plan', d, { today });
    expect(paragraphs(plan)).toContain('建设内容'.repeat(25_000));
    expect(paragraphs(plan)).toContain('明细 1000');
    expect(documentText(plan)).toContain('费用明细合计\n1,000,010.00 元');
    expect(documentText(plan)).toContain('开发费\n2025年\n333,003.33');
  });
});
