/**
 * The zip packages of .docx/.xlsx files: `readZipDirectory`, the one reader of a zip's
 * central directory (the deflater below and the xlsx importer's zip-bomb guard both use it),
 * and deflating with node:zlib.
 *
 * Deflating with node:zlib. pizzip and exceljs deflate with pako, in
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
const END_RECORD_LENGTH = 22;
const CENTRAL_HEADER_LENGTH = 46;
const LOCAL_HEADER_LENGTH = 30;

/** One entry of a zip's central directory (APPNOTE.TXT 4.3.12). */
export interface ZipDirectoryEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** The uncompressed size the entry declares (a hostile file may lie). */
  size: number;
  /** Where the entry's central-directory header starts, and its length with name, extra field and comment. */
  centralOffset: number;
  centralLength: number;
  /** Where the entry's local header starts. */
  localOffset: number;
  /** Where its data starts; undefined when the local header is missing or the data runs past the end of the file. */
  dataOffset: number | undefined;
}

export interface ZipDirectory {
  entries: ZipDirectoryEntry[];
  /** Where the end-of-central-directory record starts (its comment follows its 22 bytes). */
  endOffset: number;
  /** Where the central directory starts, and its length. */
  centralOffset: number;
  centralSize: number;
}

/**
 * Why bytes have no readable directory: no end-of-central-directory record ('not-zip'), a
 * Zip64 archive (over 65,535 entries or 4 GB; nothing here needs one), or a central
 * directory that does not fit its record ('broken').
 */
export type ZipDirectoryProblem = 'not-zip' | 'zip64' | 'broken';

function findEndRecord(view: DataView): number | undefined {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const last = view.byteLength - END_RECORD_LENGTH;
  for (let at = last; at >= Math.max(0, last - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return undefined;
}

// Names are read as UTF-8: what Office, WPS, LibreOffice, JSZip and pizzip write (plain ASCII
// names read the same in every encoding).
const utf8 = new TextDecoder();

/**
 * The central directory of a zip (.xlsx, .docx): every entry's name, method, sizes and
 * offsets, read from the end-of-central-directory record. Never throws and never reads past
 * the bytes, whatever they hold: what cannot be read is a ZipDirectoryProblem. Sizes are as
 * declared; inflating is the caller's business.
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory | ZipDirectoryProblem {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const endOffset = bytes.byteLength >= END_RECORD_LENGTH ? findEndRecord(view) : undefined;
  if (endOffset === undefined) return 'not-zip';
  const count = view.getUint16(endOffset + 10, true);
  const centralSize = view.getUint32(endOffset + 12, true);
  const centralOffset = view.getUint32(endOffset + 16, true);
  if (count === 0xffff || centralSize === 0xffffffff || centralOffset === 0xffffffff) return 'zip64';
  if (centralOffset + centralSize > endOffset) return 'broken';
  const entries: ZipDirectoryEntry[] = [];
  let at = centralOffset;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_HEADER_LENGTH > endOffset || view.getUint32(at, true) !== CENTRAL_HEADER) return 'broken';
    const nameLength = view.getUint16(at + 28, true);
    const centralLength = CENTRAL_HEADER_LENGTH + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + centralLength > endOffset) return 'broken';
    const compressedSize = view.getUint32(at + 20, true);
    const localOffset = view.getUint32(at + 42, true);
    const nameBytes = bytes.subarray(at + CENTRAL_HEADER_LENGTH, at + CENTRAL_HEADER_LENGTH + nameLength);
    entries.push({
      name: utf8.decode(nameBytes),
      method: view.getUint16(at + 10, true),
      compressedSize,
      size: view.getUint32(at + 24, true),
      centralOffset: at,
      centralLength,
      localOffset,
      dataOffset: dataOffsetOf(view, localOffset, compressedSize),
    });
    at += centralLength;
  }
  return { entries, endOffset, centralOffset, centralSize };
}

function dataOffsetOf(view: DataView, localOffset: number, compressedSize: number): number | undefined {
  if (localOffset + LOCAL_HEADER_LENGTH > view.byteLength || view.getUint32(localOffset, true) !== LOCAL_HEADER) return undefined;
  const start = localOffset + LOCAL_HEADER_LENGTH + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
  return start + compressedSize <= view.byteLength ? start : undefined;
}

const STORED = 0;
const DEFLATED = 8;
const DATA_DESCRIPTOR_FLAG = 0x0008;

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
  const directory = readZipDirectory(zip);
  if (directory === 'zip64') return zip;
  if (directory === 'not-zip') throw new Error('deflateStoredZip: not a zip (no end-of-central-directory record)');
  if (directory === 'broken') throw new Error('deflateStoredZip: broken central directory');

  const entries: Entry[] = [];
  for (const e of directory.entries) {
    if (e.dataOffset === undefined) throw new Error('deflateStoredZip: broken local header');
    const central = zip.slice(e.centralOffset, e.centralOffset + e.centralLength);
    const local = zip.slice(e.localOffset, e.dataOffset);
    const c = new DataView(central.buffer);
    const l = new DataView(local.buffer);
    let data = zip.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    if (e.method === STORED && data.byteLength > 0) {
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
  }

  const eocd = directory.endOffset;
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
