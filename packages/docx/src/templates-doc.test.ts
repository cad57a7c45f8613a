import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compactXml, documentTemplates, listDocumentTemplates, packTemplate, templateSourceFiles, templateTagsMarkdown } from './index.js';
import { templateFolders } from './template-sources.js';
import { partText } from './test-support.js';

describe('docs/templates.md', () => {
  test('equals the output generated from the schemas (run `npm run build && npm run docs -w packages/docx` after a change)', () => {
    const committed = readFileSync(new URL('../../../docs/templates.md', import.meta.url), 'utf8');
    expect(committed).toBe(templateTagsMarkdown());
  });
  test('lists every tag the built-in templates use', () => {
    const doc = templateTagsMarkdown();
    for (const { id } of listDocumentTemplates()) {
      const xml = templateSourceFiles(id)['word/document.xml']!;
      const tags = [...xml.matchAll(/\{([#/^]?)([^{}]+)\}/g)].filter(([, prefix]) => prefix !== '/').map(([, , tag]) => tag!);
      expect(tags.length).toBeGreaterThan(3);
      for (const tag of tags) {
        if (tag === '.') continue;
        const last = tag.split('.').at(-1)!;
        expect(doc, `${id}: {${tag}}`).toMatch(new RegExp(`\\{[#]?([\\w.]*\\.)?${last.replace(/[.$]/g, '\\$&')}\\}`));
      }
    }
  });
  test('documents dossier fields with their Chinese titles, and money in three forms', () => {
    const doc = templateTagsMarkdown();
    expect(doc).toContain('| `{application.projectName}` | 项目名称 | 文本，按原文显示（换行保留） |');
    expect(doc).toContain('| `{application.totalInvestmentWan}` | 总投资（万元） |');
    expect(doc).toContain('| `{name}`（在 `{#budget.items}` 内） | 费用明细中每项·名称 |');
    expect(doc).toContain('| `{#chapters}` |');
  });
});

describe('template sources', () => {
  test('one folder per built-in document, beside the shared parts', () => {
    expect(templateFolders()).toEqual(documentTemplates.map((t) => t.id).sort());
  });
  test('packing drops comments and indentation but keeps spaces Word shows', () => {
    const xml = '<w:p>\n  <!-- note -->\n  <w:r><w:t xml:space="preserve"> a  b </w:t></w:r>\n</w:p>';
    expect(compactXml(xml)).toBe('<w:p><w:r><w:t xml:space="preserve"> a  b </w:t></w:r></w:p>');
  });
  test('a packed template is a .docx package with its content types, styles and footers', () => {
    const bytes = packTemplate(templateSourceFiles('construction-plan'));
    expect(partText(bytes, '[Content_Types].xml')).toContain('/word/footer-odd.xml');
    expect(partText(bytes, 'word/styles.xml')).not.toContain('<!--');
    expect(partText(bytes, 'word/document.xml')).toContain('{#chapters}');
  });
});
