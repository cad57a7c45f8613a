import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dossierDigest, listForms, rulesVersion, sampleDossier } from '@govforms/core';
import { beforeAll, describe, expect, test } from 'vitest';
import { convertWithLibreOffice, runPython, tempDir } from '../../../testing/real-clients.js';
import { documentTemplates, listDocumentTemplates, renderDocument } from './index.js';
import { wordClientsAvailable } from './test-support.js';

// Every template rendered from the sample dossier, read by python-docx and printed to PDF by
// LibreOffice; pdftotext and pdfinfo read the PDF back.
const available = wordClientsAvailable();

const ids = listDocumentTemplates().map((t) => t.id);
const dir = tempDir('docx-sample');
const pdfs: Record<string, string> = {};
const docs: Record<string, string> = {};

/** python-docx: every paragraph and table cell text, and the page setup of each section. */
const READ_DOCX = `
import docx, json, sys
d = docx.Document(sys.argv[1])
cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
s = d.sections[-1]
print(json.dumps({"paragraphs": [p.text for p in d.paragraphs], "cells": cells, "created": d.core_properties.created.isoformat(),
  "footer": [p.text for p in s.footer.paragraphs],
  "page": [s.page_width.mm, s.page_height.mm, s.top_margin.mm, s.bottom_margin.mm, s.left_margin.mm, s.right_margin.mm]}))
`;

describe.skipIf(!available)('real clients: the sample dossier in python-docx, LibreOffice and poppler', () => {
  beforeAll(async () => {
    for (const id of ids) {
      docs[id] = join(dir, `${id}.docx`);
      writeFileSync(docs[id], await renderDocument(id, sampleDossier(), { today: '2026-11-25', now: new Date('2026-11-29T03:04:05Z') }));
      pdfs[id] = convertWithLibreOffice(docs[id], { to: 'pdf' }).find((f) => f.endsWith('.pdf'))!;
    }
  }, 240_000);

  test.each(ids)('%s opens in python-docx with A4 pages and GB/T 9704 margins', (id) => {
    const read = JSON.parse(runPython(READ_DOCX, [docs[id]!]));
    const [w, h, top, bottom, left, right] = read.page.map((v: number) => Math.round(v));
    expect({ w, h, top, bottom, left, right }).toEqual({ w: 210, h: 297, top: 37, bottom: 35, left: 28, right: 26 });
    expect([...read.paragraphs, ...read.cells].join('\n')).toContain('宿迁市食品安全智慧监管平台建设项目');
    expect(read.created).toBe('2026-11-29T03:04:05');
    expect(read.footer.at(-1)).toBe(`数据摘要（SHA-256）：${dossierDigest(sampleDossier())}`);
  });

  test.each(ids)('%s prints to an A4 PDF that shows the project name and page numbers', (id) => {
    const info = execFileSync('pdfinfo', [pdfs[id]!], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', pdfs[id]!, '-'], { encoding: 'utf8' });
    expect(text.replace(/\s+/g, '')).toContain('宿迁市食品安全智慧监管平台建设项目');
    expect(text).toMatch(/—\s*1\s*—/);
    expect(text).not.toMatch(/undefined|\{[#/]?[\w.]+\}/);
    // The provenance lines fit the page: each on one line of the PDF.
    expect(text).toMatch(new RegExp(`数据摘要（SHA-256）：${dossierDigest(sampleDossier())}`));
    const def = documentTemplates.find((t) => t.id === id)!;
    const forms = listForms().filter((f) => [def.section, ...def.uses].includes(f.dossierKey)).map((f) => `${f.id} ${f.version}`).join('、');
    const lines = text.split('\n').map((l) => l.trim());
    expect(lines).toContain(`govforms 生成于 2026-11-29 11:04（北京时间）· 模板 ${id} ${def.version} · 规则 ${rulesVersion}`);
    expect(lines).toContain(`表单 ${forms}`);
  });

  test('the construction plan PDF shows every chapter title in order and the budget total', () => {
    const text = execFileSync('pdftotext', [pdfs['construction-plan']!, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, '');
    const titles = ['一、建设背景依据', '二、必要性和可行性', '三、投资估（概）算及资金来源', '四、建设目标', '五、建设内容', '六、工期',
      '七、信息资源目录', '八、网络和数据安全体系', '九、软硬件配置', '十、项目特色', '十一、创新性应用场景', '十二、数据共享需求分析', '十三、网络安全需求分析'];
    const positions = titles.map((t) => text.indexOf(t));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('3,856,400.50');
    expect(text).toContain('385.64005');
  });

  test('the application form PDF shows the budget total and the 审核要点 with their articles', () => {
    const text = execFileSync('pdftotext', [pdfs['application-form']!, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, '');
    expect(text).toContain('3,856,400.50元（385.64005万元）');
    expect(text).toContain('审核要点');
    expect(text).toContain('第十九条');
  });

  test('the lifecycle documents print their reasoning: the art. 23 amounts, the self-evaluation\'s payment share, the review\'s 审核要点 table', () => {
    const pdf = (id: string) => execFileSync('pdftotext', [pdfs[id]!, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const change = pdf('change-filing');
    expect(change).toContain('市数据局、市发展改革委、市财政局：');
    expect(change).toContain('占合同金额的8.75%');
    expect(change).toContain('报市数据局、市发展改革委、市财政局备案。');
    expect(pdf('performance-evaluation')).toContain('支付比例79.25%');
    const review = pdf('review-opinion');
    expect(review).toContain('五、审核要点');
    expect(review).toContain('第十九条提示');
  });

  test('the PDFs use CJK fonts (the declared 仿宋/黑体/小标宋 or LibreOffice\'s substitute)', () => {
    const fonts = execFileSync('pdffonts', [pdfs['application-form']!], { encoding: 'utf8' });
    expect(fonts).toMatch(/CJK|Song|Fang|Hei|Kai/i);
  });
});
