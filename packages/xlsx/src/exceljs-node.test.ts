// `#exceljs` in Node (exceljs-node.cjs): the built package, imported by a fresh Node process as
// the CLI and the HTTP service import it, loads exceljs as its one-file build (no streaming
// reader, no ~280 separate files to resolve and compile), and every way govforms uses exceljs
// still works through it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';

const packageDir = new URL('..', import.meta.url).pathname;

beforeAll(() => {
  if (!existsSync(new URL('../dist/node.js', import.meta.url))) throw new Error('packages/xlsx is not built: run `npm run build` (npm test does)');
});

/** Runs an ES module in a fresh Node process inside this package; gives back what it printed as JSON. */
function inFreshNode(script: string): Record<string, unknown> {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: packageDir, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

const loadedPackages = `
  const { createRequire } = await import('node:module');
  const files = (name) => Object.keys(createRequire(import.meta.url).cache).filter((p) => p.includes('/node_modules/' + name + '/'));
  const loaded = (name) => files(name).length > 0;
`;

test('importing @govforms/xlsx and writing a workbook loads exceljs as one file, without its streaming reader (unzipper) or writer (archiver)', () => {
  const r = inFreshNode(`${loadedPackages}
    const { buildBudgetWorkbook, readBudgetWorkbook } = await import('./dist/index.js');
    const { sampleDossier } = await import('@govforms/core');
    const d = sampleDossier();
    const back = await readBudgetWorkbook(await buildBudgetWorkbook(d));
    console.log(JSON.stringify({ exceljs: files('exceljs').map((p) => p.slice(p.lastIndexOf('/node_modules/exceljs/'))), unzipper: loaded('unzipper'), archiver: loaded('archiver'), same: JSON.stringify(back) === JSON.stringify(d.budget) }));
  `);
  expect(r).toEqual({ exceljs: ['/node_modules/exceljs/dist/exceljs.bare.min.js'], unzipper: false, archiver: false, same: true });
});

test('the streaming writer (large budgets) loads when first used, and writes a workbook that reads back', () => {
  const r = inFreshNode(`${loadedPackages}
    const { PassThrough } = await import('node:stream');
    const { writeBudgetWorkbookStream, readBudgetWorkbook } = await import('./dist/node.js');
    const { sampleDossier } = await import('@govforms/core');
    const before = loaded('archiver');
    const out = new PassThrough();
    const chunks = [];
    out.on('data', (c) => chunks.push(c));
    const d = sampleDossier();
    await writeBudgetWorkbookStream(d, out);
    const back = await readBudgetWorkbook(new Uint8Array(Buffer.concat(chunks)));
    console.log(JSON.stringify({ before, after: loaded('archiver'), same: JSON.stringify(back) === JSON.stringify(d.budget) }));
  `);
  expect(r).toEqual({ before: false, after: true, same: true });
});
