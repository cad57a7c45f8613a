/** Tiny zip reader/writer for tests: inspect a workbook's XML, craft hostile zips. */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

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
  return zipNames(zip).map((name) => ({ name, data: zipEntryText(zip, name) }));
}

function zipNames(zip: Uint8Array): string[] {
  const names: string[] = [];
  zipEntryText(zip, '', names);
  return names;
}

/** The text of one entry of a zip (stored or deflated), e.g. 'xl/worksheets/sheet2.xml'. */
export function zipEntryText(zip: Uint8Array, wanted: string, names?: string[]): string {
  const b = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = b.length - 22;
  while (eocd >= 0 && b.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = b.readUInt16LE(p + 10);
    const csize = b.readUInt32LE(p + 20);
    const nameLen = b.readUInt16LE(p + 28);
    const local = b.readUInt32LE(p + 42);
    const name = b.toString('utf8', p + 46, p + 46 + nameLen).replace(/^\//, '');
    names?.push(name);
    if (name === wanted) {
      const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
      const body = b.subarray(start, start + csize);
      return (method === 8 ? inflateRawSync(body) : body).toString('utf8');
    }
    p += 46 + nameLen + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  if (names) return '';
  throw new Error(`no entry ${wanted}`);
}
