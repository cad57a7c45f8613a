/** Tiny zip writer for tests (craft hostile zips), and the text of a workbook's entries. */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { readZipDirectory, type ZipDirectory, type ZipDirectoryEntry } from '@govforms/core';

export interface ZipInput { name: string; data: Uint8Array | string; /** Lie about the uncompressed size. */ declaredSize?: number; store?: boolean }

const u16 = (n: number) => { const b = Buffer.alloc(2); b.writeUInt16LE(n); return b; };
const u32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(n >>> 0); return b; };

/** A zip of `entries` (CRC left 0: our guard does not check it, JSZip does). */
export function makeZip(entries: ZipInput[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data) : Buffer.from(e.data);
    const body = e.store ? raw : deflateRawSync(raw);
    const name = Buffer.from(e.name);
    const size = e.declaredSize ?? raw.length;
    const method = e.store ? 0 : 8;
    const local = Buffer.concat([u32(0x04034b50), u16(20), u16(0), u16(method), u16(0), u16(0), u32(0), u32(body.length), u32(size), u16(name.length), u16(0), name, body]);
    centrals.push(Buffer.concat([u32(0x02014b50), u16(20), u16(20), u16(0), u16(method), u16(0), u16(0), u32(0), u32(body.length), u32(size),
      u16(name.length), u16(0), u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(cd.length), u32(offset), u16(0)]);
  return new Uint8Array(Buffer.concat([...locals, cd, eocd]));
}

/** Every entry of a zip as text (enough for the XML parts of an .xlsx). */
export function zipEntries(zip: Uint8Array): ZipInput[] {
  return directoryOf(zip).entries.map((e) => ({ name: e.name.replace(/^\//, ''), data: entryText(zip, e) }));
}

/** The text of one entry of a zip (stored or deflated), e.g. 'xl/worksheets/sheet2.xml'. */
export function zipEntryText(zip: Uint8Array, wanted: string): string {
  const entry = directoryOf(zip).entries.find((e) => e.name.replace(/^\//, '') === wanted);
  if (!entry) throw new Error(`no entry ${wanted}`);
  return entryText(zip, entry);
}

function directoryOf(zip: Uint8Array): ZipDirectory {
  const directory = readZipDirectory(zip);
  if (typeof directory === 'string') throw new Error(`not a readable zip: ${directory}`);
  return directory;
}

function entryText(zip: Uint8Array, e: ZipDirectoryEntry): string {
  if (e.dataOffset === undefined) throw new Error(`entry ${e.name} has no data`);
  const body = zip.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
  return Buffer.from(e.method === 8 ? inflateRawSync(body) : body).toString('utf8');
}
