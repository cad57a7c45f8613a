import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleDossier } from '@govforms/core';
import { listDocumentTemplates } from '@govforms/docx';
import PizZip from 'pizzip';
import { beforeAll, describe, expect, test } from 'vitest';
import { isWholePackage } from './test-support.js';

// `govforms generate <template-id>` and `govforms batch`, run as the built binary.
const bin = new URL('../bin/govforms.js', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'govforms-batch-'));
const docs = listDocumentTemplates().map((t) => `${t.id}.docx`);
/** Files batch writes per dossier: every Word document and the budget workbook. */
const FILES = docs.length + 1;

function govforms(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function folder(name: string, files: Record<string, unknown>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

const documentXml = (path: string) => new PizZip(new Uint8Array(readFileSync(path))).file('word/document.xml')!.asText();

beforeAll(() => {
  if (!existsSync(new URL('../dist/batch-worker.js', import.meta.url))) throw new Error('packages/cli is not built: run `npm run build` (npm test does)');
});

describe('govforms generate <template-id>', () => {
  test('the document types are docx\'s registered templates plus the budget workbook, named in the locale', () => {
    const input = join(folder('gen', { 'sample.json': sampleDossier() }), 'sample.json');
    const r = govforms('generate', 'nope', input, '-o', join(root, 'nope.docx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('未知的文档类型“nope”。可生成：application-form（项目申报表（Word））、construction-plan（建设方案（Word））、'
      + 'completion-checklist（竣工验收资料清单（Word））、annual-report（年度运维服务情况报表（Word））、change-filing（建设内容调整备案表（Word））、'
      + 'performance-evaluation（项目绩效评价报告（Word））、review-opinion（审核意见书（Word））、budget-xlsx（预算明细表（Excel））');
    const en = govforms('generate', 'annual-report', input, '-o', join(root, 'annual-en.docx'), '--locale', 'en');
    expect(en.out).toMatch(/^✓ Generated Annual O&M service report \(Word\): .+annual-en\.docx \(\d+\.\d KB\)\n$/);
  });
  test.each(docs.map((d) => d.replace('.docx', '')))('%s writes a Word document', (id) => {
    const input = join(folder('gen', { 'sample.json': sampleDossier() }), 'sample.json');
    const out = join(root, `${id}.docx`);
    const r = govforms('generate', id, input, '-o', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/✓ 已生成.+（Word）/);
    expect(documentXml(out)).toContain('宿迁市食品安全智慧监管平台建设项目');
  });
});

describe('govforms batch', () => {
  test('every dossier gets its documents and workbook; a broken one is reported and the rest go on (exit 1)', () => {
    const d = sampleDossier();
    d.application.projectName = '第二个项目 <&>';
    const input = folder('in', {
      'a-sample.json': sampleDossier(), 'b-other.json': d, 'c-broken.json': '{"application": ', 'd-list.json': [1, 2], 'notes.txt': 'ignored',
    });
    const out = join(root, 'out');
    const r = govforms('batch', input, '-o', out, '--jobs', '2');
    expect(r.code).toBe(1);
    expect(r.out).toContain('✓ a-sample.json：已生成');
    expect(r.out).toMatch(/✗ c-broken\.json：文件 .*c-broken\.json 不是有效的 JSON/);
    expect(r.out).toContain('✗ d-list.json：材料文件应为一个 JSON 对象');
    expect(r.out).toMatch(/批量生成完成：成功 2 份，失败 2 份；共写入 \d+ 个文件/);
    expect(r.err).toContain('✗ c-broken.json');
    expect(readdirSync(out).sort()).toEqual(['a-sample', 'b-other']);
    const written = readdirSync(join(out, 'b-other'));
    expect(written).toEqual(expect.arrayContaining(docs));
    expect(written.filter((f) => f.startsWith('.'))).toEqual([]); // no temporary files left
    expect(documentXml(join(out, 'b-other', 'application-form.docx'))).toContain('第二个项目 &lt;&amp;&gt;');
  });
  test('plain lines when not a terminal; exit 0 when every dossier succeeds, with one worker', () => {
    const input = folder('ok', { 'x.json': sampleDossier() });
    const r = govforms('batch', input, '-o', join(root, 'ok-out'), '--jobs', '1');
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('\r');
    expect(r.out).toContain('1 个线程');
  });
  test('by default one worker per 25 dossiers, at most one per core', () => {
    const few = govforms('batch', folder('few', { 'a.json': sampleDossier(), 'b.json': sampleDossier(), 'c.json': sampleDossier() }), '-o', join(root, 'few-out'));
    expect(few.code).toBe(0);
    expect(few.out).toContain(`共写入 ${3 * FILES} 个文件`);
    expect(few.out).toContain('，1 个线程');
    // 50 dossiers that fail at once (not objects): the thread count is still reported.
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`${i}.json`, [i]]));
    const r = govforms('batch', folder('many', many), '-o', join(root, 'many-out'));
    expect(r.code).toBe(1);
    expect(r.out).toContain(`，${Math.min(2, availableParallelism())} 个线程`);
  });
  test.each([
    [['batch'], '缺少参数'],
    [['batch', '/nonexistent-dir', '-o', '/tmp/x'], '找不到文件'],
    [['batch', 'DIR', '-o', '/tmp/x', '--jobs', '0'], '--jobs 应为 1 到 64 之间的整数'],
    [['batch', 'EMPTY', '-o', '/tmp/x'], '中没有材料文件'],
  ])('usage errors exit 2: %j', (args, message) => {
    const dir = folder('usage', { 'a.json': {} });
    const empty = folder('empty', {});
    const r = govforms(...args.map((a) => (a === 'DIR' ? dir : a === 'EMPTY' ? empty : a)));
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
  test('the usage text lists batch', () => {
    expect(govforms('--help').out).toContain('govforms batch <材料目录> -o <输出目录> [--jobs N]');
  });
});

describe('govforms batch: every dossier in a folder of its own inside -o', () => {
  test('names that are dots, differ only in case or in unsafe characters never leave -o nor share a folder; the same input gives the same folders', () => {
    const input = folder('names', {
      '...json': sampleDossier(), '..json': sampleDossier(), '.json': sampleDossier(), '.hidden.json': sampleDossier(),
      'a.json': sampleDossier(), 'A.JSON': sampleDossier(), 'a?.json': sampleDossier(), 'a_.json': sampleDossier(), '项目 甲.json': sampleDossier(),
    });
    const parent = join(root, 'names-parent');
    const out = join(parent, 'out');
    const r = govforms('batch', input, '-o', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`✓ ...json：已生成 ${FILES} 个文件，在 ${join(out, '__')}`);
    expect(readdirSync(parent)).toEqual(['out']); // nothing beside -o
    const folders = readdirSync(out).sort();
    expect(folders).toEqual(['A', '_', '_-2', '__', '_hidden', 'a-2', 'a_', 'a_-2', '项目 甲'].sort());
    for (const f of folders) expect(readdirSync(join(out, f)).sort()).toEqual([...docs, 'budget.xlsx'].sort());
    expect(govforms('batch', input, '-o', out).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(folders);
  });
  test('a folder inside -o that is a symlink leading out of it is not written through', () => {
    const input = folder('escape', { 'x.json': sampleDossier() });
    const outside = folder('escape-outside', {});
    const out = join(root, 'escape-out');
    mkdirSync(out);
    symlinkSync(outside, join(out, 'x'));
    const r = govforms('batch', input, '-o', out);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`✗ x.json：${join(out, 'x')} 已存在，但不是文件夹（或是指向别处的符号链接），未写入`);
    expect(readdirSync(outside)).toEqual([]);
  });
  test('invalid data is not made into documents: the documents made from the invalid section are reported, the others written', () => {
    const d = sampleDossier();
    d.application.totalInvestment = 'abc';
    const out = join(root, 'invalid-out');
    const r = govforms('batch', folder('invalid', { 'bad.json': d }), '-o', out);
    expect(r.code).toBe(1);
    expect(r.out).toContain('✗ bad.json：项目申报表（Word）：材料中有 1 处问题，未生成（/application/totalInvestment 总投资（元）：应为数字）');
    expect(readdirSync(join(out, 'bad'))).not.toContain('application-form.docx');
    expect(readdirSync(join(out, 'bad'))).toContain('construction-plan.docx');
  });
});

describe('govforms batch: symlinks are skipped and reported', () => {
  test('by name with the reason, on stderr and in the summary; the rest is generated; exit 1', () => {
    const input = folder('links', { 'a.json': sampleDossier() });
    symlinkSync(join(input, 'a.json'), join(input, 'link.json'));
    symlinkSync('/etc/passwd', join(input, 'passwd.json'));
    const out = join(root, 'links-out');
    const r = govforms('batch', input, '-o', out);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`✓ a.json：已生成 ${FILES} 个文件`);
    expect(r.out).toMatch(/批量生成完成：成功 1 份，失败 0 份，跳过 2 份；/);
    expect(r.err).toBe('✗ link.json：已跳过，这是符号链接（出于安全原因不跟随符号链接，请放入文件本身）\n'
      + '✗ passwd.json：已跳过，这是符号链接（出于安全原因不跟随符号链接，请放入文件本身）\n');
    expect(readdirSync(out)).toEqual(['a']);
    const en = govforms('batch', input, '-o', out, '--locale', 'en');
    expect(en.out).toMatch(/Batch done: 1 succeeded, 0 failed, 2 skipped;/);
    expect(en.err).toContain('✗ link.json: skipped, it is a symbolic link');
  });
  test('a folder with nothing but symlinks: they are reported, and there is nothing to do (exit 2)', () => {
    const input = folder('only-links', {});
    symlinkSync('/etc/passwd', join(input, 'x.json'));
    const r = govforms('batch', input, '-o', join(root, 'only-links-out'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('✗ x.json：已跳过，这是符号链接');
    expect(r.err).toContain('中没有材料文件');
  });
});

describe('govforms batch: Ctrl+C', () => {
  test('prints the summary of what was finished, leaves no partial or temporary file, exits 130', async () => {
    const input = folder('sigint', Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`d${String(i).padStart(2, '0')}.json`, sampleDossier()])));
    const out = join(root, 'sigint-out');
    const child = spawn(process.execPath, [bin, 'batch', input, '-o', out, '--jobs', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      // Interrupted once the first dossier is done, while the next one is being written.
      if (!stdout.includes('✓') && chunk.includes('✓')) setTimeout(() => child.kill('SIGINT'), 50);
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(130);
    const finished = [...stdout.matchAll(new RegExp(`✓ (d\\d\\d)\\.json：已生成 ${FILES} 个文件`, 'g'))].map((m) => m[1]!);
    expect(finished.length).toBeGreaterThan(0);
    expect(finished.length).toBeLessThan(40);
    expect(stdout).toContain(`批量生成完成：成功 ${finished.length} 份，失败 0 份；共写入 ${finished.length * FILES} 个文件`);
    expect(stderr).toContain(`已按 Ctrl+C 中断：${40 - finished.length} 份材料未生成或未生成完`);
    expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    for (const name of finished) expect(readdirSync(join(out, name)).sort()).toEqual([...docs, 'budget.xlsx'].sort());
    const files = readdirSync(out).flatMap((f) => readdirSync(join(out, f)).map((file) => join(out, f, file)));
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    for (const f of files) expect(isWholePackage(f), f).toBe(true);
  });
});
