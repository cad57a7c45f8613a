import { randomBytes } from 'node:crypto';
import { readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that readers only ever see the old file or the whole new one: the bytes go
 * to a temporary file beside the target, which is then renamed over it (atomic on one
 * filesystem). On failure the temporary file is removed and nothing is left behind.
 * Synchronous on purpose: batch workers write thousands of files, and each async call costs
 * a hand-off to libuv's thread pool and back, which competes with the workers for the cores.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, bytes, { flag: 'wx' });
    renameSync(temp, path);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // Not created, or already gone.
    }
    throw e;
  }
}

/**
 * Removes the temporary files this process left in `dir`: a batch worker stopped by Ctrl+C
 * between writing one and renaming it. Other processes' temporary files are left alone.
 */
export function removeTemporaryFiles(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return; // Never created.
  }
  const ours = new RegExp(`^\\..+\\.${process.pid}\\.[0-9a-f]{8}\\.tmp$`);
  for (const name of names.filter((n) => ours.test(n))) {
    try {
      unlinkSync(join(dir, name));
    } catch {
      // Already gone.
    }
  }
}
