// deflateStoredZip re-packs the stored zips that pizzip (docx) and JSZip (exceljs, xlsx) write,
// with node:zlib. Read back by both libraries and by zlib itself, the content must be the same.
import { randomBytes } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import JSZip from 'jszip';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { deflatedZip, deflateStoredZip, readZipDirectory, type ZipDirectory } from './zip-deflate.js';

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
  const directory = readZipDirectory(bytes);
  if (typeof directory === 'string') throw new Error(`not a readable zip: ${directory}`);
  return directory.entries.map(({ name, method, compressedSize, size }) => ({ name, method, compressed: compressedSize, size }));
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

  it('refuses a zip whose central directory or local header is broken, and returns a Zip64 archive unchanged', () => {
    const stored = storedWithPizZip({ 'a.xml': xml(5) });
    const view = new DataView(stored.buffer);
    const end = stored.byteLength - 22;
    const broken = stored.slice();
    new DataView(broken.buffer).setUint16(end + 10, 2, true);
    expect(() => deflateStoredZip(broken)).toThrow(/broken central directory/);
    const noLocal = stored.slice();
    new DataView(noLocal.buffer).setUint32(0, 0, true);
    expect(() => deflateStoredZip(noLocal)).toThrow(/broken local header/);
    view.setUint16(end + 10, 0xffff, true);
    expect(deflateStoredZip(stored)).toBe(stored);
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

describe('readZipDirectory', () => {
  const files = { 'xl/workbook.xml': xml(40), '[Content_Types].xml': '<Types/>', 'docProps/空.txt': '', 'media/random.bin': new Uint8Array(randomBytes(300)) };

  function directoryOf(bytes: Uint8Array): ZipDirectory {
    const d = readZipDirectory(bytes);
    if (typeof d === 'string') throw new Error(`expected a directory, got ${d}`);
    return d;
  }

  it('lists every entry with its name, method, sizes and where its data is (JSZip, deflated, data descriptors, comment)', async () => {
    const zip = new JSZip();
    for (const [name, content] of Object.entries(files)) zip.file(name, content, { compression: name.endsWith('.xml') ? 'DEFLATE' : 'STORE', createFolders: false });
    const bytes = await zip.generateAsync({ type: 'uint8array', streamFiles: true, comment: 'govforms 预算' });
    const d = directoryOf(bytes);
    expect(d.entries.map((e) => [e.name, e.method])).toEqual([['xl/workbook.xml', 8], ['[Content_Types].xml', 8], ['docProps/空.txt', 0], ['media/random.bin', 0]]);
    for (const e of d.entries) {
      const content = encode(files[e.name as keyof typeof files]);
      expect(e.size, e.name).toBe(content.byteLength);
      const data = bytes.subarray(e.dataOffset!, e.dataOffset! + e.compressedSize);
      expect(e.method === 8 ? new Uint8Array(inflateRawSync(data)) : data, e.name).toEqual(content);
      expect(new DataView(bytes.buffer, bytes.byteOffset).getUint32(e.centralOffset, true)).toBe(0x02014b50);
    }
    expect(d.centralOffset).toBe(d.entries[0]!.centralOffset);
    expect(d.centralOffset + d.centralSize).toBe(d.endOffset);
    const last = d.entries.at(-1)!;
    expect(last.centralOffset + last.centralLength).toBe(d.endOffset);
    expect(new TextDecoder().decode(bytes.subarray(d.endOffset + 22))).toBe('govforms 预算');
  });

  it('reads what pizzip writes, entry for entry', () => {
    const bytes = storedWithPizZip(files);
    const names = Object.values(new PizZip(bytes).files).map((f) => f.name); // folders included
    expect(directoryOf(bytes).entries.map((e) => e.name).sort()).toEqual(names.sort());
  });

  it('an empty zip has no entries', async () => {
    expect(directoryOf(await new JSZip().generateAsync({ type: 'uint8array' })).entries).toEqual([]);
  });

  it('bytes without an end-of-central-directory record are not a zip', () => {
    expect(readZipDirectory(new Uint8Array(0))).toBe('not-zip');
    expect(readZipDirectory(new Uint8Array([0x50, 0x4b, 0x05, 0x06]))).toBe('not-zip'); // the signature, but shorter than the record
    expect(readZipDirectory(new TextEncoder().encode('序号,名称\n1,服务器\n'.repeat(20)))).toBe('not-zip');
    const bytes = storedWithPizZip(files);
    // The record must start within 22 + 65,535 bytes of the end.
    const padded = new Uint8Array(bytes.byteLength + 0x10000);
    padded.set(bytes);
    expect(readZipDirectory(padded)).toBe('not-zip');
  });

  it('Zip64 markers are reported, not followed', () => {
    for (const [at, width] of [[10, 2], [12, 4], [16, 4]] as const) {
      const bytes = storedWithPizZip(files);
      const view = new DataView(bytes.buffer);
      const end = directoryOf(bytes).endOffset;
      if (width === 2) view.setUint16(end + at, 0xffff, true);
      else view.setUint32(end + at, 0xffffffff, true);
      expect(readZipDirectory(bytes), `offset ${at}`).toBe('zip64');
    }
  });

  it('a central directory that does not fit its record is broken', () => {
    const bytes = storedWithPizZip(files);
    const { endOffset, centralOffset } = directoryOf(bytes);
    const edit = (f: (v: DataView) => void) => {
      const copy = bytes.slice();
      f(new DataView(copy.buffer));
      return readZipDirectory(copy);
    };
    expect(edit((v) => v.setUint32(endOffset + 16, endOffset, true))).toBe('broken'); // directory starts at the record
    expect(edit((v) => v.setUint16(endOffset + 10, 5, true))).toBe('broken'); // more entries than it holds
    expect(edit((v) => v.setUint32(centralOffset, 0x12345678, true))).toBe('broken'); // not a central header
    expect(edit((v) => v.setUint16(centralOffset + 28, 0xffff, true))).toBe('broken'); // a name running into the record
  });

  it('an entry whose local header is missing, or whose data runs past the end, has no data offset', () => {
    const bytes = storedWithPizZip({ 'a.xml': xml(3), 'b.xml': xml(4) });
    const [a, b] = directoryOf(bytes).entries;
    const view = new DataView(bytes.buffer);
    view.setUint32(a!.localOffset, 0, true);
    view.setUint32(b!.centralOffset + 20, bytes.byteLength, true); // compressed size beyond the file
    const [a2, b2] = directoryOf(bytes).entries;
    expect(a2!.dataOffset).toBeUndefined();
    expect(b2!.dataOffset).toBeUndefined();
    view.setUint32(b!.centralOffset + 42, 0xfffffff0, true); // local header beyond the file
    expect(directoryOf(bytes).entries[1]!.dataOffset).toBeUndefined();
  });

  it('never throws and never points outside the bytes, however they are cut or damaged (property)', () => {
    const bytes = storedWithPizZip(files);
    fc.assert(fc.property(fc.nat(bytes.byteLength), fc.array(fc.tuple(fc.nat(bytes.byteLength - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }), (cut, damage) => {
      const copy = bytes.slice(0, cut);
      for (const [at, value] of damage) if (at < copy.byteLength) copy[at] = value;
      const d = readZipDirectory(copy);
      if (typeof d === 'string') return;
      expect(d.endOffset + 22).toBeLessThanOrEqual(copy.byteLength);
      for (const e of d.entries) {
        expect(e.centralOffset + e.centralLength).toBeLessThanOrEqual(d.endOffset);
        if (e.dataOffset !== undefined) expect(e.dataOffset + e.compressedSize).toBeLessThanOrEqual(copy.byteLength);
      }
    }), { numRuns: 500 });
  });
});
