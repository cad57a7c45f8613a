import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempFolder } from './test-support.js';
import { removeTemporaryFiles, writeFileAtomic } from './write-atomic.js';

describe('atomic writes', () => {
  test('the file appears whole, with no temporary file beside it', () => {
    const dir = tempFolder('atomic');
    writeFileAtomic(join(dir, 'a.docx'), new Uint8Array([1, 2, 3]));
    expect(readdirSync(dir)).toEqual(['a.docx']);
  });
  test('after Ctrl+C, the temporary files of this process are removed; those of other processes and other files stay', () => {
    const dir = tempFolder('atomic-cleanup');
    const ours = `.a.docx.${process.pid}.0123abcd.tmp`;
    const theirs = `.a.docx.${process.pid + 1}.0123abcd.tmp`;
    for (const name of [ours, theirs, 'a.docx', 'notes.tmp']) writeFileSync(join(dir, name), 'x');
    removeTemporaryFiles(dir);
    expect(readdirSync(dir).sort()).toEqual([theirs, 'a.docx', 'notes.tmp'].sort());
    removeTemporaryFiles(join(dir, 'never-created')); // no error
  });
});
