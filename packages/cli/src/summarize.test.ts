// `govforms summarize <dir> -o <summary.xlsx>`, run as the built binary (and in-process for a terminal's progress line).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fenToYuan, sampleDossier, summarizeBudget, yuanToFen } from '@govforms/core';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CliIO } from './io.js';

const bin = new URL('../bin/govforms.js', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'govforms-summarize-'));
const TODAY = '2026-11-25';

function govforms(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // never a stack trace
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function folder(name: string, files: Record<string, unknown>): string {
  const dir = join(root, name);
  mkdirSync(dir);
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

/** A second project: the sample renamed, with a budget of its own. */
function otherProject() {
  const d = sampleDossier();
  d.budget = { items: [{ category: 'development', name: '开发', year: 2026, amount: 500_000.05 }], dataResources: [] };
  d.application = { ...d.application, projectName: '第二个项目', totalInvestment: 500_000.05 };
  return d;
}

async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}

/** 说明's rows after its skipped-files header: file → reason. */
function skippedOnNotes(wb: ExcelJS.Workbook, sheet = '说明', header = '文件'): Map<string, string> {
  const ws = wb.getWorksheet(sheet) as ExcelJS.Worksheet;
  const out = new Map<string, string>();
  let inTable = false;
  ws.eachRow((row) => {
    const [a, b] = [row.getCell(1).value, row.getCell(2).value];
    if (inTable) out.set(String(a), String(b));
    if (a === header) inTable = true;
  });
  return out;
}

beforeAll(() => {
  if (!existsSync(new URL('../dist/main.js', import.meta.url))) throw new Error('packages/cli is not built: run `npm run build` (npm test does)');
});

describe('govforms summarize: bad files are skipped by name with a reason, never silently', () => {
  let dir: string;
  let out: string;
  let r: ReturnType<typeof govforms>;
  const expectedReasons: Record<string, RegExp> = {
    'broken.json': /^不是有效的 JSON（第 2 行第 \d+ 列附近有语法错误）$/,
    'budget-only.json': /^不是一份材料：其中没有任何材料分项（application、/,
    'empty.json': /^文件为空$/,
    'gbk.json': /^不是 UTF-8 编码的文本$/,
    'huge.json': /^文件过大（50\.1 MB），上限为 50 MB，未读取$/,
    'link.json': /^是符号链接，未读取（不跟随链接）$/,
  };

  beforeAll(() => {
    dir = folder('mixed', {
      'a.json': sampleDossier(),
      'b.json': otherProject(),
      'broken.json': '{\n  "application": {,\n}',
      'budget-only.json': sampleDossier().budget, // another form's file, not a dossier
      'empty.json': '',
      'notes.txt': 'not a .json file: not read, not reported',
    });
    // {"application":{"projectName":"项目"}} saved in GBK, as Windows tools in Chinese do by default.
    writeFileSync(join(dir, 'gbk.json'), Buffer.from('7b226170706c69636174696f6e223a7b2270726f6a6563744e616d65223a22cfeec4bf227d7d', 'hex'));
    writeFileSync(join(dir, 'huge.json'), '');
    truncateSync(join(dir, 'huge.json'), 50 * 1024 * 1024 + 1); // sparse: instant, no disk used
    symlinkSync(join(dir, 'a.json'), join(dir, 'link.json')); // a valid dossier: following it would have worked
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'nested', 'c.json'), JSON.stringify(sampleDossier())); // not recursive
    out = join(root, 'summary.xlsx');
    r = govforms('summarize', dir, '-o', out, '--today', TODAY);
  });

  test('exit 1; every skipped file named on stderr with its reason; the good dossiers summarized', () => {
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines[0]).toBe('以下 6 个文件未能读取，未计入汇总（已列入汇总表的“说明”表）：');
    const reasons = new Map(lines.slice(1).map((l) => /^ {2}✗ (.+?)：(.+)$/.exec(l)!.slice(1, 3) as [string, string]));
    expect([...reasons.keys()].sort()).toEqual(Object.keys(expectedReasons).sort());
    for (const [file, reason] of Object.entries(expectedReasons)) expect(reasons.get(file), file).toMatch(reason);
    expect(r.out).toContain(`✓ 已生成项目汇总表：${out}（2 个项目，跳过 6 个文件，`);
  });

  test('without a terminal, a plain line per file', () => {
    expect(r.out).toContain('✓ a.json：已读取\n');
    expect(r.out).toContain('✓ b.json：已读取\n');
    expect(r.out).toContain('✗ empty.json：文件为空\n');
    expect(r.out).not.toContain('\r');
    expect(r.out).not.toContain('notes.txt');
  });

  test('the workbook has the two projects, their totals, and lists the skipped files on 说明 with the same reasons', async () => {
    const wb = await workbook(out);
    const ws = wb.getWorksheet('项目汇总') as ExcelJS.Worksheet;
    expect([ws.getCell('C2').value, ws.getCell('C3').value, ws.getCell('A4').value]).toEqual(['宿迁市食品安全智慧监管平台建设项目', '第二个项目', '合计']);
    const budgetTotal = (ws.getRow(1).values as unknown[]).indexOf('预算合计（元）');
    const fen = yuanToFen(summarizeBudget(sampleDossier().budget).total)! + yuanToFen(500_000.05)!;
    expect(ws.getRow(4).getCell(budgetTotal).result).toBe(fenToYuan(fen));
    const notes = skippedOnNotes(wb);
    const stderr = new Map(r.err.trim().split('\n').slice(1).map((l) => /^ {2}✗ (.+?)：(.+)$/.exec(l)!.slice(1, 3) as [string, string]));
    expect(notes).toEqual(stderr);
    expect(readdirSync(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('govforms summarize: usage and failures', () => {
  test('-o missing is a usage error (exit 2) and writes nothing', () => {
    const dir = folder('no-output', { 'a.json': sampleDossier() });
    const r = govforms('summarize', dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('缺少参数：<材料目录> -o <汇总表.xlsx>');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  test.each([
    [['summarize', '/nonexistent-dir', '-o', '/tmp/x.xlsx'], '找不到文件'],
    [['summarize', 'EMPTY', '-o', '/tmp/x.xlsx'], '中没有材料文件'],
    [['summarize', 'EMPTY', '-o', '/tmp/x.xlsx', '--today', '2026-02-30'], '--today 应为 YYYY-MM-DD'],
  ])('%j is a usage error (exit 2)', (args, message) => {
    const empty = join(root, `empty-${Math.random().toString(36).slice(2)}`);
    mkdirSync(empty);
    const r = govforms(...args.map((a) => (a === 'EMPTY' ? empty : a)));
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  test('a write that fails leaves no partial or temporary file, and says why', () => {
    const dir = folder('write-fails', { 'a.json': sampleDossier() });
    const target = join(root, 'a-directory.xlsx');
    mkdirSync(target);
    const r = govforms('summarize', dir, '-o', target, '--today', TODAY);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`无法写入 ${target}`);
    expect(readdirSync(target)).toEqual([]);
    expect(readdirSync(root).filter((f) => f.includes('a-directory.xlsx') && f !== 'a-directory.xlsx')).toEqual([]);
    const missing = join(root, 'no-such-dir', 'out.xlsx');
    expect(govforms('summarize', dir, '-o', missing, '--today', TODAY).code).toBe(2);
    expect(existsSync(join(root, 'no-such-dir'))).toBe(false);
  });

  test('a folder of good dossiers exits 0 with nothing on stderr', () => {
    const dir = folder('good', { 'a.json': sampleDossier(), 'b.json': otherProject() });
    const r = govforms('summarize', dir, '-o', join(root, 'good.xlsx'), '--today', TODAY);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('（2 个项目，');
  });

  test('--locale en: English reasons and an English workbook', async () => {
    const dir = folder('english', { 'a.json': sampleDossier(), 'empty.json': '' });
    const out = join(root, 'english.xlsx');
    const r = govforms('summarize', dir, '-o', out, '--today', TODAY, '--locale', 'en');
    expect(r.code).toBe(1);
    expect(r.err).toContain('  ✗ empty.json: the file is empty\n');
    const wb = await workbook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Projects', 'Review points', 'Notes']);
    expect(skippedOnNotes(wb, 'Notes', 'File')).toEqual(new Map([['empty.json', 'the file is empty']]));
  });

  test('the usage text lists summarize', () => {
    expect(govforms('--help').out).toContain('govforms summarize <材料目录> -o <汇总表.xlsx> [--today YYYY-MM-DD]');
  });
});

describe('govforms summarize on a terminal', () => {
  test('progress is one line redrawn in place; skipped files are printed above it', async () => {
    const { run } = await import(/* @vite-ignore */ new URL('../dist/index.js', import.meta.url).href) as typeof import('./index.js');
    const dir = folder('tty', { 'a.json': sampleDossier(), 'b.json': otherProject(), 'c.json': '[' });
    let stdout = '';
    let stderr = '';
    const io: CliIO = { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, readFile: async (p) => readFileSync(p), isTTY: true };
    expect(await run(['summarize', dir, '-o', join(root, 'tty.xlsx'), '--today', TODAY], io)).toBe(1);
    // Lines printed above the bar clear it first (\r ESC[2K); without them, the bar is one line.
    const [progress, summary] = stdout.replace(/\r\x1b\[2K[^\n]*\n/g, '').split('\n').filter(Boolean);
    expect(progress!.split('\r').filter(Boolean)).toEqual([
      expect.stringMatching(/^\[░+\] 0\/3 个文件$/),
      expect.stringMatching(/^\[█+░+\] 1\/3 个文件$/),
      expect.stringMatching(/^\[█+░+\] 2\/3 个文件$/),
      expect.stringMatching(/^\[█+\] 3\/3 个文件，跳过 1 个$/),
    ]);
    expect(stdout).toContain('\r\x1b[2K✗ c.json：不是有效的 JSON');
    expect(stdout).not.toContain('✓ a.json');
    expect(summary).toMatch(/^✓ 已生成项目汇总表：/);
    expect(stderr).toContain('  ✗ c.json：不是有效的 JSON');
  });
});
