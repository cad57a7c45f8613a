import { sampleDossier } from '@govforms/core';
import { describe, expect, test } from 'vitest';
import { makeZip } from '../test-support/zip.js';
import { buildBudgetWorkbook } from './build-workbook.js';
import { DEFAULT_ZIP_LIMITS, inspectXlsxZip } from './zip-guard.js';

const limits = { ...DEFAULT_ZIP_LIMITS, maxEntries: 3, maxEntryBytes: 1000, maxTotalBytes: 1500 };
const entry = (name: string, size = 10) => ({ name, data: 'x'.repeat(size) });

describe('inspectXlsxZip', () => {
  test('accepts our own workbook', async () => {
    expect(await inspectXlsxZip(await buildBudgetWorkbook(sampleDossier()))).toBe('ok');
  });
  test('accepts a zip within every limit', async () => {
    expect(await inspectXlsxZip(makeZip([entry('a'), entry('b', 900)]), limits)).toBe('ok');
    expect(await inspectXlsxZip(makeZip([{ ...entry('stored', 100), store: true }]), limits)).toBe('ok');
  });
  test('refuses a file over the size limit before looking inside', async () => {
    expect(await inspectXlsxZip(new Uint8Array(2000), { ...limits, maxFileBytes: 1999 })).toBe('too-large');
  });
  test('refuses too many entries, one entry too large, or too much in total (declared sizes)', async () => {
    expect(await inspectXlsxZip(makeZip(['a', 'b', 'c', 'd'].map((n) => entry(n))), limits)).toBe('bomb');
    expect(await inspectXlsxZip(makeZip([entry('a', 1001)]), limits)).toBe('bomb');
    expect(await inspectXlsxZip(makeZip([entry('a', 800), entry('b', 800)]), limits)).toBe('bomb');
  });
  test('refuses an entry that inflates beyond what it declares, and stops inflating at the limit', async () => {
    const liar = makeZip([{ name: 'a', data: new Uint8Array(50 * 1024 * 1024), declaredSize: 100 }]);
    expect(await inspectXlsxZip(liar, limits)).toBe('bomb');
  });
  test('tells legacy .xls / encrypted (OLE2) files and non-zips apart', async () => {
    expect(await inspectXlsxZip(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe('legacy-ole');
    expect(await inspectXlsxZip(new TextEncoder().encode('PK but not really a zip file at all, just text'))).toBe('not-zip');
    expect(await inspectXlsxZip(new Uint8Array(10))).toBe('not-zip');
  });
  test('a damaged deflate stream is not a zip we can read', async () => {
    const zip = makeZip([entry('a', 500)]);
    zip.fill(0xff, 31, 40); // inside the compressed data of the first entry
    expect(await inspectXlsxZip(zip, limits)).toBe('not-zip');
  });
});
