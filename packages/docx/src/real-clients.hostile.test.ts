import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { convertWithLibreOffice, runPython, tempDir } from '../../../testing/real-clients.js';
import { listDocumentTemplates, renderDocument } from './index.js';
import { HOSTILE_NAME, ONE_MB, hostileDossier, wordClientsAvailable } from './test-support.js';

// The hostile dossier (XML specials, {tags}, "<w:t>", a 1 MB string, control characters,
// 𠀀 and emoji, __proto__ keys, wrong types) must give documents real clients open.
// LibreOffice reads the 1 MB documents to text (laying out ~800 pages as PDF takes minutes);
// the same dossier without the 1 MB string is printed to PDF.
const available = wordClientsAvailable();

const ids = listDocumentTemplates().map((t) => t.id);
const dir = tempDir('docx-hostile');
const huge: Record<string, string> = {};
const small: Record<string, string> = {};

/** python-docx reads every paragraph and cell; texts over 100,000 characters come back as their length and ending. */
const READ_ALL_TEXT = `
import docx, json, sys
d = docx.Document(sys.argv[1])
texts = [p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells]
tail = 'a' * int(sys.argv[2])
print(json.dumps([t if len(t) < 100000 else {"length": len(t), "endsWithTheMegabyte": t.endswith(tail)} for t in texts]))
`;

describe.skipIf(!available)('real clients: the hostile dossier', () => {
  beforeAll(async () => {
    for (const id of ids) {
      huge[id] = join(dir, `${id}.docx`);
      writeFileSync(huge[id], await renderDocument(id, hostileDossier(), { today: '2026-11-25' }));
      const d = hostileDossier();
      d.application.summary = String(d.application.summary).replace(ONE_MB, '');
      small[id] = join(dir, `${id}-small.docx`);
      writeFileSync(small[id], await renderDocument(id, d, { today: '2026-11-25' }));
    }
  }, 60_000);

  test.each(ids)('%s opens in python-docx with the hostile text literal', (id) => {
    const texts: (string | { length: number; endsWithTheMegabyte: boolean })[] = JSON.parse(runPython(READ_ALL_TEXT, [huge[id]!, String(ONE_MB.length)]));
    const all = texts.filter((t) => typeof t === 'string').join('\n');
    expect(all).toContain(HOSTILE_NAME);
    if (id === 'application-form') {
      expect(texts).toContainEqual({ length: expect.any(Number), endsWithTheMegabyte: true });
      expect(all).toContain('<w:r><w:t>注入</w:t></w:r>');
      expect(all).toContain('总投资（元）');
      expect(all).toContain('400万');
    }
  });

  test.each(ids)('%s with a 1 MB string opens in LibreOffice and reads back in full', (id) => {
    const txt = convertWithLibreOffice(huge[id]!, { to: 'txt:Text (encoded):UTF8' }).find((f) => f.endsWith('.txt'))!;
    const text = readFileSync(txt, 'utf8');
    expect(text).toContain('𠀀😀');
    if (id === 'application-form') {
      expect(text).toContain('响铃空字符\uFFFD残缺 𠀀 😀');
      expect(text).toContain(ONE_MB);
      expect(text).toContain('二、预算汇总'); // what follows the 1 MB cell was read too
    }
  }, 120_000);

  test.each(ids)('%s without the 1 MB string prints to an A4 PDF', (id) => {
    const pdf = convertWithLibreOffice(small[id]!, { to: 'pdf' }).find((f) => f.endsWith('.pdf'))!;
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('{projectName}');
    expect(text).toContain('<w:t>x</w:t>');
  }, 120_000);
});
