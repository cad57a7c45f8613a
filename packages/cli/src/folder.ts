import { stat } from 'node:fs/promises';
import { CliFailure, EXIT } from './io.js';
import { cliText } from './messages.js';

/** `dir` is an existing directory, else a usage error naming it. */
export async function needDirectory(dir: string): Promise<void> {
  const t = cliText();
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(dir)).isDirectory();
  } catch {
    throw new CliFailure(t.fileNotFound({ path: dir }), EXIT.usage, 'file-not-found');
  }
  if (!isDirectory) throw new CliFailure(t.notADirectory({ path: dir }), EXIT.usage, 'not-a-directory');
}
