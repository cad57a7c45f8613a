// The `govforms generate budget-xlsx` command, run as a user would (needs `npm run build`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { tempDir } from '../../../testing/real-clients.js';
import { sample } from '../test-support/budgets.js';
import { readBudgetWorkbook } from './index.js';

const bin = new URL('../../cli/bin/govforms.js', import.meta.url).pathname;
const dir = tempDir('cli-xlsx');

function govforms(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // never a stack trace
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  for (const dist of ['../../cli/dist/main.js', '../dist/index.js']) {
    if (!existsSync(new URL(dist, import.meta.url))) throw new Error('packages are not built: run `npm run build` (npm test does)');
  }
});

describe('govforms generate budget-xlsx', () => {
  test('writes the budget workbook, which reads back to the dossier budget', async () => {
    const dossier = join(dir, 'dossier.json');
    writeFileSync(dossier, JSON.stringify(sample()));
    const out = join(dir, '预算明细表.xlsx');
    const r = govforms('generate', 'budget-xlsx', dossier, '-o', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^✓ 已生成预算明细表（Excel）：.*预算明细表\.xlsx（\d+\.\d KB）\n$/);
    expect(await readBudgetWorkbook(new Uint8Array(readFileSync(out)))).toEqual(sample().budget);
  });
  test('a bad amount: zh-CN error naming the item and its path, exit 1, no output file', () => {
    const d = sample();
    d.budget.items[2] = { ...d.budget.items[2]!, amount: 516000.005 };
    const dossier = join(dir, 'bad.json');
    writeFileSync(dossier, JSON.stringify(d));
    const out = join(dir, 'bad.xlsx');
    const before = readdirSync(dir);
    const r = govforms('generate', 'budget-xlsx', dossier, '-o', out);
    expect(r.code).toBe(1);
    // The CLI validates the budget against its form before building the workbook.
    expect(r.err).toContain('/budget/items/2/amount  费用明细第3项·金额（元）：金额最多保留两位小数（精确到分）');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(before); // no temporary file left either
  });
});
