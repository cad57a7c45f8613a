// One streaming write of n line items in a fresh process: wall time and peak RSS.
// `node bench/xlsx-stream.mjs ours 100000` (writeBudgetWorkbookStream) or `reference 100000`
// (bare exceljs WorkbookWriter, plain rows). Prints {"ms":…,"maxRssMB":…} as its last line.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writeBudgetWorkbookStream } from '@govforms/xlsx/node';
import { dossierWithItems, plainRow } from './xlsx-data.mjs';

const [mode = 'ours', count = '100000'] = process.argv.slice(2);
const n = Number(count);
const path = join(tmpdir(), `govforms-bench-${process.pid}.xlsx`);
let ms;
if (mode === 'ours') {
  const d = dossierWithItems(n);
  const t0 = performance.now();
  await writeBudgetWorkbookStream(d, path);
  ms = performance.now() - t0;
} else {
  const rows = Array.from({ length: n }, (_, i) => plainRow(i));
  const t0 = performance.now();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: true });
  const ws = wb.addWorksheet('明细');
  for (const r of rows) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
  ms = performance.now() - t0;
}
rmSync(path, { force: true });
console.log(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
