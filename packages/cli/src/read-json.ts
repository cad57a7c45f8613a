import { jsonErrorPosition } from '@govforms/core';
import { CliFailure, EXIT, type CliIO } from './io.js';
import { cliText } from './messages.js';

/** Input files above this are refused before parsing (a dossier with 100,000 items is ~15 MB). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Reads an input file (a dossier, a template, a mapping); every failure is a CliFailure with a message in the CLI's locale. */
export async function readInputFile(io: CliIO, path: string): Promise<Uint8Array> {
  const t = cliText();
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliFailure(t.fileNotFound({ path }), EXIT.usage, 'file-not-found');
    if (code === 'EISDIR') throw new CliFailure(t.isDirectory({ path }), EXIT.usage, 'not-a-file');
    throw new CliFailure(t.cannotRead({ path, code: String(code ?? '') }), EXIT.usage, 'unreadable-file');
  }
  if (bytes.byteLength > MAX_INPUT_BYTES) throw new CliFailure(t.fileTooLarge({ path, megabytes: Math.round(MAX_INPUT_BYTES / 1024 / 1024) }), EXIT.invalid, 'file-too-large');
  return bytes;
}

/** Reads and parses a JSON file; every failure is a CliFailure with a message in the CLI's locale. */
export async function readJsonFile(io: CliIO, path: string): Promise<unknown> {
  const t = cliText();
  const bytes = await readInputFile(io, path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new CliFailure(t.notUtf8({ path }), EXIT.invalid, 'not-utf8');
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    const where = jsonErrorPosition(text, e);
    throw new CliFailure(where ? t.badJsonAt({ path, ...where }) : t.badJson({ path }), EXIT.invalid, 'invalid-json');
  }
}
