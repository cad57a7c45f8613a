import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dossierDigest, nextStep, projectTimeline, rulesVersion, sampleDossier } from '@govforms/core';
import { beforeAll, describe, expect, test } from 'vitest';

// These tests run the built `govforms` binary as a user would (npm test builds first).
const bin = new URL('../bin/govforms.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'govforms-cli-'));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function govforms(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  // No output of the CLI may ever contain a stack trace.
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  if (!existsSync(new URL('../dist/main.js', import.meta.url))) throw new Error('packages/cli is not built: run `npm run build` (npm test does)');
});

describe('govforms validate', () => {
  test('a valid sample passes with exit 0', () => {
    const r = govforms('validate', 'budget', file('budget.json', sampleDossier().budget));
    expect(r).toMatchObject({ code: 0, out: '✓ 预算明细（budget）：校验通过\n' });
  });
  test('invalid data prints each error with its path on stdout and exits 1', () => {
    const app = { ...sampleDossier().application, totalInvestment: '3856400.50' };
    const r = govforms('validate', 'application', file('app.json', app));
    expect(r.code).toBe(1);
    expect(r.out).toContain('/totalInvestment  总投资（元）：应为数字');
  });
  test('--json gives the errors to programs, each field\'s label apart from the message', () => {
    const r = govforms('validate', 'application', file('app2.json', { projectName: 1 }), '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ form: 'application', valid: false });
    expect(json.errors).toContainEqual({ path: '/projectName', keyword: 'type', label: '项目名称', message: '应为文本' });
    const en = JSON.parse(govforms('validate', 'application', file('app2.json', { projectName: 1 }), '--json', '--locale', 'en').out);
    expect(en.errors).toContainEqual({ path: '/projectName', keyword: 'type', label: 'Project name', message: 'must be text' });
  });
  test('--locale en names the form and its fields in English', () => {
    const app = { ...sampleDossier().application, totalInvestment: '3856400.50' };
    const r = govforms('validate', 'application', file('app-en.json', app), '--locale', 'en');
    expect(r.code).toBe(1);
    expect(r.out).toBe('✗ Project application form (application): 1 problem\n  /totalInvestment  Total investment (yuan): must be a number\n');
  });
  test('an unknown form id is a usage error (exit 2) naming the known forms', () => {
    const r = govforms('validate', 'nope', file('x.json', {}));
    expect(r.code).toBe(2);
    expect(r.err).toContain('未知的表单：“nope”');
    expect(r.err).toContain('construction-plan');
  });
});

describe('govforms check', () => {
  test('the sample dossier has no error: exit 0 with its findings listed', () => {
    const r = govforms('check', file('sample.json', sampleDossier()), '--today', '2026-11-25');
    expect(r.code).toBe(0);
    expect(r.out).toContain('✓ 项目申报表（application）：校验通过');
    expect(r.out).toContain('第十九条');
    expect(r.out).toContain('合计：错误 0 条');
  });
  test('an error finding exits 1 and cites its article', () => {
    const d = sampleDossier();
    (d.application.includes as Record<string, boolean>).machineRoom = true;
    const r = govforms('check', file('room.json', d), '--today', '2026-11-25');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/\[错误\] 第十四条 {2}不得申报新建或扩建机房的项目/);
  });
  test('warnings are called 警告, as everywhere in govforms; the summary counts each severity', () => {
    const d = sampleDossier();
    d.application.totalInvestment = 4000000.01;
    const r = govforms('check', file('warn.json', d), '--today', '2026-11-25');
    expect(r.out).toMatch(/\[警告\] 第二十条 {2}总投资 4,000,000\.01 元 超过 400 万元/);
    expect(r.out).toContain('需要材料：可行性研究报告、初步设计方案');
    expect(r.out).toContain('合计：错误 1 条，警告 1 条，提示 3 条');
    expect(r.out).not.toContain('提醒');
    const en = govforms('check', file('warn.json', d), '--today', '2026-11-25', '--locale', 'en');
    expect(en.out).toMatch(/\[Warning\] art\. 20 {2}/);
    expect(en.out).toContain('Requires: Feasibility study, Preliminary design');
    expect(en.out).toContain('Total: 1 error, 1 warning, 3 notes');
  });
  test('--json lists validation per section, findings and a summary', () => {
    const d = sampleDossier();
    d.application.totalInvestment = 4000000.01;
    const r = govforms('check', file('over.json', d), '--json', '--today', '2026-11-25');
    const json = JSON.parse(r.out);
    expect(r.code).toBe(1); // the budget no longer adds up to the total investment
    expect(json.sections.application.valid).toBe(true);
    expect(json.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(
      expect.arrayContaining(['art14.budget-total-mismatch', 'art20.approval-documents']),
    );
    expect(json.summary.error).toBe(1);
    // The digest every generated file records: the same data, however it is written, gives the same one.
    expect(json.digest).toBe(dossierDigest(d));
    expect(json.rulesVersion).toBe(rulesVersion);
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(d).reverse()), null, 4);
    writeFileSync(join(dir, 'over-reordered.json'), reordered);
    expect(JSON.parse(govforms('check', join(dir, 'over-reordered.json'), '--json', '--today', '2026-11-25').out).digest).toBe(json.digest);
    expect(govforms('check', file('over.json', d), '--today', '2026-11-25').out).toContain(`数据摘要（SHA-256，与生成文件中记录的一致）：${json.digest}`);
  });
  test('--today changes which deadlines have passed', () => {
    const d = sampleDossier();
    delete d.completion.reportFiledOn;
    expect(govforms('check', file('nofiling.json', d), '--today', '2025-01-09').code).toBe(0);
    const late = govforms('check', file('nofiling.json', d), '--today', '2025-01-10');
    expect(late.code).toBe(1);
    expect(late.out).toContain('第三十一条');
  });
  test('--locale en prints English', () => {
    const r = govforms('check', file('sample-en.json', sampleDossier()), '--today', '2026-11-25', '--locale', 'en');
    expect(r.out).toContain('✓ Project application form (application): valid');
    expect(r.out).toContain('Total: 0 errors');
  });
  test('validation errors of a section are shown with the section prefix', () => {
    const d = sampleDossier();
    (d.budget.items as Record<string, unknown>[])[0]!.amount = 'abc';
    const r = govforms('check', file('badbudget.json', d), '--today', '2026-11-25');
    expect(r.code).toBe(1);
    expect(r.out).toContain('/budget/items/0/amount  费用明细第1项·金额（元）：应为数字');
  });
});

describe('govforms timeline', () => {
  test('prints each stage with its status mark, date or deadline and article', () => {
    const d = sampleDossier();
    const r = govforms('timeline', file('timeline.json', d), '--today', '2026-11-25');
    expect(r.code).toBe(0);
    expect(r.out).toContain('项目进度（截至 2026-11-25）：');
    expect(r.out).toMatch(/ {2}✓ 纳入年度市级信息化项目清单：已于 \d{4}-\d{2}-\d{2} 完成（第十八条）\n/);
    expect(r.out).toContain('– 取得立项批复：本项目不适用（第二十条）');
    expect(r.out).toMatch(/\n\n下一步：暂无待办事项\n$/); // the sample project has done everything due so far
    delete d.completion.reportFiledOn;
    const late = govforms('timeline', file('timeline-late.json', d), '--today', '2026-11-25');
    expect(late.out).toMatch(/下一步：竣工验收报告报市数据局备案，已逾期（截止 \d{4}-\d{2}-\d{2}，第三十一条）\n$/);
  });
  test('--json gives the stages to programs, as projectTimeline makes them', () => {
    const d = sampleDossier();
    const json = JSON.parse(govforms('timeline', file('timeline2.json', d), '--today', '2026-11-25', '--json', '--locale', 'en').out);
    const stages = projectTimeline(d, { today: '2026-11-25', locale: 'en' });
    const next = nextStep(stages, 'en');
    expect(json).toEqual({ today: '2026-11-25', next: next ? { id: next.stage.id, message: next.message } : null, stages });
  });
  test('a dossier that is not an object is refused (exit 1); a bad --today is a usage error (exit 2)', () => {
    expect(govforms('timeline', file('timeline3.json', [1]))).toMatchObject({ code: 1, err: expect.stringContaining('材料文件应为一个 JSON 对象') });
    expect(govforms('timeline', file('timeline4.json', {}), '--today', '2026-13-01')).toMatchObject({ code: 2 });
  });
});

describe('bad input: a clear zh-CN message and a non-zero exit, never a stack trace', () => {
  test('broken JSON names the line and column (exit 1)', () => {
    const r = govforms('check', file('broken.json', '{\n  "application": {\n    "projectName": "x",\n  }\n}'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/不是有效的 JSON（第 4 行第 \d+ 列附近有语法错误）/);
  });
  test('a missing file is a usage error (exit 2)', () => {
    const r = govforms('check', join(dir, 'missing.json'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('找不到文件');
  });
  test('a dossier that is not an object, unknown sections and __proto__ keys are reported', () => {
    expect(govforms('check', file('array.json', [1, 2])).err).toContain('材料文件应为一个 JSON 对象');
    const r = govforms('check', file('proto.json', '{"__proto__": {"x": 1}, "application": {"__proto__": {"y": 2}}}'), '--today', '2026-11-25');
    expect(r.code).toBe(1);
    expect(r.out).toContain('无法识别的分项“__proto__”');
    expect(r.out).toContain('/application/__proto__');
  });
  test('a 1 MB string and a string where money goes are reported, not crashed on', () => {
    const d = sampleDossier();
    d.application.projectName = 'x'.repeat(1_000_000);
    d.application.totalInvestment = '400万';
    const r = govforms('check', file('huge.json', d), '--today', '2026-11-25');
    expect(r.code).toBe(1);
    expect(r.out).toContain('项目名称：不能超过 200 个字');
    expect(r.out).toContain('总投资（元）：应为数字');
  });
  test('an empty dossier has nothing to check (exit 1)', () => {
    const r = govforms('check', file('empty.json', {}));
    expect(r.code).toBe(1);
    expect(r.out).toContain('材料中没有任何分项');
  });
  test.each([
    [['frob'], '未知的命令“frob”'],
    [['check'], '缺少参数'],
    [['check', 'x.json', '--today', '2026-02-30'], '--today 应为 YYYY-MM-DD 格式的有效日期'],
    [['check', 'x.json', '--bogus'], '未知的选项“--bogus”'],
    [['check', 'x.json', '--today'], '选项 --today 需要一个值'],
    [['check', 'x.json', '--locale', 'fr'], '不支持的语言“fr”，可用：zh-CN、en'],
  ])('usage errors exit 2: %j', (args, message) => {
    const r = govforms(...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
  test.each([
    [['check', 'x.json', '--jobs', '3'], '未知的选项“--jobs”。govforms check 可用的选项：--today、--json、--locale、-h/--help'],
    [['check', 'x.json', '--no-such-flag'], '未知的选项“--no-such-flag”。govforms check 可用的选项：--today、--json、--locale、-h/--help'],
    [['validate', 'budget', 'x.json', '-o', 'y.json'], '未知的选项“-o”。govforms validate 可用的选项：--json、--locale、-h/--help'],
    [['generate', 'application-form', 'x.json', '-o', 'y.docx', '--today', '2026-11-25'], '未知的选项“--today”。govforms generate 可用的选项：-o/--output、--template、--mapping、--draft、--locale、-h/--help'],
    [['--frob'], '未知的选项“--frob”。govforms 可用的选项：--locale、-h/--help'],
  ])('an option the command does not take is a usage error (exit 2) naming the command\'s options: %j', (args, message) => {
    const r = govforms(...args);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toBe(`govforms：${message}\n`);
  });
  test('the options a command takes still work, in either spelling', () => {
    const sample = file('options.json', sampleDossier());
    expect(govforms('check', sample, '--today=2026-11-25', '--json').code).toBe(0);
    expect(govforms('timeline', sample, '--today', '2026-11-25', '--locale', 'en').code).toBe(0);
    expect(govforms('check', sample, '--jobs', '3', '--locale', 'en').err).toBe('govforms: Unknown option "--jobs". Options of govforms check: --today, --json, --locale, -h/--help\n');
  });
  test('no arguments prints the usage on stderr with exit 2; --help on stdout with exit 0', () => {
    expect(govforms()).toMatchObject({ code: 2, err: expect.stringContaining('用法：') });
    expect(govforms('--help')).toMatchObject({ code: 0, out: expect.stringContaining('govforms check') });
    expect(govforms('--help').out).toContain('--locale 语言       输出语言：zh-CN|en');
    expect(govforms('--help', '--locale', 'en').out).toContain('Usage:');
  });
});

describe('--json: errors are JSON on stderr, as the HTTP service gives them; stdout stays clean', () => {
  const jsonError = (r: { err: string }) => {
    const body = JSON.parse(r.err);
    expect(Object.keys(body)).toEqual(['error']);
    for (const key of Object.keys(body.error)) expect(['code', 'message', 'path']).toContain(key);
    return body.error;
  };
  test.each([
    [['check', join(dir, 'missing.json'), '--json'], 2, 'file-not-found', '找不到文件'],
    [['check', 'x.json', '--json', '--jobs', '3'], 2, 'unknown-option', '未知的选项“--jobs”'],
    [['check', 'x.json', '--json', '--today'], 2, 'missing-value', '选项 --today 需要一个值'],
    [['check', 'x.json', '--json', '--today', '2026-02-30'], 2, 'invalid-today', '--today 应为 YYYY-MM-DD 格式的有效日期'],
    [['timeline', 'BROKEN', '--json'], 1, 'invalid-json', '不是有效的 JSON'],
    [['validate', 'nope', 'x.json', '--json'], 2, 'unknown-form', '未知的表单：“nope”'],
    [['frob', '--json'], 2, 'unknown-command', '未知的命令“frob”'],
  ])('%j', (args, exit, code, message) => {
    const broken = file('json-broken.json', '{"application": ');
    const r = govforms(...args.map((a) => (a === 'BROKEN' ? broken : a)));
    expect(r.code).toBe(exit);
    expect(r.out).toBe('');
    const error = jsonError(r);
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
  });
  test('a dossier that is not an object has the path of the whole document; messages follow --locale', () => {
    const r = govforms('check', file('json-array.json', [1]), '--json', '--locale', 'en');
    expect(r).toMatchObject({ code: 1, out: '' });
    expect(jsonError(r)).toEqual({ code: 'invalid-dossier', path: '', message: expect.stringContaining('A dossier file is a JSON object') });
  });
  test('a run without errors still answers on stdout only', () => {
    const r = govforms('check', file('json-ok.json', sampleDossier()), '--json', '--today', '2026-11-25');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(r.out).summary.error).toBe(0);
  });
});
