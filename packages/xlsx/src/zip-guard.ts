/**
 * Looks inside an .xlsx (a zip) before exceljs unpacks it: rejects what is not a zip, legacy
 * .xls / encrypted files, and zip bombs. Reads the central directory itself (entry count,
 * declared sizes), then inflates each entry once while counting bytes, so a file that lies
 * about its sizes is stopped at the limit instead of filling memory. Browser-safe: uses the
 * standard DecompressionStream (Node ≥ 18, current browsers) and skips only that second
 * check where it is missing.
 */
export interface ZipLimits {
  maxFileBytes: number;
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxEntries: 1_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 320 * 1024 * 1024,
};

export type ZipVerdict = 'ok' | 'too-large' | 'not-zip' | 'legacy-ole' | 'bomb';

interface Entry { method: number; compressedSize: number; size: number; localOffset: number }

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndOfCentralDirectory(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= min; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

/** The entries of the central directory, or a verdict when it is not a usable zip. */
function readCentralDirectory(view: DataView, limits: ZipLimits): Entry[] | ZipVerdict {
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return 'not-zip';
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  // ZIP64 markers: no budget workbook needs more than 65,535 entries or 4 GB.
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return 'bomb';
  if (count > limits.maxEntries) return 'bomb';
  if (cdOffset + cdSize > eocd) return 'not-zip';
  const entries: Entry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL) return 'not-zip';
    entries.push({
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    });
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

/** Whether `data` inflates to at most `limit` bytes, to more, or is not a deflate stream. */
async function inflatedSize(data: Uint8Array, limit: number): Promise<'within' | 'over' | 'broken'> {
  const ds = new DecompressionStream('deflate-raw');
  const writer = ds.writable.getWriter();
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = ds.readable.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return 'within';
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        return 'over';
      }
    }
  } catch {
    return 'broken';
  }
}

function entryData(bytes: Uint8Array, view: DataView, e: Entry): Uint8Array | undefined {
  const p = e.localOffset;
  if (p + 30 > bytes.byteLength || view.getUint32(p, true) !== LOCAL) return undefined;
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  if (start + e.compressedSize > bytes.byteLength) return undefined;
  return bytes.subarray(start, start + e.compressedSize);
}

/** Checks `bytes` before they are unpacked; 'ok' when exceljs may load them. */
export async function inspectXlsxZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipVerdict> {
  if (bytes.byteLength > limits.maxFileBytes) return 'too-large';
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) return 'legacy-ole';
  if (bytes.byteLength < 22) return 'not-zip';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readCentralDirectory(view, limits);
  if (typeof entries === 'string') return entries;
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (e.size > limits.maxEntryBytes || total > limits.maxTotalBytes) return 'bomb';
    if (e.method !== 0 && e.method !== 8) return 'not-zip';
  }
  if (typeof DecompressionStream === 'undefined') return 'ok';
  for (const e of entries) {
    if (e.method !== 8 || e.compressedSize === 0) continue;
    const data = entryData(bytes, view, e);
    if (!data) return 'not-zip';
    // A little slack over the declared size; JSZip itself rejects any mismatch later.
    const size = await inflatedSize(data, e.size + 1024);
    if (size !== 'within') return size === 'over' ? 'bomb' : 'not-zip';
  }
  return 'ok';
}
