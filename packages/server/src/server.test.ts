// The service as a portal's back end meets it: `govforms serve --port 0` (the built CLI) on an
// ephemeral port, spoken to over HTTP. Answers are compared with the library's own functions.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import {
  checkDossier, dossierReport, fenToYuan, listForms, projectTimeline, sampleDossier, summarizeBudget, validateForm, yuanToFen,
} from '@govforms/core';
import { renderDocument } from '@govforms/docx';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = new URL('../../cli/bin/govforms.js', import.meta.url).pathname;
const STACK = /\n\s+at .+:\d+:\d+/;

interface Server { url: string; child: ChildProcess; stdout(): string; stderr(): string; exited: Promise<number | null> }

/** Starts `govforms serve --port 0` with these environment variables; resolves once it prints its URL. */
async function serve(env: Record<string, string> = {}, args: string[] = []): Promise<Server> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], {
    env: { ...process.env, GOVFORMS_LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => { out += d.toString(); });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /(http:\/\/\S+)/.exec(err);
      if (m) resolve(m[1]!);
    });
    exited.then((code) => reject(new Error(`govforms serve exited (${code}): ${err}`)));
  });
  return { url, child, stdout: () => out, stderr: () => err, exited };
}

async function stop(s: Server | undefined): Promise<number | null> {
  if (!s || s.child.exitCode !== null) return s?.child.exitCode ?? null;
  s.child.kill('SIGTERM');
  return s.exited;
}

type Answer = { status: number; headers: Headers; json: any; text: string; bytes: Uint8Array };

async function call(s: Server, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const isBytes = body instanceof Uint8Array;
  const payload = body === undefined ? undefined : isBytes || typeof body === 'string' ? body : JSON.stringify(body);
  const res = await fetch(s.url + path, {
    method,
    headers: { ...(body !== undefined && !isBytes ? { 'content-type': 'application/json' } : {}), ...headers },
    body: payload as BodyInit | undefined,
  });
  const bytes = new Uint8Array(await res.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  // No answer of the service ever holds a stack trace.
  expect(text).not.toMatch(STACK);
  let json: unknown;
  try { json = JSON.parse(text); } catch { json = undefined; }
  return { status: res.status, headers: res.headers, json, text, bytes };
}

const post = (s: Server, path: string, body?: unknown, headers?: Record<string, string>) => call(s, 'POST', path, body, headers);
const documentXml = (bytes: Uint8Array) => new PizZip(bytes).file('word/document.xml')!.asText();

beforeAll(() => {
  if (!existsSync(new URL('../dist/index.js', import.meta.url)) || !existsSync(new URL('../../cli/dist/main.js', import.meta.url))) {
    throw new Error('packages/server or packages/cli is not built: run `npm run build` (npm test does)');
  }
});

describe('govforms serve: the endpoints give the library’s results', () => {
  let s: Server;
  beforeAll(async () => { s = await serve(); });
  afterAll(async () => { expect(await stop(s)).toBe(0); });

  it('listens on 127.0.0.1 unless told otherwise, and /healthz answers', async () => {
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const r = await call(s, 'GET', '/healthz');
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ status: 'ok', pool: { workers: expect.any(Number) } });
  });

  it('GET /v1/forms lists the registry, titled in the asked locale; GET /v1/forms/{id} gives the definition', async () => {
    const zh = await call(s, 'GET', '/v1/forms');
    expect(zh.json.map((f: { id: string }) => f.id)).toEqual(listForms().map((f) => f.id));
    expect(zh.json[0]).toMatchObject({ id: 'application', title: '项目申报表', dossierKey: 'application' });
    const en = await call(s, 'GET', '/v1/forms', undefined, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(en.json[0].title).toBe('Project application form');
    const one = await call(s, 'GET', '/v1/forms/budget');
    expect(one.json).toMatchObject({ id: 'budget', dossierKey: 'budget', schema: { type: 'object' }, sample: sampleDossier().budget });
    const unknown = await call(s, 'GET', '/v1/forms/nope');
    expect(unknown.status).toBe(404);
    expect(unknown.json.error).toMatchObject({ code: 'unknown-form', message: expect.stringContaining('未知的表单：“nope”') });
  });

  it('POST /v1/forms/{id}/validate answers validateForm: 200 with the errors, labels apart, in zh-CN or English', async () => {
    const good = await post(s, '/v1/forms/application/validate', sampleDossier().application);
    expect(good.status).toBe(200);
    expect(good.json).toEqual({ form: 'application', version: expect.any(String), valid: true, errors: [] });
    const bad = { ...sampleDossier().application, totalInvestment: '400万', projectName: 'x'.repeat(1_000_000) };
    const zh = await post(s, '/v1/forms/application/validate', bad);
    expect(zh.json).toEqual({ form: 'application', version: expect.any(String), ...validateForm('application', bad) });
    expect(zh.json.errors).toContainEqual({ path: '/totalInvestment', keyword: 'type', label: '总投资（元）', message: '应为数字' });
    const en = await post(s, '/v1/forms/application/validate', bad, { 'accept-language': 'en' });
    expect(en.json.errors).toEqual(validateForm('application', bad, { locale: 'en' }).errors);
  });

  it('POST /v1/check answers the same report as govforms check --json, for today or ?today=', async () => {
    const d = sampleDossier();
    const r = await post(s, '/v1/check?today=2026-11-25', d);
    expect(r.status).toBe(200);
    expect(r.json).toEqual(dossierReport(d, { today: '2026-11-25', locale: 'zh-CN' }));
    const file = join(mkdtempSync(join(tmpdir(), 'govforms-serve-')), 'dossier.json');
    writeFileSync(file, JSON.stringify(d));
    const cli = spawnSync(process.execPath, [bin, 'check', file, '--json', '--today', '2026-11-25'], { encoding: 'utf8' });
    expect(r.json).toEqual(JSON.parse(cli.stdout));
    const late = { ...d, completion: { ...(d.completion as object), trialStart: '2020-01-01' } };
    const en = await post(s, '/v1/check?today=2026-11-25', late, { 'accept-language': 'en' });
    expect(en.json).toEqual(dossierReport(late, { today: '2026-11-25', locale: 'en' }));
  });

  it('hostile JSON gets the library’s answers: __proto__ keys, 100,000-deep nesting, a 1 MB string', async () => {
    const proto = '{"__proto__": {"x": 1}, "application": {"__proto__": {"y": 2}}}';
    const r = await post(s, '/v1/check?today=2026-11-25', proto);
    expect(r.status).toBe(200);
    expect(r.json).toEqual(dossierReport(JSON.parse(proto), { today: '2026-11-25', locale: 'zh-CN' }));
    expect(r.json.unknownSections).toEqual(['__proto__']);
    expect(r.json.sections.application.errors).toContainEqual(expect.objectContaining({ path: '/__proto__' }));

    const deep = `{"application": {"projectName": ${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    const d = await post(s, '/v1/check?today=2026-11-25', deep);
    expect(d.status).toBe(200);
    expect(d.json).toEqual(dossierReport(JSON.parse(deep), { today: '2026-11-25', locale: 'zh-CN' }));
    const deepForm = await post(s, '/v1/forms/application/validate', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`);
    expect(deepForm.status).toBe(200);
    expect(deepForm.json.valid).toBe(false);

    const huge = { ...sampleDossier(), application: { ...sampleDossier().application, projectName: 'x'.repeat(1_000_000) } };
    const h = await post(s, '/v1/check?today=2026-11-25', huge);
    expect(h.json.sections.application.errors).toContainEqual(expect.objectContaining({ path: '/projectName', message: '不能超过 200 个字' }));
  });

  it('POST /v1/documents/{templateId} answers the .docx renderDocument makes, named in Content-Disposition', async () => {
    const d = sampleDossier();
    const r = await post(s, '/v1/documents/construction-plan', d);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(r.headers.get('content-disposition')).toBe(`attachment; filename=construction-plan.docx; filename*=UTF-8''${encodeURIComponent('建设方案.docx')}`);
    expect(documentXml(r.bytes)).toBe(documentXml(await renderDocument('construction-plan', d)));
    const en = await post(s, '/v1/documents/application-form', d, { 'accept-language': 'en' });
    expect(en.headers.get('content-disposition')).toContain('filename*=UTF-8\'\'');
    expect(documentXml(en.bytes)).toBe(documentXml(await renderDocument('application-form', d, { locale: 'en' })));
  });

  it('the budget workbook comes back through /v1/budget-workbook/import as the same budget, to the fen', async () => {
    const d = sampleDossier();
    const wb = await post(s, '/v1/budget-workbook', d);
    expect(wb.status).toBe(200);
    expect(wb.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(wb.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('预算明细表.xlsx')}`);
    const back = await post(s, '/v1/budget-workbook/import', wb.bytes, { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(back.status).toBe(200);
    expect(summarizeBudget(back.json)).toEqual(summarizeBudget(d.budget as object));
    const octet = await post(s, '/v1/budget-workbook/import', wb.bytes, { 'content-type': 'application/octet-stream' });
    expect(octet.json).toEqual(back.json);
  });

  it('a dossier a document cannot be made from, or a file that is no workbook, is a 422 with the library’s message', async () => {
    const noBudget = await post(s, '/v1/budget-workbook', { application: sampleDossier().application });
    expect(noBudget.status).toBe(422);
    expect(noBudget.json.error).toMatchObject({ code: 'invalid-budget', path: '/budget' });
    const notXlsx = await post(s, '/v1/budget-workbook/import', new TextEncoder().encode('not a workbook'), { 'content-type': 'application/octet-stream' });
    expect(notXlsx.status).toBe(422);
    expect(notXlsx.json.error.code).toBe('invalid-workbook');
  });

  it('POST /v1/timeline answers projectTimeline, in zh-CN or English', async () => {
    const d = sampleDossier();
    const r = await post(s, '/v1/timeline?today=2026-11-25', d);
    expect(r.status).toBe(200);
    expect(r.json).toEqual(projectTimeline(d, { today: '2026-11-25' }));
    const en = await post(s, '/v1/timeline?today=2026-11-25', d, { 'accept-language': 'en' });
    expect(en.json).toEqual(projectTimeline(d, { today: '2026-11-25', locale: 'en' }));
    expect((await post(s, '/v1/timeline', [])).status).toBe(400);
  });

  it('POST /v1/summary-workbook answers the projects summary workbook of an array of dossiers, as the library builds it', async () => {
    const other = sampleDossier();
    other.application = { ...other.application, projectName: '第二个项目' };
    const r = await post(s, '/v1/summary-workbook?today=2026-11-25', [sampleDossier(), other]);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(r.headers.get('content-disposition')).toBe(`attachment; filename=projects-summary.xlsx; filename*=UTF-8''${encodeURIComponent('项目汇总表.xlsx')}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['项目汇总', '审核要点', '说明']);
    const ws = wb.getWorksheet('项目汇总')!;
    expect([ws.getCell('C2').value, ws.getCell('C3').value, ws.getCell('A4').value]).toEqual(['宿迁市食品安全智慧监管平台建设项目', '第二个项目', '合计']);
    const total = (ws.getRow(1).values as unknown[]).indexOf('预算合计（元）');
    expect(ws.getRow(4).getCell(total).result).toBe(fenToYuan(2 * yuanToFen(summarizeBudget(sampleDossier().budget).total)!));
    const findings = wb.getWorksheet('审核要点')!;
    expect(findings.rowCount - 1).toBe(2 * checkDossier(sampleDossier(), { today: '2026-11-25' }).length);
    const en = await post(s, '/v1/summary-workbook?today=2026-11-25', [sampleDossier()], { 'accept-language': 'en' });
    const enWb = new ExcelJS.Workbook();
    await enWb.xlsx.load(en.bytes as unknown as ArrayBuffer);
    expect(enWb.worksheets.map((w) => w.name)).toEqual(['Projects', 'Review points', 'Notes']);
  });

  it('a dossier the summary cannot be made from is a 422 naming it, with its path in the array', async () => {
    const bad = { application: { projectName: '坏项目' }, budget: { items: [{ category: 'other', name: '服务器', amount: -1 }] } };
    const r = await post(s, '/v1/summary-workbook', [sampleDossier(), bad]);
    expect(r.status).toBe(422);
    expect(r.json.error).toMatchObject({
      code: 'invalid-dossier', path: '/1/budget/items/0/amount', message: expect.stringMatching(/^第2份材料“坏项目”：费用明细第1项“服务器”：金额（元）应为/),
    });
    const en = await post(s, '/v1/summary-workbook', [[]], { 'accept-language': 'en' });
    expect(en.json.error).toMatchObject({ code: 'invalid-dossier', path: '/0', message: 'Dossier 1: not a dossier (it must be a JSON object)' });
  });
});

describe('govforms serve: bad input gets a status and a zh-CN error body, never a stack trace', () => {
  let s: Server;
  beforeAll(async () => { s = await serve({ GOVFORMS_BODY_LIMIT_MB: '1' }); });
  afterAll(async () => { expect(await stop(s)).toBe(0); });

  it.each([
    ['broken JSON', '/v1/check', '{\n  "application": {,\n}', 400, 'invalid-json', /不是有效的 JSON（第 2 行第 \d+ 列附近有语法错误）/],
    ['an empty body', '/v1/forms/application/validate', '', 400, 'empty-body', /请求体为空/],
    ['an array where a dossier goes', '/v1/check', '[1, 2]', 400, 'invalid-body', /应为一份材料/],
    ['a string where a dossier goes', '/v1/documents/application-form', '"x"', 400, 'invalid-body', /应为一份材料/],
    ['an unknown template', '/v1/documents/nope', '{}', 404, 'unknown-template', /未知的文档模板：“nope”/],
    ['an unknown form', '/v1/forms/nope/validate', '{}', 404, 'unknown-form', /未知的表单：“nope”/],
    ['an impossible date', '/v1/check?today=2026-02-30', '{}', 400, 'invalid-today', /today 应为 YYYY-MM-DD/],
    ['no dossiers where the summary goes', '/v1/summary-workbook', '{}', 400, 'invalid-body', /应为材料的数组/],
    ['a string where the summary\'s dossiers go', '/v1/summary-workbook', '"x"', 400, 'invalid-body', /应为材料的数组/],
    ['an impossible date for the summary', '/v1/summary-workbook?today=2026-02-30', '[]', 400, 'invalid-today', /today 应为 YYYY-MM-DD/],
    ['a dossier nested 100,000 deep for a document', '/v1/documents/application-form',
      `{"application": {"summary": ${'['.repeat(100_000)}${']'.repeat(100_000)}}}`, 400, 'too-deep', /嵌套层数过多/],
  ])('%s', async (_name, path, body, status, code, message) => {
    const r = await post(s, path, body);
    expect(r.status).toBe(status);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    expect(r.json.error).toMatchObject({ code, message: expect.stringMatching(message) });
  });

  it('a wrong content type is 415; an unknown path 404; a wrong method 405 with Allow', async () => {
    const text = await post(s, '/v1/check', 'x', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    expect(text.json.error.message).toContain('不支持的请求类型“text/plain”');
    const jsonToImport = await post(s, '/v1/budget-workbook/import', '{}');
    expect(jsonToImport.status).toBe(415);
    const xlsxToCheck = await post(s, '/v1/check', new Uint8Array([1, 2]), { 'content-type': 'application/octet-stream' });
    expect(xlsxToCheck.status).toBe(415);
    const gbk = await post(s, '/v1/check', new Uint8Array([0x7b, 0x7d]), { 'content-type': 'application/json; charset=GBK' });
    expect(gbk.status).toBe(415);
    expect(gbk.json.error).toMatchObject({ code: 'unsupported-charset', message: expect.stringContaining('“gbk”') });
    expect((await post(s, '/v1/check', '{}', { 'content-type': 'application/json; charset=UTF-8' })).status).toBe(200);
    const noWorkbook = await post(s, '/v1/budget-workbook/import', new Uint8Array(), { 'content-type': 'application/octet-stream' });
    expect(noWorkbook.status).toBe(400);
    expect(noWorkbook.json.error).toMatchObject({ code: 'empty-body', message: '请求体为空：请发送 .xlsx 文件' });
    const nowhere = await call(s, 'GET', '/v2/anything');
    expect(nowhere.status).toBe(404);
    expect(nowhere.json.error).toMatchObject({ code: 'not-found', message: '没有这个接口：GET /v2/anything' });
    const wrong = await call(s, 'GET', '/v1/check');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    expect(wrong.json.error.code).toBe('method-not-allowed');
    expect((await call(s, 'DELETE', '/v1/forms/application')).status).toBe(405);
  });

  it('a body over the limit is 413, and the service goes on', async () => {
    const big = JSON.stringify({ application: { projectName: 'x'.repeat(1_200_000) } });
    const r = await post(s, '/v1/check', big);
    expect(r.status).toBe(413);
    expect(r.json.error).toMatchObject({ code: 'body-too-large', message: '请求体过大（上限 1 MB）' });
    expect((await call(s, 'GET', '/healthz')).status).toBe(200);
  });

  it('English with Accept-Language: en', async () => {
    const r = await post(s, '/v1/check', '{"a":', { 'accept-language': 'en-US,en;q=0.8' });
    expect(r.json.error.message).toBe('The request body is not valid JSON (syntax error near line 1, column 6)');
  });

  it('logs one JSON line per request with id, method, route, status and time, and nothing of the dossier', async () => {
    const secret = { application: { ...sampleDossier().application, projectName: '绝密项目名称甲乙丙', contactPhone: '13912345678' } };
    await post(s, '/v1/check', secret, { 'x-request-id': 'portal-req-42' });
    await post(s, '/v1/check', `{"application": {"contactPhone": "13912345678",}}`);
    await post(s, '/v1/forms/application/validate', secret.application);
    await new Promise((r) => setTimeout(r, 200));
    const lines = s.stdout().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const mine = lines.find((l) => l.reqId === 'portal-req-42');
    expect(mine).toMatchObject({ method: 'POST', route: '/v1/check', status: 200, ms: expect.any(Number), msg: 'request' });
    expect(lines.filter((l) => l.msg === 'request').length).toBeGreaterThanOrEqual(3);
    expect(s.stdout()).not.toContain('绝密项目名称');
    expect(s.stdout()).not.toContain('13912345678');
  });
});

describe('govforms serve: security', () => {
  let s: Server;
  beforeAll(async () => { s = await serve({ GOVFORMS_TOKEN: 's3cret-token', GOVFORMS_CORS_ORIGINS: 'https://portal.suqian.gov.cn' }); });
  afterAll(async () => { expect(await stop(s)).toBe(0); });

  it('with GOVFORMS_TOKEN every endpoint but /healthz needs the bearer token (401 otherwise)', async () => {
    const none = await call(s, 'GET', '/v1/forms');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect(none.json.error.code).toBe('unauthorized');
    expect((await call(s, 'GET', '/v1/forms', undefined, { authorization: 'Bearer s3cret-tokeN' })).status).toBe(401);
    expect((await call(s, 'GET', '/v1/forms', undefined, { authorization: 's3cret-token' })).status).toBe(401);
    expect((await call(s, 'GET', '/v1/forms', undefined, { authorization: 'Bearer s3cret-token' })).status).toBe(200);
    expect((await call(s, 'GET', '/v1/forms', undefined, { authorization: 'bearer s3cret-token' })).status).toBe(200);
    expect((await call(s, 'GET', '/healthz')).status).toBe(200);
  });

  it('CORS answers only the allowed origins', async () => {
    const preflight = (origin: string) => call(s, 'OPTIONS', '/v1/check', undefined, {
      origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization',
    });
    const ok = await preflight('https://portal.suqian.gov.cn');
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://portal.suqian.gov.cn');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('govforms serve: under load and when stopped', () => {
  it('without an allow-list there is no CORS header', async () => {
    const s = await serve();
    try {
      const r = await call(s, 'GET', '/v1/forms', undefined, { origin: 'https://portal.suqian.gov.cn' });
      expect(r.status).toBe(200);
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await stop(s);
    }
  });

  it('a full render queue answers 503 with Retry-After, never a 500, and the service goes on', async () => {
    const s = await serve({ GOVFORMS_POOL_SIZE: '1', GOVFORMS_QUEUE_LIMIT: '1' });
    try {
      const d = sampleDossier();
      const answers = await Promise.all(Array.from({ length: 12 }, () => post(s, '/v1/documents/construction-plan', d)));
      const statuses = answers.map((a) => a.status);
      expect(statuses.every((x) => x === 200 || x === 503)).toBe(true);
      expect(statuses.filter((x) => x === 200).length).toBeGreaterThanOrEqual(2);
      const busy = answers.find((a) => a.status === 503)!;
      expect(busy).toBeDefined();
      expect(busy.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(busy.json.error).toMatchObject({ code: 'busy', message: expect.stringContaining('服务繁忙') });
      expect((await post(s, '/v1/documents/construction-plan', d)).status).toBe(200);
    } finally {
      await stop(s);
    }
  });

  it('a render over its time limit is a 503 and the next render works', async () => {
    const s = await serve({ GOVFORMS_RENDER_TIMEOUT_MS: '1' });
    try {
      const r = await post(s, '/v1/documents/construction-plan', sampleDossier());
      expect(r.status).toBe(503);
      expect(r.json.error.code).toBe('render-timeout');
      expect((await post(s, '/v1/forms/budget/validate', sampleDossier().budget)).status).toBe(200);
    } finally {
      await stop(s);
    }
  });

  it('a request that does not arrive whole in time is answered 408 and its connection closed', async () => {
    const s = await serve({ GOVFORMS_REQUEST_TIMEOUT_MS: '400' });
    try {
      const { port } = new URL(s.url);
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write('POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"appl');
        });
        let text = '';
        socket.on('data', (d) => { text += d.toString(); });
        socket.on('close', () => resolve(text));
        socket.on('error', reject);
        setTimeout(() => { socket.destroy(); resolve(`${text}(still open after 5 s)`); }, 5000);
      });
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toEqual({ error: { code: 'request-timeout', message: '请求超时' } });
      expect((await call(s, 'GET', '/healthz')).status).toBe(200);
    } finally {
      await stop(s);
    }
  });

  it('SIGTERM: requests in progress finish, new ones are refused, the process exits 0', async () => {
    const s = await serve({ GOVFORMS_POOL_SIZE: '1' });
    const d = sampleDossier();
    const inFlight = Array.from({ length: 3 }, () => post(s, '/v1/documents/construction-plan', d));
    // All three have reached the service and some are still rendering or waiting when it is told to stop.
    const arrived = async () => {
      const { rendering, queued, completed } = (await call(s, 'GET', '/healthz')).json.pool;
      return rendering + queued > 0 && rendering + queued + completed === 3;
    };
    await expect.poll(arrived, { interval: 2, timeout: 10_000 }).toBe(true);
    s.child.kill('SIGTERM');
    const answers = await Promise.all(inFlight);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const after = await fetch(`${s.url}/healthz`).then((r) => r.status, (e: Error) => e.message);
    expect([503, 'fetch failed']).toContain(after);
    expect(await s.exited).toBe(0);
    expect(s.stderr()).toContain('收到 SIGTERM');
  });

  it('bad settings stop it with a zh-CN message and exit 2; so does a port in use', async () => {
    const bad = spawnSync(process.execPath, [bin, 'serve', '--port', 'abc'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('选项 --port 的值“abc”无效：应为 0–65535 之间的整数');
    const env = spawnSync(process.execPath, [bin, 'serve'], { encoding: 'utf8', env: { ...process.env, GOVFORMS_POOL_SIZE: '0' } });
    expect(env.status).toBe(2);
    expect(env.stderr).toContain('环境变量 GOVFORMS_POOL_SIZE 的值“0”无效：应为正整数');
    const s = await serve();
    try {
      const port = new URL(s.url).port;
      const taken = spawnSync(process.execPath, [bin, 'serve', '--port', port], { encoding: 'utf8' });
      expect(taken.status).toBe(2);
      expect(taken.stderr).toContain(`无法在 127.0.0.1:${port} 上监听（EADDRINUSE）`);
      expect(taken.stdout + taken.stderr).not.toMatch(STACK);
    } finally {
      await stop(s);
    }
  }, 60_000); // four processes start one after another: slow on a loaded 2-core machine
});

describe('GET /openapi.json', () => {
  let s: Server;
  beforeAll(async () => { s = await serve(); });
  afterAll(async () => { await stop(s); });

  it('is a valid OpenAPI 3.1 document with every route, its schemas taken from the forms', async () => {
    const doc = (await call(s, 'GET', '/openapi.json')).json;
    expect(doc.openapi).toBe('3.1.0');
    await SwaggerParser.validate(structuredClone(doc));
    const routes = Object.entries(doc.paths as Record<string, object>).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`)).sort();
    expect(routes).toEqual([
      'GET /healthz', 'GET /openapi.json', 'GET /v1/forms', 'GET /v1/forms/{id}',
      'POST /v1/budget-workbook', 'POST /v1/budget-workbook/import', 'POST /v1/check', 'POST /v1/documents/{templateId}',
      'POST /v1/forms/{id}/validate', 'POST /v1/summary-workbook', 'POST /v1/timeline',
    ]);
    for (const form of listForms()) {
      expect(Object.keys(doc.components.schemas[form.id].properties)).toEqual(Object.keys((form.schema as { properties: object }).properties));
      expect(doc.components.schemas.Dossier.properties[form.dossierKey]).toMatchObject({ $ref: `#/components/schemas/${form.id}` });
    }
    expect(doc.paths['/v1/check'].post.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Dossier' });
    expect(Object.keys(doc.paths['/v1/documents/{templateId}'].post.responses['200'].content)).toEqual(['application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
    const summary = doc.paths['/v1/summary-workbook'].post;
    expect(summary.requestBody.content['application/json'].schema).toEqual({ type: 'array', items: { $ref: '#/components/schemas/Dossier' } });
    expect(Object.keys(summary.responses['200'].content)).toEqual(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    expect(summary.parameters.map((p: { name: string; in: string }) => `${p.in} ${p.name}`)).toEqual(['query today']);
    expect(summary.description).toContain('422');
  });
});
