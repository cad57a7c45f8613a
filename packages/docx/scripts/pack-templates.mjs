// Build step: writes each built-in template, packed from its text sources, to
// dist/templates/<id>.docx — the blank template a department starts its own from.
// The .docx files are build outputs; only the sources under /templates are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { blankTemplate, listDocumentTemplates } from '../dist/index.js';

const out = new URL('../dist/templates/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const { id } of listDocumentTemplates()) {
  writeFileSync(new URL(`${id}.docx`, out), blankTemplate(id));
  console.log(`packed templates/${id} → dist/templates/${id}.docx`);
}
