// A draft (草稿) from unfinished material: every page says so, the body lists what is missing,
// and values that do not match their forms are never printed as if they were right.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleDossier, type Dossier } from '@govforms/core';
import { describe, expect, it } from 'vitest';
import { convertWithLibreOffice, tempDir } from '../../../testing/real-clients.js';
import { listDocumentTemplates, renderDocument } from './index.js';
import { documentText, paragraphs, partText, wordClientsAvailable } from './test-support.js';

const opts = { today: '2026-11-25', now: new Date('2026-11-29T03:04:05Z') };

/** The sample with a total investment of "abc", an impossible date and `emptyRows` budget rows without a name. */
function unfinished(emptyRows = 1): Dossier {
  const d = sampleDossier();
  const budget = structuredClone(d.budget as { items: Record<string, unknown>[] });
  for (let i = 0; i < emptyRows; i++) budget.items.push({ category: 'development', name: '', amount: 100 });
  return { ...d, application: { ...(d.application as object), totalInvestment: 'abc', submittedOn: '2024-13-45' }, budget };
}

describe('renderDocument(id, dossier, { draft: true })', () => {
  it('opens with the 草稿 notice and each gap, labelled by form and field; "abc" is never printed', async () => {
    const d = unfinished();
    const rows = (d.budget as { items: unknown[] }).items.length;
    const text = paragraphs(await renderDocument('application-form', d, { ...opts, draft: true }));
    expect(text[0]).toBe('草稿：本文件据尚未完成的材料生成，下列 3 处内容尚缺或有误，补正后请重新生成。');
    expect(text.slice(1, 4)).toEqual([
      '1. 项目申报表·总投资（元）：应为数字',
      '2. 项目申报表·申报日期：应为日期，格式 YYYY-MM-DD（如 2024-09-30）',
      `3. 预算明细·费用明细第${rows}项·名称：不能为空`,
    ]);
    const all = text.join('\n');
    expect(all).not.toContain('abc');
    expect(all).not.toContain('2024-13-45');
    expect(all).toContain('宿迁市食品安全智慧监管平台建设项目'); // what is right is all there
  });

  it.each(listDocumentTemplates().map((t) => t.id))('%s: every section refers to the red 草稿 header', async (id) => {
    const bytes = await renderDocument(id, unfinished(), { ...opts, draft: true });
    const xml = partText(bytes);
    const sections = xml.match(/<w:sectPr\b/g)!.length;
    const refs = [...xml.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)];
    expect(refs).toHaveLength(sections * 3);
    const rels = partText(bytes, 'word/_rels/document.xml.rels');
    expect(rels).toContain(`Id="${refs[0]![2]}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header-govforms-draft.xml"`);
    expect(paragraphs(bytes, 'word/header-govforms-draft.xml')).toEqual(['草稿　不得作为正式材料报送']);
    expect(partText(bytes, '[Content_Types].xml')).toContain('/word/header-govforms-draft.xml');
  });

  it('a complete dossier asked for as a draft still says 草稿; without the option nothing changes', async () => {
    const draft = await renderDocument('application-form', sampleDossier(), { ...opts, draft: true });
    expect(paragraphs(draft)[0]).toBe('草稿：本文件按要求标为草稿。');
    const final = await renderDocument('application-form', sampleDossier(), opts);
    expect(documentText(final)).not.toContain('草稿');
    expect(partText(final)).not.toContain('headerReference');
  });

  it('a long list is cut at 200 lines, saying how many more', async () => {
    const text = paragraphs(await renderDocument('application-form', unfinished(250), { ...opts, draft: true }));
    expect(text[0]).toContain('下列 252 处');
    expect(text.find((p) => p.startsWith('……'))).toBe('……另有 52 处，见填报页面。');
  });
});

describe.skipIf(!wordClientsAvailable())('a draft printed by LibreOffice', () => {
  it('says 草稿 on every page', async () => {
    const dir = tempDir('docx-draft');
    const file = join(dir, 'draft.docx');
    writeFileSync(file, await renderDocument('application-form', unfinished(120), { ...opts, draft: true }));
    const pdf = convertWithLibreOffice(file, { to: 'pdf' }).find((f) => f.endsWith('.pdf'))!;
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(page.replace(/\s+/g, '')).toContain('草稿不得作为正式材料报送');
  }, 120_000);
});
