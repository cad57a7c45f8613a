// Renders each built-in template from the sample dossier, prints it to PDF with LibreOffice
// and rasterizes page 1 at 60 dpi into docs/documents/<id>.png (run after `npm run build`).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleDossier } from '@govforms/core';
import { listDocumentTemplates, renderDocument } from '../dist/index.js';

const out = new URL('../../../docs/documents/', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'govforms-pictures-'));
mkdirSync(out, { recursive: true });
for (const { id } of listDocumentTemplates()) {
  const docx = join(work, `${id}.docx`);
  writeFileSync(docx, await renderDocument(id, sampleDossier(), { today: '2026-11-25' }));
  execFileSync('timeout', ['120', 'soffice', `-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], { stdio: 'ignore' });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', join(work, `${id}.pdf`), join(out, id)]);
  console.log(`docs/documents/${id}.png`);
}
