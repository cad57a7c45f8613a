import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { CliFailure, EXIT } from './io.js';
import { cliText } from './messages.js';

/** The same file, however it is spelt: a symlink, "./x.json", "a/../x.json" or a hard link to it. */
function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false; // One of them does not exist (yet): not the same file.
  }
}

/**
 * Refuses an output path that would overwrite one of the command's input files, or whose
 * extension is not the one of what is written there (a workbook saved as .docx opens nowhere).
 */
export function checkOutputPath(output: string, extension: string, title: string, inputs: readonly string[]): void {
  const t = cliText();
  const input = inputs.find((path) => sameFile(path, output));
  if (input !== undefined) throw new CliFailure(t.outputIsInput({ path: output, input }), EXIT.usage, 'output-is-input');
  if (extname(output).toLowerCase() !== extension) {
    throw new CliFailure(t.outputExtension({ path: output, title, extension }), EXIT.usage, 'wrong-extension');
  }
}
