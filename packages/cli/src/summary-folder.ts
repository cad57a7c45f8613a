/**
 * The dossiers of `govforms summarize <dir>`: every *.json directly in the folder (not its
 * subfolders), each read or skipped with a reason. Symbolic links are never followed (a link
 * could point anywhere on the machine); nothing is ever dropped silently.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isUtf8 } from 'node:buffer';
import type { Locale } from '@govforms/core';
import type { DossierFile } from '@govforms/xlsx';
import { cliText } from './messages.js';

/** Files over this are skipped unread (the largest real dossier, 100,000 budget items, is ~15 MB). */
export const MAX_SUMMARY_FILE_BYTES = 50 * 1024 * 1024;

export type FolderFile = DossierFile;

/** What of @govforms/xlsx reads a file's contents; handed in, so that exceljs loads only when a summary is made, not with every command. */
export type DossierFileReader = Pick<typeof import('@govforms/xlsx'), 'dossierFileSizeProblem' | 'notUtf8Reason' | 'readDossierText'>;

/** The *.json names directly in `dir`, sorted. */
export function jsonNames(dir: string): string[] {
  return readdirSync(dir).filter((n) => /\.json$/i.test(n)).sort();
}

/**
 * Reads one file of the folder as a dossier, or says why it cannot be one (in the CLI's locale):
 * the file system's reasons here, the contents' through @govforms/xlsx (as the playground does).
 */
export function readFolderFile(dir: string, file: string, locale: Locale, xlsx: DossierFileReader): FolderFile {
  const t = cliText().summarize;
  const path = join(dir, file);
  const skip = (reason: string): FolderFile => ({ file, reason });
  let fd: number;
  try {
    const kind = lstatSync(path);
    if (kind.isSymbolicLink()) return skip(t.symlink());
    if (kind.isDirectory()) return skip(t.directory());
    if (!kind.isFile()) return skip(t.notAFile());
    // O_NOFOLLOW: a file swapped for a link after the check above is still not followed.
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return skip(code === 'ELOOP' ? t.symlink() : t.cannotRead({ code: String(code ?? (e as Error).message) }));
  }
  let bytes: Uint8Array;
  try {
    const tooLarge = xlsx.dossierFileSizeProblem(fstatSync(fd).size, MAX_SUMMARY_FILE_BYTES, locale);
    if (tooLarge) return skip(tooLarge);
    bytes = readFileSync(fd);
  } catch (e) {
    return skip(t.cannotRead({ code: String((e as NodeJS.ErrnoException).code ?? (e as Error).message) }));
  } finally {
    closeSync(fd);
  }
  // Node's own UTF-8 check and decoder: several times faster than a fatal TextDecoder (summarize reads thousands of files).
  if (!isUtf8(bytes)) return skip(xlsx.notUtf8Reason(locale));
  return xlsx.readDossierText(file, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), locale);
}
