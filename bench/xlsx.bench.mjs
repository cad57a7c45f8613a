// @govforms/xlsx (built dist): export of 10,000 items, streaming export of 100,000 items
// (time and peak RSS in a fresh process), import of 10,000 items. Each figure has a bare
// exceljs reference measured in the same run.
import ExcelJS from 'exceljs';
import { buildBudgetWorkbook, readBudgetWorkbook } from '@govforms/xlsx';
import { inFreshProcess, medianMs } from './lib.mjs';
import { dossierWithItems, plainRow } from './xlsx-data.mjs';

const streamScript = new URL('./xlsx-stream.mjs', import.meta.url).pathname;

async function bareWorkbook(n) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('明细');
  for (let i = 0; i < n; i++) ws.addRow(plainRow(i));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Median of `runs` fresh-process streaming writes: { ms, maxRssMB }. */
function streamFigures(mode, runs = 3) {
  const results = Array.from({ length: runs }, () => inFreshProcess(streamScript, [mode, '100000']));
  const median = (key) => results.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs / 2)];
  return { ms: median('ms'), maxRssMB: median('maxRssMB') };
}

export default async function () {
  const d10k = dossierWithItems(10_000);
  const ours10k = await buildBudgetWorkbook(d10k);
  const bare10k = await bareWorkbook(10_000);
  const opts = { warmup: 2, iterations: 10 };

  const build = await medianMs(() => buildBudgetWorkbook(d10k), opts);
  const buildRef = await medianMs(() => bareWorkbook(10_000), opts);
  const read = await medianMs(() => readBudgetWorkbook(ours10k), opts);
  const readRef = await medianMs(() => new ExcelJS.Workbook().xlsx.load(bare10k), opts);
  const stream = streamFigures('ours');
  const streamRef = streamFigures('reference');

  return [
    { id: 'xlsx.build.items10000', label: 'buildBudgetWorkbook, 10,000 items', unit: 'ms', target: 800, value: build,
      reference: { label: 'exceljs writeBuffer, 10,000 plain rows', value: buildRef } },
    { id: 'xlsx.stream.items100000', label: 'stream 100,000 items (fresh process)', unit: 'ms', target: 1500, value: stream.ms,
      reference: { label: 'exceljs WorkbookWriter, 100,000 plain rows', value: streamRef.ms } },
    { id: 'xlsx.stream.items100000.rss', label: 'stream 100,000 items: peak RSS', unit: 'MB', target: 250, value: stream.maxRssMB,
      reference: { label: 'bare exceljs process', value: streamRef.maxRssMB } },
    { id: 'xlsx.read.items10000', label: 'readBudgetWorkbook, 10,000 items', unit: 'ms', target: 600, value: read,
      reference: { label: 'exceljs xlsx.load, 10,000 plain rows', value: readRef } },
  ];
}
