import { basicChapters, getForm, independentChapters, sampleDossier } from '@govforms/core';
import { describe, expect, test } from 'vitest';
import { listDocumentTemplates, renderDocument, renderDocumentWithReport, type DocumentTemplateId } from './index.js';
import { documentText, paragraphs, partText } from './test-support.js';

const today = '2026-11-25';
const ids = listDocumentTemplates().map((t) => t.id);
const chapterTitles = () => {
  const props = getForm('construction-plan').schema.properties as Record<string, { title: string }>;
  return [...basicChapters, ...independentChapters.map(([c]) => c)].map((k) => props[k]!.title);
};

describe.each(ids)('%s from the sample dossier', (id: DocumentTemplateId) => {
  test('renders without warnings and shows the project name', async () => {
    const { bytes, warnings } = await renderDocumentWithReport(id, sampleDossier(), { today });
    expect(warnings).toEqual([]);
    expect(documentText(bytes)).toContain('宿迁市食品安全智慧监管平台建设项目');
    expect(documentText(bytes)).not.toMatch(/undefined|\[object Object\]|\{[#/^]?[\w.]+\}/);
  });
  test('is laid out after GB/T 9704: A4, margins 37/35/28/26 mm, page numbers "— n —"', async () => {
    const bytes = await renderDocument(id, sampleDossier(), { today });
    const body = partText(bytes);
    const sections = [...body.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map(([s]) => s);
    expect(sections.length).toBeGreaterThan(0);
    for (const s of sections) {
      expect(s).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
      expect(s).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    }
    const numbered = sections.at(-1)!;
    expect(numbered).toContain('r:id="rIdFooterOdd"');
    expect(paragraphs(bytes, 'word/footer-odd.xml')[0]).toBe('— 1 —');
    expect(partText(bytes, 'word/footer-odd.xml')).toContain('<w:instrText xml:space="preserve"> PAGE </w:instrText>');
  });
  test('declares its Chinese fonts with w:eastAsia: 方正小标宋简体 title, 仿宋_GB2312 body, 黑体 and 楷体 headings', async () => {
    const styles = partText(await renderDocument(id, sampleDossier(), { today }), 'word/styles.xml');
    for (const font of ['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312']) expect(styles).toContain(`w:eastAsia="${font}"`);
    expect(styles).toMatch(/w:styleId="Title"[\s\S]*?<w:sz w:val="44"\/>/);
    expect(styles).toMatch(/<w:rPrDefault>[\s\S]*?<w:sz w:val="32"\/>/);
    expect(styles).toContain('<w:spacing w:before="0" w:after="0" w:line="560" w:lineRule="exact"/>');
    const fonts = partText(await renderDocument(id, sampleDossier(), { today }), 'word/fontTable.xml');
    expect(fonts).toMatch(/w:name="方正小标宋简体"><w:altName w:val="宋体"\/>/);
    expect(fonts).toMatch(/w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
  });
});

describe('项目申报表', () => {
  test('lists every application field with its Chinese title, options by label, money in 元 and 万元', async () => {
    const text = documentText(await renderDocument('application-form', sampleDossier(), { today }));
    const schema = getForm('application').schema.properties as Record<string, { title: string }>;
    for (const key of ['projectName', 'projectType', 'totalInvestment', 'deployment', 'summary']) expect(text).toContain(schema[key]!.title);
    expect(text).toContain('3,856,400.50 元（385.64005 万元）');
    expect(text).toContain('建设类');
    expect(text).toContain('全市统一政务云');
    expect(text).toContain('申报单位·单位类型\n党政机关');
    expect(text).toContain('2023年9月15日');
    expect(text).toMatch(/是否为重点项目\n否/);
  });
  test('summarises the budget by category, with the data resources and the total to the fen', async () => {
    const text = documentText(await renderDocument('application-form', sampleDossier(), { today }));
    expect(text).toContain('开发费\n2,496,000.00\n249.60');
    expect(text).toContain('数据资源成本费用\n366,400.50\n36.64005');
    expect(text).toContain('合计\n3,856,400.50\n385.64005');
  });
  test('lists the findings of checkDossier as 审核要点 with their articles', async () => {
    const text = documentText(await renderDocument('application-form', sampleDossier(), { today }));
    expect(text).toMatch(/1．〔提示〕第十九条　/);
    const d = sampleDossier();
    d.application.totalInvestment = 4000000.01;
    const text2 = documentText(await renderDocument('application-form', d, { today }));
    expect(text2).toMatch(/1．〔错误〕第十四条　预算合计 3,856,400.50 元 与申报表总投资 4,000,000.01 元 不一致/);
    expect(text2).toMatch(/〔警告〕第二十条　.*需要材料：可行性研究报告、初步设计方案/);
  });
});

describe('建设方案', () => {
  test('has a cover, then the chapters of art. 14(1) and the two independent chapters numbered 一、二、…', async () => {
    const ps = paragraphs(await renderDocument('construction-plan', sampleDossier(), { today }));
    expect(ps.slice(0, 4)).toEqual(['宿迁市食品安全智慧监管平台建设项目', '建设方案', '编制单位：宿迁市市场监督管理局', '编制日期：2023年9月8日']);
    const headings = ps.filter((p) => /^[一二三四五六七八九十]+、/.test(p));
    expect(headings).toEqual(chapterTitles().map((t, i) => `${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三'][i]}、${t}`));
    expect(headings.at(-2)).toBe('十二、数据共享需求分析');
    expect(headings.at(-1)).toBe('十三、网络安全需求分析');
  });
  test('shows the budget by category and year, each line item, and the data-resource list', async () => {
    const text = documentText(await renderDocument('construction-plan', sampleDossier(), { today }));
    expect(text).toContain('1\n开发费\n2024年\n2,496,000.00\n249.60');
    expect(text).toContain('合计\n3,856,400.50\n385.64005');
    expect(text).toContain('1\n开发费\n食品安全追溯子系统开发\n2024\n48\n25,000.00\n1,200,000.00\n按48人月、每人月2.5万元测算');
    expect(text).toContain('费用明细合计\n3,490,000.00 元');
    expect(text).toContain('2\n农产品产地准出与检测数据采集\n宿迁市农业农村局');
    expect(text).toContain('168,400.50');
  });
  test('groups a multi-year budget by category and year', async () => {
    const d = sampleDossier();
    (d.budget.items as { year?: number }[])[1]!.year = 2025;
    delete (d.budget.items as { year?: number }[])[2]!.year;
    const text = documentText(await renderDocument('construction-plan', d, { today }));
    expect(text).toContain('开发费\n2024年\n1,200,000.00');
    expect(text).toContain('开发费\n2025年\n780,000.00');
    expect(text).toContain('开发费\n未分年度\n516,000.00');
  });
});

describe('竣工验收资料清单 and 年度运维服务情况报表', () => {
  test('the checklist marks each art. 31 material 已提供 or 未提供, with dates and the warranty end', async () => {
    const d = sampleDossier();
    d.completion.attachments = ['completion-report', 'audit-report', 'supervision-contract'];
    const text = documentText(await renderDocument('completion-checklist', d, { today }));
    expect(text).toContain('1\n竣工验收报告\n已提供\n第三十一条');
    expect(text).toContain('3\n财务报告\n未提供\n第三十一条');
    expect(text).toContain('9\n档案验收\n未提供\n第三十一条');
    expect(text).toContain('10\n工程监理合同\n已提供');
    expect(text).toContain('竣工验收日期\n2024年12月10日');
    expect(text).toContain('质保期至（第三十三条）\n2027年12月10日');
    expect(text).toMatch(/〔错误〕第三十一条/);
  });
  test('the annual report has the five sections of art. 36 and the cloud utilization', async () => {
    const d = sampleDossier();
    d.annualReport.cloudUtilization = 12.5;
    const ps = paragraphs(await renderDocument('annual-report', d, { today }));
    expect(ps.filter((p) => /^[一二三四五]、/.test(p))).toEqual(['一、系统运行', '二、安全管理', '三、用户使用', '四、经费支付', '五、运营成效']);
    expect(ps.join('\n')).toContain('云资源使用率（%）\n12.5');
    expect(ps.join('\n')).toMatch(/〔警告〕第六条　云资源使用率为 12.5%/);
  });
});
