import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { GovformsError, summarizeBudget } from '@govforms/core';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../../../testing/real-clients.js';
import { GENERATED_AT, manyItems, sample, withItems, type Dossier } from '../test-support/budgets.js';
import { loadWithExcelJS, summaryCells } from '../test-support/exceljs.js';
import { zipEntryText } from '../test-support/zip.js';
import { buildBudgetWorkbook, readBudgetWorkbook, writeBudgetWorkbookStream } from './node.js';

async function streamed(d: Dossier): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeBudgetWorkbookStream(d, out, { generatedAt: GENERATED_AT });
  return new Uint8Array(Buffer.concat(chunks));
}

describe('writeBudgetWorkbookStream (Node, @govforms/xlsx/node)', () => {
  test('writes the same workbook as buildBudgetWorkbook: sheets, formulas, cached results, budget', async () => {
    const d = sample();
    const [fromStream, inMemory] = [await streamed(d), await buildBudgetWorkbook(d, { generatedAt: GENERATED_AT })];
    expect(await readBudgetWorkbook(fromStream)).toEqual(d.budget);
    const [a, b] = [await loadWithExcelJS(fromStream), await loadWithExcelJS(inMemory)];
    expect(a.worksheets.map((w) => w.name)).toEqual(b.worksheets.map((w) => w.name));
    const values = (m: Map<string, { value: unknown }>) => [...m].map(([k, c]) => [k, c.value]);
    expect(values(summaryCells(a))).toEqual(values(summaryCells(b)));
    const items = a.getWorksheet('明细');
    expect(items?.getCell('G2').value).toEqual({ formula: 'ROUND(E2*F2,2)', result: 1200000 });
    expect(items?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(items?.autoFilter).toBe('A1:H13');
    expect(items?.pageSetup.printTitlesRow).toBe('1:1');
    expect(zipEntryText(fromStream, 'xl/worksheets/sheet2.xml')).toContain('sqref="B2:B1048576"');
  });
  test('20,000 line items stream out and read back with exact totals', async () => {
    const d = withItems(manyItems(20_000));
    const back = await readBudgetWorkbook(await streamed(d));
    expect(back.items).toHaveLength(20_000);
    expect(summarizeBudget(back)).toEqual(summarizeBudget(d.budget));
  });
  test('to a path: the file appears complete, through a temporary file', async () => {
    const dir = tempDir('stream');
    const path = join(dir, '预算.xlsx');
    await writeBudgetWorkbookStream(sample(), path);
    expect(await readBudgetWorkbook(new Uint8Array(readFileSync(path)))).toEqual(sample().budget);
    expect(readdirSync(dir)).toEqual(['预算.xlsx']);
  });
  test('bad input throws the zh-CN error and writes no file', async () => {
    const dir = tempDir('stream-bad');
    const path = join(dir, 'bad.xlsx');
    const d = withItems([{ category: 'development', name: '服务器', amount: 1.001 }]);
    const e = await writeBudgetWorkbookStream(d, path).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(GovformsError);
    expect((e as Error).message).toBe('费用明细第1项“服务器”：金额（元）应为不超过两位小数、不超过 1 万亿元的非负数（收到 1.001）');
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
