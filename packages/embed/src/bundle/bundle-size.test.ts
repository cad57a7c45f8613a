// The script-tag bundle's download budget (issue #7): govforms.iife.js at most 200 KiB gzip,
// the Word/Excel generators in govforms-export.js beside it, loaded only on first use.
// Reads packages/embed/dist, which `npm test` builds first.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const BUDGET_KIB = 200;
const dist = (file: string) => new URL(`../../dist/${file}`, import.meta.url);

function read(file: string): string {
  if (!existsSync(dist(file))) throw new Error(`packages/embed/dist/${file} is missing: run \`npm run build\` first (npm test does)`);
  return readFileSync(dist(file), 'utf8');
}

describe('script-tag bundle size', () => {
  it(`govforms.iife.js is at most ${BUDGET_KIB} KiB gzip (zlib level 6, as \`gzip\` and most servers)`, () => {
    const bundle = Buffer.from(read('govforms.iife.js'));
    const kib = gzipSync(bundle, { level: 6 }).length / 1024;
    console.log(`govforms.iife.js: ${(bundle.length / 1024).toFixed(1)} KiB, gzip ${kib.toFixed(1)} KiB of ${BUDGET_KIB} KiB`);
    expect(kib).toBeLessThanOrEqual(BUDGET_KIB);
  });

  it('the Word and Excel generators are only in govforms-export.js, not in the first download', () => {
    const bundle = read('govforms.iife.js');
    const exporter = read('govforms-export.js');
    for (const part of ['xl/workbook.xml', 'word/document.xml']) {
      expect(bundle).not.toContain(part);
      expect(exporter).toContain(part);
    }
  });

  it('runs in a browser as it is: production React, no process.env left', () => {
    const bundle = read('govforms.iife.js');
    expect(bundle).not.toContain('process.env');
    expect(bundle).not.toMatch(/react-dom\.development|Warning: /);
    expect(bundle.startsWith('var GovForms=')).toBe(true);
    expect(read('govforms-export.js').startsWith('var GovFormsExport=')).toBe(true);
  });
});
