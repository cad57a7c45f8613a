/**
 * Deflating .docx/.xlsx packages with node:zlib. pizzip and exceljs deflate with pako, in
 * JavaScript; in Node the native zlib is several times faster and keeps its work tables off
 * the JS heap (less garbage collection), which matters most when `govforms batch` keeps every
 * core busy. So in Node the
 * libraries write their zip with every entry stored, and `deflateStoredZip` compresses the
 * entries afterwards. Browsers (no node:zlib) keep the libraries' own deflate.
 *
 * Zip layout (APPNOTE.TXT 4.3): local header + data per entry, then the central directory,
 * then the end-of-central-directory record. The central directory is the authority for
 * sizes and offsets; a CRC-32 is of the uncompressed data, so it stays valid.
 */

type RawDeflate = (data: Uint8Array) => Uint8Array;

interface NodeZlib {
  deflateRawSync(data: Uint8Array, options?: { level?: number }): Uint8Array;
}

let nodeZlib: { zlib?: NodeZlib } | undefined;

/**
 * node:zlib's raw deflate when running in Node (≥ 20.16), undefined in browsers. Looked up
 * on first use, so importing core (e.g. only to validate forms) does not load zlib.
 */
function rawDeflate(): RawDeflate | undefined {
  nodeZlib ??= {
    zlib: (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:zlib') as NodeZlib | undefined,
  };
  const { zlib } = nodeZlib;
  return zlib && ((data) => zlib.deflateRawSync(data, { level: 6 }));
}

export type ZipCompression = 'STORE' | 'DEFLATE';

/**
 * The bytes of a zip package with its entries deflated. `generate` is the library's own
 * writer (pizzip, exceljs): in Node it is asked for a stored zip, deflated here by node:zlib;
 * in browsers it deflates itself.
 */
export async function deflatedZip(generate: (compression: ZipCompression) => Uint8Array | Promise<Uint8Array>): Promise<Uint8Array> {
  return rawDeflate() ? deflateStoredZip(await generate('STORE')) : generate('DEFLATE');
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
const DATA_DESCRIPTOR_FLAG = 0x0008;

function endOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new Error('deflateStoredZip: not a zip (no end-of-central-directory record)');
}

interface Entry {
  central: Uint8Array;
  local: Uint8Array;
  data: Uint8Array;
}

/**
 * A zip whose entries are stored (method 0) → the same zip with those entries deflated.
 * Entries already compressed, and entries that deflate would not shrink, are copied as
 * they are. Zip64 archives (over 4 GB or 65,535 entries; never produced here) are returned
 * unchanged. Needs node:zlib.
 */
export function deflateStoredZip(zip: Uint8Array): Uint8Array {
  const deflate = rawDeflate();
  if (!deflate) throw new Error('deflateStoredZip needs node:zlib');
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = endOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  const centralStart = view.getUint32(eocd + 16, true);
  if (count === 0xffff || centralStart === 0xffffffff) return zip;

  const entries: Entry[] = [];
  let at = centralStart;
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER) throw new Error('deflateStoredZip: broken central directory');
    const centralLength = 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const central = zip.slice(at, at + centralLength);
    const c = new DataView(central.buffer);
    const method = c.getUint16(10, true);
    const compressedSize = c.getUint32(20, true);
    const localStart = c.getUint32(42, true);
    if (view.getUint32(localStart, true) !== LOCAL_HEADER) throw new Error('deflateStoredZip: broken local header');
    const localLength = 30 + view.getUint16(localStart + 26, true) + view.getUint16(localStart + 28, true);
    const local = zip.slice(localStart, localStart + localLength);
    const l = new DataView(local.buffer);
    let data = zip.subarray(localStart + localLength, localStart + localLength + compressedSize);
    if (method === STORED && data.byteLength > 0) {
      const deflated = deflate(data);
      if (deflated.byteLength < data.byteLength) {
        data = deflated;
        for (const [h, methodAt] of [[c, 10], [l, 8]] as const) {
          h.setUint16(methodAt, DEFLATED, true);
          h.setUint16(methodAt - 4, Math.max(h.getUint16(methodAt - 4, true), 20), true); // version needed: 2.0
        }
      }
    }
    // Sizes and CRC go into the local header; a trailing data descriptor is no longer needed.
    for (const [h, flagsAt] of [[c, 8], [l, 6]] as const) h.setUint16(flagsAt, h.getUint16(flagsAt, true) & ~DATA_DESCRIPTOR_FLAG, true);
    l.setUint32(14, c.getUint32(16, true), true);
    l.setUint32(18, data.byteLength, true);
    l.setUint32(22, c.getUint32(24, true), true);
    c.setUint32(20, data.byteLength, true);
    entries.push({ central, local, data });
    at += centralLength;
  }

  const comment = zip.subarray(eocd + 22);
  const size = entries.reduce((n, e) => n + e.local.byteLength + e.data.byteLength + e.central.byteLength, 0) + 22 + comment.byteLength;
  const out = new Uint8Array(size);
  const o = new DataView(out.buffer);
  let offset = 0;
  for (const e of entries) {
    new DataView(e.central.buffer).setUint32(42, offset, true);
    out.set(e.local, offset);
    out.set(e.data, offset + e.local.byteLength);
    offset += e.local.byteLength + e.data.byteLength;
  }
  const centralOffset = offset;
  for (const e of entries) {
    out.set(e.central, offset);
    offset += e.central.byteLength;
  }
  out.set(zip.subarray(eocd, eocd + 22), offset);
  o.setUint16(offset + 8, entries.length, true);
  o.setUint16(offset + 10, entries.length, true);
  o.setUint32(offset + 12, offset - centralOffset, true);
  o.setUint32(offset + 16, centralOffset, true);
  out.set(comment, offset + 22);
  return out;
}
