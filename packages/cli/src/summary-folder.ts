/**
 * The dossiers of `govforms summarize <dir>`: every *.json directly in the folder (not its
 * subfolders), each read or skipped with a reason. Symbolic links are never followed (a link
 * could point anywhere on the machine); nothing is ever dropped silently.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dossier, Locale } from '@govforms/core';
import type { summaryDossierProblem } from '@govforms/xlsx';
import { cliText } from './messages.js';
import { parseJsonBytes } from './read-json.js';

/** Files over this are skipped unread (the largest real dossier, 100,000 budget items, is ~15 MB). */
export const MAX_SUMMARY_FILE_BYTES = 50 * 1024 * 1024;
const MB = 1024 * 1024;

export type FolderFile = { file: string; dossier: Dossier } | { file: string; reason: string };

/** The *.json names directly in `dir`, sorted. */
export function jsonNames(dir: string): string[] {
  return readdirSync(dir).filter((n) => /\.json$/i.test(n)).sort();
}

/** Whitespace only (JSON allows none other around a value): reported as empty, not as broken JSON. */
const blank = (bytes: Uint8Array) => bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d);

/**
 * Reads one file of the folder as a dossier, or says why it cannot be one (in the CLI's locale).
 * `problemOf` is @govforms/xlsx's summaryDossierProblem, handed in so that exceljs loads only
 * when a summary is made, not with every command.
 */
export function readFolderFile(dir: string, file: string, locale: Locale, problemOf: typeof summaryDossierProblem): FolderFile {
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
    const { size } = fstatSync(fd);
    if (size === 0) return skip(t.empty());
    if (size > MAX_SUMMARY_FILE_BYTES) {
      // Rounded up, so a file just over the limit never reads as "50.0 MB".
      return skip(t.tooLarge({ megabytes: (Math.ceil((size / MB) * 10) / 10).toFixed(1), max: MAX_SUMMARY_FILE_BYTES / MB }));
    }
    bytes = readFileSync(fd);
  } catch (e) {
    return skip(t.cannotRead({ code: String((e as NodeJS.ErrnoException).code ?? (e as Error).message) }));
  } finally {
    closeSync(fd);
  }
  if (blank(bytes)) return skip(t.empty());
  const parsed = parseJsonBytes(bytes);
  if (!parsed.ok) {
    const { problem } = parsed;
    return skip(problem.kind === 'not-utf8' ? t.notUtf8() : problem.at ? t.badJsonAt(problem.at) : t.badJson());
  }
  const problem = problemOf(parsed.value, locale);
  return problem ? skip(problem.message) : { file, dossier: parsed.value as Dossier };
}
