import { CliFailure, EXIT, type CliIO } from './io.js';
import { cliText } from './messages.js';

/** Input files above this are refused before parsing (a dossier with 100,000 items is ~15 MB). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Offset where JSON.parse failed, from V8's message ("at position 12" or "line 2 column 5"). */
function errorOffset(text: string, message: string): number | undefined {
  const pos = /position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) {
    const lines = text.split('\n').slice(0, Number(lc[1]) - 1);
    return lines.reduce((n, l) => n + l.length + 1, 0) + Number(lc[2]) - 1;
  }
  if (/Unexpected end of JSON input/.test(message)) return text.length;
  return undefined;
}

/** Reads and parses a JSON file; every failure is a CliFailure with a message in the CLI's locale. */
export async function readJsonFile(io: CliIO, path: string): Promise<unknown> {
  const t = cliText();
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliFailure(code === 'ENOENT' ? t.fileNotFound({ path }) : code === 'EISDIR' ? t.isDirectory({ path }) : t.cannotRead({ path, code: String(code ?? '') }), EXIT.usage);
  }
  if (bytes.byteLength > MAX_INPUT_BYTES) throw new CliFailure(t.fileTooLarge({ path, megabytes: Math.round(MAX_INPUT_BYTES / 1024 / 1024) }), EXIT.invalid);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new CliFailure(t.notUtf8({ path }), EXIT.invalid);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    const offset = errorOffset(text, (e as Error).message);
    const where = offset === undefined ? undefined : lineColumn(text, offset);
    throw new CliFailure(where ? t.badJsonAt({ path, ...where }) : t.badJson({ path }), EXIT.invalid);
  }
}
