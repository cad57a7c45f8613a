import { dossierDigest, getForm, listForms, rulesVersion, sampleDossier } from '@govforms/core';
import PizZip from 'pizzip';
import { describe, expect, test } from 'vitest';
import { blankTemplate, documentTemplates, renderDocument } from './index.js';
import { paragraphs, partText } from './test-support.js';

const today = '2026-11-25';
const now = new Date('2026-11-29T03:04:05Z');

/** "application 1.2.0、budget 1.0.0": the forms a document uses (its template.json), in form order. */
const formVersions = (id: string) => {
  const def = documentTemplates.find((t) => t.id === id)!;
  return listForms().filter((f) => [def.section, ...def.uses].includes(f.dossierKey)).map((f) => `${f.id} ${f.version}`).join('、');
};

/** The custom document properties as name → value. */
function customProperties(bytes: Uint8Array): Record<string, string> {
  const xml = partText(bytes, 'docProps/custom.xml');
  return Object.fromEntries([...xml.matchAll(/<property [^>]*name="([^"]+)"[^>]*><vt:lpwstr>([^<]*)<\/vt:lpwstr><\/property>/g)].map((m) => [m[1], m[2]]));
}

describe.each(documentTemplates.map((t) => [t.id, t.version]))('%s records where it came from', (id, version) => {
  test('in its custom properties: when, the digest of the canonical dossier JSON, the rule, template and form versions', async () => {
    const dossier = sampleDossier();
    const props = customProperties(await renderDocument(id, dossier, { today, now }));
    expect(props).toMatchObject({
      'govforms.madeAt': '2026-11-29T11:04:05+08:00',
      'govforms.digest': dossierDigest(dossier),
      'govforms.rulesVersion': rulesVersion,
      'govforms.template': `${id} ${version}`,
    });
    expect(props['govforms.forms']).toContain(`application ${getForm('application').version}`);
  });

  test('in a small footer line under the page number, and as the creation time Word shows', async () => {
    const dossier = sampleDossier();
    const bytes = await renderDocument(id, dossier, { today, now });
    for (const footer of ['word/footer-odd.xml', 'word/footer-even.xml']) {
      const [page, line, forms, digest] = paragraphs(bytes, footer);
      expect(page).toBe('— 1 —');
      expect(line).toBe(`govforms 生成于 2026-11-29 11:04（北京时间）· 模板 ${id} ${version} · 规则 ${rulesVersion}`);
      expect(forms).toBe(`表单 ${formVersions(id)}`);
      expect(digest).toBe(`数据摘要（SHA-256）：${dossierDigest(dossier)}`);
    }
    expect(partText(bytes, 'docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-29T03:04:05Z</dcterms:created>');
  });
});

describe('provenance', () => {
  test('one fen changed in the dossier changes the digest the document records', async () => {
    const a = sampleDossier();
    const b = sampleDossier();
    (b.application as Record<string, unknown>).totalInvestment = Number(a.application!.totalInvestment) + 0.01;
    const [da, db] = await Promise.all([a, b].map(async (d) => customProperties(await renderDocument('application-form', d, { today, now }))['govforms.digest']));
    expect(da).not.toBe(db);
  });

  test("a department's template keeps its own custom properties, gains ours, and names itself by its file's digest", async () => {
    const zip = new PizZip(blankTemplate('application-form'));
    zip.file('docProps/custom.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
      + '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="7" name="部门编号"><vt:lpwstr>SQ-01</vt:lpwstr></property>'
      + '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="8" name="govforms.digest"><vt:lpwstr>stale</vt:lpwstr></property></Properties>');
    zip.file('[Content_Types].xml', zip.file('[Content_Types].xml')!.asText().replace('</Types>', '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'));
    const template = zip.generate({ type: 'uint8array' });
    const bytes = await renderDocument('application-form', sampleDossier(), { today, now, template });
    const props = customProperties(bytes);
    expect(props['部门编号']).toBe('SQ-01');
    expect(props['govforms.digest']).toBe(dossierDigest(sampleDossier()));
    expect(props['govforms.template']).toMatch(/^部门模板 sha256:[0-9a-f]{12}$/);
    const xml = partText(bytes, 'docProps/custom.xml');
    const pids = [...xml.matchAll(/pid="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(pids).size).toBe(pids.length);
    expect(partText(bytes, '[Content_Types].xml').match(/docProps\/custom\.xml/g)).toHaveLength(1);
  });

  test('a template without custom properties gets the part, its content type and its relationship', async () => {
    const bytes = await renderDocument('annual-report', sampleDossier(), { today, now, template: blankTemplate('annual-report') });
    expect(partText(bytes, '[Content_Types].xml')).toContain('<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>');
    expect(partText(bytes, '_rels/.rels')).toMatch(/Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/custom-properties" Target="docProps\/custom\.xml"/);
  });

  test('an invalid "now" is refused with a zh-CN message', async () => {
    await expect(renderDocument('application-form', sampleDossier(), { today, now: new Date('nope') })).rejects.toThrow('生成时间（now）应为有效的日期时间');
  });
});
