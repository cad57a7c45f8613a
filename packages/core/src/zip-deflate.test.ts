// deflateStoredZip re-packs the stored zips that pizzip (docx) and JSZip (exceljs, xlsx) write,
// with node:zlib. Read back by both libraries and by zlib itself, the content must be the same.
import { randomBytes } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import JSZip from 'jszip';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { deflatedZip, deflateStoredZip } from './zip-deflate.js';

const xml = (n: number) => `<?xml version="1.0"?><w:document>${'<w:p><w:r><w:t>宿迁市政务信息化项目</w:t></w:r></w:p>'.repeat(n)}</w:document>`;

function storedWithPizZip(files: Record<string, string | Uint8Array>): Uint8Array {
  const zip = new PizZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generate({ type: 'uint8array', compression: 'STORE' });
}

async function storedWithJSZip(files: Record<string, string | Uint8Array>, streamFiles: boolean): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE', streamFiles, comment: 'govforms' });
}

async function readWithJSZip(bytes: Uint8Array): Promise<Record<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const out: Record<string, Uint8Array> = {};
  for (const file of Object.values(zip.files)) if (!file.dir) out[file.name] = await file.async('uint8array');
  return out;
}

function readWithPizZip(bytes: Uint8Array): Record<string, Uint8Array> {
  const zip = new PizZip(bytes, { checkCRC32: true });
  return Object.fromEntries(Object.values(zip.files).filter((f) => !f.dir).map((f) => [f.name, f.asUint8Array()]));
}

/** Method and sizes of each entry, read from the central directory. */
function centralEntries(bytes: Uint8Array): { name: string; method: number; compressed: number; size: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.byteLength - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const entries = [];
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < view.getUint16(eocd + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true), compressed: view.getUint32(at + 20, true), size: view.getUint32(at + 24, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

const encode = (s: string | Uint8Array) => (typeof s === 'string' ? new TextEncoder().encode(s) : s);

describe('deflateStoredZip', () => {
  const files = {
    'word/document.xml': xml(200),
    'word/styles.xml': xml(20),
    '[Content_Types].xml': '<Types/>',
    'docProps/空.txt': '',
    'media/random.bin': new Uint8Array(randomBytes(4096)), // incompressible
  };

  it('deflates every entry that shrinks and leaves the others stored, content unchanged (pizzip)', () => {
    const stored = storedWithPizZip(files);
    const packed = deflateStoredZip(stored);
    const entries = centralEntries(packed);
    const documentXml = entries.find((e) => e.name === 'word/document.xml')!;
    expect(documentXml.method).toBe(8);
    expect(documentXml.compressed).toBeLessThan(documentXml.size / 10);
    expect(packed.byteLength).toBeLessThan(stored.byteLength - documentXml.size * 0.9);
    expect(entries.find((e) => e.name === 'docProps/空.txt')).toMatchObject({ method: 0, compressed: 0, size: 0 });
    expect(entries.find((e) => e.name === 'media/random.bin')).toMatchObject({ method: 0, compressed: 4096 });
    const back = readWithPizZip(packed);
    for (const [name, content] of Object.entries(files)) expect(back[name], name).toEqual(encode(content));
  });

  it('writes data zlib inflates on its own (nothing library-specific)', () => {
    const packed = deflateStoredZip(storedWithPizZip({ 'word/document.xml': xml(50) }));
    const view = new DataView(packed.buffer, packed.byteOffset);
    const dataStart = 30 + view.getUint16(26, true) + view.getUint16(28, true);
    const data = packed.subarray(dataStart, dataStart + view.getUint32(18, true));
    expect(new TextDecoder().decode(inflateRawSync(data))).toBe(xml(50));
  });

  it('re-packs JSZip output, with or without data descriptors, and keeps the archive comment', async () => {
    for (const streamFiles of [false, true]) {
      const packed = deflateStoredZip(await storedWithJSZip(files, streamFiles));
      const back = await readWithJSZip(packed);
      for (const [name, content] of Object.entries(files)) expect(back[name], `${name} streamFiles=${streamFiles}`).toEqual(encode(content));
      expect(new TextDecoder().decode(packed.subarray(-'govforms'.length))).toBe('govforms');
    }
  });

  it('copies entries that are already compressed', () => {
    const zip = new PizZip();
    zip.file('a.xml', xml(30), { compression: 'DEFLATE' });
    zip.file('b.xml', xml(30));
    const mixed = zip.generate({ type: 'uint8array', compression: 'STORE' });
    const packed = deflateStoredZip(mixed);
    expect(centralEntries(packed).map((e) => e.method)).toEqual([8, 8]);
    expect(new TextDecoder().decode(readWithPizZip(packed)['a.xml'])).toBe(xml(30));
  });

  it('refuses bytes that are not a zip', () => {
    expect(() => deflateStoredZip(new TextEncoder().encode('not a zip at all, just some text long enough'))).toThrow(/not a zip/);
  });

  it('round-trips any set of entries (property)', async () => {
    const name = fc.stringMatching(/^[a-z0-9_\-\u4e00-\u9fa5]{1,12}(\/[a-z0-9_\u4e00-\u9fa5]{1,12}){0,2}\.(xml|rels|bin)$/);
    const content = fc.oneof(fc.string({ unit: 'binary', maxLength: 3000 }), fc.uint8Array({ maxLength: 3000 }));
    await fc.assert(fc.asyncProperty(fc.dictionary(name, content, { minKeys: 1, maxKeys: 8 }), fc.boolean(), async (entries, useJSZip) => {
      const stored = useJSZip ? await storedWithJSZip(entries, false) : storedWithPizZip(entries);
      const back = await readWithJSZip(deflateStoredZip(stored));
      expect(Object.keys(back).sort()).toEqual(Object.keys(entries).sort());
      for (const [n, c] of Object.entries(entries)) expect(back[n]).toEqual(encode(c));
    }), { numRuns: 150 });
  });
});

describe('deflatedZip', () => {
  it('in Node asks the library for a stored zip and deflates it natively', async () => {
    const asked: string[] = [];
    const bytes = await deflatedZip((compression) => {
      asked.push(compression);
      return storedWithPizZip({ 'word/document.xml': xml(100) });
    });
    expect(asked).toEqual(['STORE']);
    expect(centralEntries(bytes)).toEqual([expect.objectContaining({ name: 'word/document.xml', method: 8 })]);
  });
});
