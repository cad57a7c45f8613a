/** LibreOffice and Python helpers for the real-client tests (see /work/shared/TESTING.md). */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { convertWithLibreOffice, tempDir } from '../../../testing/real-clients.js';

/** Every sheet as its own UTF-8 CSV, formulas as values (TESTING.md). */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

export function writeTemp(name: string, bytes: Uint8Array): string {
  const path = join(tempDir('xlsx'), name);
  writeFileSync(path, bytes);
  return path;
}

/** Minimal RFC 4180 CSV parser (quotes, doubled quotes, newlines in quoted fields). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** Sheet name → rows, as LibreOffice shows them (recalculated when `recalc`). */
export function sheetsAsCsv(xlsxPath: string, recalc: boolean): Record<string, string[][]> {
  const stem = basename(xlsxPath).replace(/\.xlsx$/, '');
  const out: Record<string, string[][]> = {};
  for (const file of convertWithLibreOffice(xlsxPath, { to: CSV_FILTER, recalc })) {
    const sheet = basename(file).slice(stem.length + 1).replace(/\.csv$/, '');
    out[sheet] = parseCsv(readFileSync(file, 'utf8'));
  }
  return out;
}

/** The 汇总 sheet's label → value pairs (column A → column B). */
export function summaryValues(rows: string[][]): Map<string, string> {
  return new Map(rows.filter((r) => r[0]).map((r) => [r[0] as string, r[1] ?? '']));
}

/** Opens and saves the file in LibreOffice (recalculating), as a finance officer would. */
export function resaveWithLibreOffice(xlsxPath: string): Uint8Array {
  const [out] = convertWithLibreOffice(xlsxPath, { to: 'xlsx', recalc: true });
  return new Uint8Array(readFileSync(out as string));
}
