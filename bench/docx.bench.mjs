// Word documents (@govforms/docx, built dist): each template for the sample dossier, the
// construction plan with 1,000 budget rows beside bare docxtemplater doing the same kind of
// table, and `govforms batch` over 200 dossiers with 1 and 2 worker threads.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleDossier } from '@govforms/core';
import { listDocumentTemplates, renderDocument } from '@govforms/docx';
import { bareDocxtemplaterTable } from './docx-reference.mjs';
import { medianMs } from './lib.mjs';

const today = '2026-11-25';

/** The sample dossier with `n` budget line items over three years (totals kept consistent). */
function dossierWithRows(n) {
  const d = sampleDossier();
  const categories = ['development', 'implementation', 'maintenance', 'training', 'supervision', 'other'];
  d.budget.items = Array.from({ length: n }, (_, i) => ({
    category: categories[i % 6], name: `费用明细 ${i + 1}`, year: 2024 + (i % 3), quantity: 2, unitPrice: 1234.56, amount: 2469.12,
  }));
  d.budget.dataResources = [];
  d.application.totalInvestment = (246912 * n) / 100;
  return d;
}

/** Wall time in seconds of `govforms batch` over `dir` with `jobs` worker threads. */
function batchSeconds(dir, jobs) {
  const out = mkdtempSync(join(tmpdir(), 'govforms-bench-batch-out-'));
  const bin = new URL('../packages/cli/bin/govforms.js', import.meta.url).pathname;
  const t0 = process.hrtime.bigint();
  execFileSync(process.execPath, [bin, 'batch', dir, '-o', out, '--jobs', String(jobs)], { stdio: 'ignore' });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  rmSync(out, { recursive: true, force: true });
  return seconds;
}

/** Wall time in seconds of `processes` bench/render-loop.mjs processes sharing the dossiers of `dir`, run at once. */
async function renderLoopSeconds(dir, count, processes) {
  const script = new URL('./render-loop.mjs', import.meta.url).pathname;
  const share = Math.ceil(count / processes);
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: processes }, (_, i) => new Promise((resolve, reject) => {
    execFile(process.execPath, [script, dir, String(i * share), String((i + 1) * share)], (e) => (e ? reject(e) : resolve()));
  })));
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export default async function () {
  const rows = [];
  const sample = sampleDossier();
  for (const { id, title } of listDocumentTemplates()) {
    rows.push({
      id: `docx.${id}.sample`, label: `${id} (${title}), sample dossier`, unit: 'ms',
      target: id === 'construction-plan' ? 60 : undefined,
      value: await medianMs(() => renderDocument(id, sample, { today }), { warmup: 10, iterations: 40 }),
    });
  }
  const big = dossierWithRows(1000);
  rows.push({
    id: 'docx.construction-plan.rows1000', label: 'construction-plan, 1,000 budget rows', unit: 'ms', target: 120,
    value: await medianMs(() => renderDocument('construction-plan', big, { today }), { warmup: 3, iterations: 15 }),
    reference: { label: 'bare docxtemplater, 1 table × 1,000 rows', value: await medianMs(() => bareDocxtemplaterTable(1000), { warmup: 3, iterations: 15 }) },
  });

  const dir = mkdtempSync(join(tmpdir(), 'govforms-bench-batch-in-'));
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < 200; i++) {
    const d = sampleDossier();
    d.application.projectName = `${d.application.projectName}（${i + 1}）`;
    writeFileSync(join(dir, `dossier-${String(i + 1).padStart(3, '0')}.json`), JSON.stringify(d));
  }
  const runs = 3;
  const one = median(Array.from({ length: runs }, () => batchSeconds(dir, 1)));
  const two = median(Array.from({ length: runs }, () => batchSeconds(dir, 2)));
  // The most any 2-way split can gain here: the same rendering in 2 independent processes
  // against 1. With one renderer, V8's GC and compiler threads use the otherwise idle core;
  // with two they compete with the renderers.
  const loops = [];
  for (let i = 0; i < runs; i++) loops.push([await renderLoopSeconds(dir, 200, 1), await renderLoopSeconds(dir, 200, 2)]);
  const ceiling = median(loops.map(([a, b]) => b / a));
  rmSync(dir, { recursive: true, force: true });
  // Batch writes every Word document and the budget workbook for each dossier.
  const perDossier = listDocumentTemplates().length + 1;
  rows.push(
    { id: 'docx.batch200.jobs1', label: `batch, 200 dossiers × ${perDossier} files, 1 worker`, unit: 's', value: one },
    { id: 'docx.batch200.jobs2', label: `batch, 200 dossiers × ${perDossier} files, 2 workers`, unit: 's', target: 20, value: two },
    { id: 'docx.batch200.docsPerSecond.jobs1', label: 'batch documents per second, 1 worker', unit: 'docs/s', value: (200 * perDossier) / one },
    { id: 'docx.batch200.docsPerSecond.jobs2', label: 'batch documents per second, 2 workers', unit: 'docs/s', value: (200 * perDossier) / two },
    {
      id: 'docx.batch200.timeRatio', label: 'batch time 2 workers ÷ 1 worker (≥1.7× faster)', unit: '×', target: 1 / 1.7, value: two / one,
      reference: { label: 'same rendering, 2 processes ÷ 1 process (machine ceiling)', value: ceiling },
    },
  );
  return rows;
}
