// Reference for the batch speed-up in bench/docx.bench.mjs: renders the same five files per
// dossier as `govforms batch` (four documents and the workbook) for the dossiers `from`..`to`
// of a folder, in this one process: no worker threads, no coordinator, no files written.
// Running two of these at once shows how far this machine lets two renderers scale at all.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { listDocumentTemplates, renderDocument } from '@govforms/docx';
import { buildBudgetWorkbook } from '@govforms/xlsx';

const [dir, from, to] = process.argv.slice(2);
const ids = listDocumentTemplates().map((t) => t.id);
for (const name of readdirSync(dir).sort().slice(Number(from), Number(to))) {
  const dossier = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  for (const id of ids) await renderDocument(id, dossier);
  await buildBudgetWorkbook(dossier);
}
