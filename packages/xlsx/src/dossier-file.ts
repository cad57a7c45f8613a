/**
 * One file of a year's dossiers, read for the projects summary: the dossier (with its budget
 * summed) or why it cannot be one, in words for the reader ("文件为空", "不是有效的 JSON（第 2 行…）",
 * "不是一份材料…"). `govforms summarize` (Node, a folder) and the playground's review page (a
 * browser, picked or dropped files) both read files through here; each adds only what its
 * source has of its own (symbolic links and directories; duplicates).
 */
import { jsonErrorPosition, type BudgetTotalsFen, type Dossier, type Locale } from '@govforms/core';
import { messagesFor } from './messages.js';
import { readDossier } from './projects-prepare.js';

export type DossierFile = { file: string; dossier: Dossier; budget: BudgetTotalsFen | undefined } | { file: string; reason: string };

const MB = 1024 * 1024;
// One decoder for every file (a fatal decoder keeps no state between calls): making one per file costs more than decoding a small one.
const utf8 = new TextDecoder('utf-8', { fatal: true });
const words = (locale: Locale | undefined) => messagesFor(locale).dossierFile;

/** Why a file of `size` bytes is not read at all (empty, or over `maxBytes`), or undefined when it may be read. */
export function dossierFileSizeProblem(size: number, maxBytes: number, locale?: Locale): string | undefined {
  const t = words(locale);
  if (size === 0) return t.empty();
  // Rounded up, so a file just over the limit never reads as "50.0 MB".
  if (size > maxBytes) return t.tooLarge({ megabytes: (Math.ceil((size / MB) * 10) / 10).toFixed(1), max: Math.round((maxBytes / MB) * 10) / 10 });
  return undefined;
}

/** A file's text (already decoded, BOM allowed) as a dossier, or why it is none. */
export function readDossierText(file: string, text: string, locale?: Locale): DossierFile {
  const t = words(locale);
  const json = text.replace(/^\uFEFF/, '');
  // Whitespace only (JSON allows none other around a value): reported as empty, not as broken JSON.
  if (json.trim() === '') return { file, reason: t.empty() };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    const at = jsonErrorPosition(json, e);
    return { file, reason: at ? t.badJsonAt(at) : t.badJson() };
  }
  const reading = readDossier(value, locale);
  return 'problem' in reading ? { file, reason: reading.problem.message } : { file, dossier: value as Dossier, budget: reading.budget };
}

/** A file's bytes as a dossier, or why it is none: empty, over `maxBytes`, not UTF-8, not JSON, not a dossier. */
export function readDossierBytes(file: string, bytes: Uint8Array, maxBytes: number, locale?: Locale): DossierFile {
  const size = dossierFileSizeProblem(bytes.byteLength, maxBytes, locale);
  if (size) return { file, reason: size };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { file, reason: words(locale).notUtf8() };
  }
  return readDossierText(file, text, locale);
}

/** The words for a file that is not UTF-8 text (for a reader that checks the encoding its own faster way). */
export function notUtf8Reason(locale?: Locale): string {
  return words(locale).notUtf8();
}
