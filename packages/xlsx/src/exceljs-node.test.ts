// `#exceljs` in Node (exceljs-node.cjs): the built package, imported by a fresh Node process as
// the CLI and the HTTP service import it, loads exceljs without its streaming reader, and every
// way govforms uses exceljs still works through it.
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
  const loaded = (name) => Object.keys(createRequire(import.meta.url).cache).some((p) => p.includes('/node_modules/' + name + '/'));
`;

test('importing @govforms/xlsx and writing a workbook loads exceljs but not its streaming reader (unzipper) nor writer (archiver)', () => {
  const r = inFreshNode(`${loadedPackages}
    const { buildBudgetWorkbook, readBudgetWorkbook } = await import('./dist/index.js');
    const { sampleDossier } = await import('@govforms/core');
    const d = sampleDossier();
    const back = await readBudgetWorkbook(await buildBudgetWorkbook(d));
    console.log(JSON.stringify({ exceljs: loaded('exceljs'), unzipper: loaded('unzipper'), archiver: loaded('archiver'), same: JSON.stringify(back) === JSON.stringify(d.budget) }));
  `);
  expect(r).toEqual({ exceljs: true, unzipper: false, archiver: false, same: true });
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
