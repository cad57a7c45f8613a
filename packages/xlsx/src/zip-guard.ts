/**
 * Looks inside an .xlsx (a zip) before exceljs unpacks it: rejects what is not a zip, legacy
 * .xls / encrypted files, and zip bombs. Reads the central directory with core's
 * readZipDirectory (entry count, declared sizes), then inflates each entry once while
 * counting bytes, so a file that lies about its sizes is stopped at the limit instead of
 * filling memory. Browser-safe: uses the standard DecompressionStream (Node ≥ 18, current
 * browsers) and skips only that second check where it is missing.
 */
import { readZipDirectory } from '@govforms/core';

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

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

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

/** Checks `bytes` before they are unpacked; 'ok' when exceljs may load them. */
export async function inspectXlsxZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipVerdict> {
  if (bytes.byteLength > limits.maxFileBytes) return 'too-large';
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) return 'legacy-ole';
  const directory = readZipDirectory(bytes);
  // Zip64: no budget workbook needs more than 65,535 entries or 4 GB.
  if (typeof directory === 'string') return directory === 'zip64' ? 'bomb' : 'not-zip';
  const { entries } = directory;
  if (entries.length > limits.maxEntries) return 'bomb';
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (e.size > limits.maxEntryBytes || total > limits.maxTotalBytes) return 'bomb';
    if (e.method !== 0 && e.method !== 8) return 'not-zip';
  }
  if (typeof DecompressionStream === 'undefined') return 'ok';
  for (const e of entries) {
    if (e.method !== 8 || e.compressedSize === 0) continue;
    if (e.dataOffset === undefined) return 'not-zip';
    // A little slack over the declared size; JSZip itself rejects any mismatch later.
    const size = await inflatedSize(bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize), e.size + 1024);
    if (size !== 'within') return size === 'over' ? 'bomb' : 'not-zip';
  }
  return 'ok';
}
