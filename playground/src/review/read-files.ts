/**
 * The files a reviewer picks or drops, read as dossiers in the browser (nothing is uploaded):
 * each through @govforms/xlsx's reader of dossier files (the one `govforms summarize` uses),
 * plus what only a picked selection has: files that are not .json, and the same dossier twice.
 */
import type { BudgetTotalsFen, Dossier, Locale } from '@govforms/core';
import { dossierFileSizeProblem, readDossierBytes, type DossierFile } from '@govforms/xlsx/dossiers';
import { messagesFor } from '../messages.js';

/** Files over this are not read (the largest real dossier, 100,000 budget items, is ~15 MB; a tab holds every file it reads). */
export const MAX_REVIEW_FILE_BYTES = 20 * 1024 * 1024;

/** A picked or dropped file: its name (with its folder when a folder was picked), its contents and size on demand. */
export interface PickedFile {
  name: string;
  /** The contents, or undefined when there are more than `maxBytes` (not read any further). */
  bytesUpTo(maxBytes: number): Promise<Uint8Array | undefined>;
  size(): number;
}

export interface LoadedDossier { file: string; dossier: Dossier; budget: BudgetTotalsFen | undefined }
/** A file not read, with its reason in every locale the page offers (the language can change after reading). */
export interface SkippedFile { file: string; reasons: { [locale: string]: string } }
export interface FilesRead { loaded: LoadedDossier[]; skipped: SkippedFile[] }

/**
 * A File read as a stream. Chromium answers File.size and arrayBuffer() for a picked file with a
 * synchronous call to the browser process each (~1 ms): for 200 files, a quarter of a second
 * blocked before any is read. A stream starts without one, and stops at the limit.
 */
export function pickedFile(f: File): PickedFile {
  return { name: f.webkitRelativePath || f.name, bytesUpTo: (max) => streamUpTo(f.stream(), max), size: () => f.size };
}

async function streamUpTo(stream: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array | undefined> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) { bytes.set(c, at); at += c.byteLength; }
  return bytes;
}

/** A skipped file's reason in `locale` (falling back to any it has). */
export const reasonIn = (s: SkippedFile, locale: Locale): string => s.reasons[locale] ?? Object.values(s.reasons)[0] ?? '';

async function readOne(f: PickedFile, locale: Locale): Promise<DossierFile> {
  const w = messagesFor(locale).review.files;
  if (!/\.json$/i.test(f.name)) return { file: f.name, reason: w.notJson() };
  try {
    const bytes = await f.bytesUpTo(MAX_REVIEW_FILE_BYTES);
    if (!bytes) return { file: f.name, reason: dossierFileSizeProblem(f.size(), MAX_REVIEW_FILE_BYTES, locale)! };
    return readDossierBytes(f.name, bytes, MAX_REVIEW_FILE_BYTES, locale);
  } catch (e) {
    return { file: f.name, reason: w.cannotRead({ why: e instanceof Error ? e.message : String(e) }) };
  }
}

/** Why `f` was not read, in every locale (a file that cannot be read is read again for each: there are few). */
async function reasonsFor(f: PickedFile, first: string, locale: Locale): Promise<SkippedFile['reasons']> {
  const reasons: SkippedFile['reasons'] = { [locale]: first };
  for (const l of messagesFor.locales) {
    if (l === locale) continue;
    const r = await readOne(f, l);
    if ('reason' in r) reasons[l] = r.reason;
  }
  return reasons;
}

/**
 * Reads `files` as dossiers, after the ones `already` loaded: every file is either loaded or
 * skipped with its reason; none is dropped silently. A dossier identical to one loaded before
 * (the same file picked twice, or a copy) is skipped, naming the first. `onDossier` sees each
 * dossier as it is read (before duplicates are sorted out), to start work on it early.
 */
export async function readPickedFiles(
  files: readonly PickedFile[], already: readonly LoadedDossier[], locale: Locale, onDossier?: (l: LoadedDossier) => void,
): Promise<FilesRead> {
  // Each file is read as soon as its bytes arrive (and handed to onDossier), while the browser still fetches the others.
  const read = await Promise.all(files.map(async (f) => {
    const r = await readOne(f, locale);
    if ('dossier' in r) onDossier?.(r);
    return r;
  }));
  const seen = new Map(already.map((l) => [JSON.stringify(l.dossier), l.file]));
  const loaded: LoadedDossier[] = [];
  const skipped: SkippedFile[] = [];
  for (const [i, r] of read.entries()) {
    if ('reason' in r) {
      skipped.push({ file: r.file, reasons: await reasonsFor(files[i]!, r.reason, locale) });
      continue;
    }
    const key = JSON.stringify(r.dossier);
    const first = seen.get(key);
    if (first !== undefined) {
      skipped.push({ file: r.file, reasons: Object.fromEntries(messagesFor.locales.map((l) => [l, messagesFor(l).review.files.duplicate({ other: first })])) });
      continue;
    }
    seen.set(key, r.file);
    loaded.push(r);
  }
  return { loaded, skipped };
}
