import { isUtf8 } from 'node:buffer';
import { jsonErrorPosition } from '@govforms/core';
import { CliFailure, EXIT, type CliIO } from './io.js';
import { cliText } from './messages.js';

/** Input files above this are refused before parsing (a dossier with 100,000 items is ~15 MB). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Why bytes are not JSON: not UTF-8 text, or a syntax error (where, when the engine says). */
export type JsonProblem = { kind: 'not-utf8' } | { kind: 'bad-json'; at?: { line: number; column: number } };

/** UTF-8 JSON bytes (a leading BOM allowed) parsed, or what is wrong with them, for the caller's own words. */
export function parseJsonBytes(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false; problem: JsonProblem } {
  // Node's own UTF-8 check and decoder: several times faster than a fatal TextDecoder (summarize reads thousands of files).
  if (!isUtf8(bytes)) return { ok: false, problem: { kind: 'not-utf8' } };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const at = jsonErrorPosition(text, e);
    return { ok: false, problem: at ? { kind: 'bad-json', at } : { kind: 'bad-json' } };
  }
}

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
  const parsed = parseJsonBytes(await readInputFile(io, path));
  if (parsed.ok) return parsed.value;
  const { problem } = parsed;
  if (problem.kind === 'not-utf8') throw new CliFailure(t.notUtf8({ path }), EXIT.invalid, 'not-utf8');
  throw new CliFailure(problem.at ? t.badJsonAt({ path, ...problem.at }) : t.badJson({ path }), EXIT.invalid, 'invalid-json');
}
