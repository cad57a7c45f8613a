// The HTTP service (@govforms/server, built dist), run as `govforms serve --port 0` in its own
// process so that the load generator (autocannon, in this process) does not share its event
// loop, against 127.0.0.1 only:
//  - POST /v1/forms/application/validate with forms/application/sample.json at 50 connections,
//    beside bare Fastify (bench/server-bare.mjs, its own process too) parsing the same body and
//    answering {};
//  - the same validate at 10 connections while 20 construction plans render at once (looped);
//  - construction-plan documents per second with 1 and 2 render workers (GOVFORMS_POOL_SIZE);
//  - each server process's peak RSS (VmHWM: its worker threads share the process).
// Every load is bounded (autocannon `duration` or `amount`) and has a hard timeout around it;
// every process started here is stopped with SIGTERM and must exit with 0.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { sampleDossier } from '../packages/core/dist/index.js';

const root = new URL('..', import.meta.url).pathname;
const cli = new URL('../packages/cli/bin/govforms.js', import.meta.url).pathname;
const bareScript = new URL('./server-bare.mjs', import.meta.url).pathname;
const applicationSample = readFileSync(new URL('../forms/application/sample.json', import.meta.url), 'utf8');
const dossier = JSON.stringify(sampleDossier());
const jsonHeaders = { 'content-type': 'application/json' };
const VALIDATE = '/v1/forms/application/validate';
const DOCUMENT = '/v1/documents/construction-plan';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const CLOCK_TICKS = 100; // USER_HZ of /proc/<pid>/stat on Linux

const progress = (line) => process.stdout.write(`  [server] ${line}\n`);
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const statuses = (r) => Object.entries(r.statusCodeStats ?? {}).map(([code, { count }]) => `${code}×${count}`).join(', ') || 'none';

/** `promise`, or a rejection after `ms` (calling `onTimeout` first to stop what it waits for). */
function withTimeout(promise, ms, what, onTimeout = () => {}) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new Error(`${what}: no result within ${ms / 1000} s`));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** An autocannon load (bounded by its `duration` or `amount`), stopped after `hardMs` at the latest. */
function startLoad(what, opts, hardMs) {
  const instance = autocannon({ timeout: 30, ...opts });
  const result = withTimeout(instance, hardMs, what, () => instance.stop());
  result.catch(() => {}); // awaited by the caller; not an unhandled rejection while it waits for something else
  return { instance, result };
}

/** A load that measures nothing if any request failed. */
function assertClean(what, r) {
  if (r.errors || r.timeouts || r.non2xx) {
    throw new Error(`${what}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx answers (status codes: ${statuses(r)})`);
  }
}

const children = new Set();
process.once('exit', () => { for (const child of children) child.kill('SIGKILL'); });

/**
 * Starts `node <args>` with none of the caller's GOVFORMS_* variables but `env`, and resolves
 * once it names its 127.0.0.1 URL on stderr (govforms: "govforms 服务已启动：http://127.0.0.1:PORT").
 */
async function startProcess(name, args, env = {}) {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GOVFORMS_')));
  const child = spawn(process.execPath, args, { cwd: root, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let output = '';
  const keep = (chunk) => { output = (output + chunk).slice(-50_000); };
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => { children.delete(child); resolve({ code, signal }); }));
  child.stdout.setEncoding('utf8').on('data', keep);
  child.stderr.setEncoding('utf8');
  const url = await withTimeout(new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      keep(chunk);
      stderr += chunk;
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (m) resolve(m[1]);
    });
    child.once('error', reject);
    exited.then(({ code, signal }) => reject(new Error(`${name} exited (${code ?? signal}) before listening:\n${output}`)));
  }), 30_000, `${name}: start`, () => child.kill('SIGKILL'));
  progress(`${name} listening on ${url} (pid ${child.pid})`);
  const stat = () => readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return {
    name,
    url,
    output: () => output,
    /** CPU seconds used so far (user + system, all threads). */
    cpuSeconds: () => { const f = stat(); return (Number(f[11]) + Number(f[12])) / CLOCK_TICKS; },
    /** Peak resident set so far, MB (VmHWM: the main thread and its workers). */
    peakRssMB: () => Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024,
    /** SIGTERM; the process must exit with 0 within 20 s (SIGKILL otherwise). */
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const { code, signal } = await withTimeout(exited, 20_000, `${name}: exit after SIGTERM`, () => child.kill('SIGKILL'));
      if (code !== 0) throw new Error(`${name} ended with ${code ?? signal} after SIGTERM, not 0:\n${output.slice(-4000)}`);
      progress(`${name} stopped (exit 0)`);
    },
  };
}

/** One request, to see that the answer is the real one before loading it. */
async function post(url, body) {
  const res = await fetch(url, { method: 'POST', headers: jsonHeaders, body, signal: AbortSignal.timeout(30_000) });
  return { status: res.status, type: res.headers.get('content-type') ?? '', bytes: Buffer.from(await res.arrayBuffer()) };
}

async function expectValidateAnswer(server, bare) {
  const { status, bytes } = await post(server.url + VALIDATE, applicationSample);
  const answer = JSON.parse(bytes.toString('utf8'));
  if (status !== 200 || (bare ? Object.keys(answer).length !== 0 : answer.valid !== true)) {
    throw new Error(`${server.name}: POST ${VALIDATE} answered ${status} ${bytes.toString('utf8').slice(0, 500)}`);
  }
}

async function expectDocument(server) {
  const { status, type, bytes } = await post(server.url + DOCUMENT, dossier);
  if (status !== 200 || type !== DOCX_TYPE || bytes.subarray(0, 2).toString('latin1') !== 'PK') {
    throw new Error(`${server.name}: POST ${DOCUMENT} answered ${status} ${type} ${bytes.subarray(0, 300).toString('utf8')}`);
  }
  return bytes.length;
}

/** Requests per second and p99 of validate at 50 connections (2 s warm-up, 10 s measured). */
async function validateThroughput(server, bare = false) {
  await expectValidateAnswer(server, bare);
  progress(`${server.name}: POST ${VALIDATE}, 50 connections, 2 s warm-up + 10 s…`);
  const cpu0 = server.cpuSeconds();
  const { result } = startLoad(`${server.name}: validate`, {
    url: server.url + VALIDATE, method: 'POST', headers: jsonHeaders, body: applicationSample,
    connections: 50, duration: 10, warmup: { connections: 50, duration: 2 },
  }, 40_000);
  const r = await result;
  const cpu = (server.cpuSeconds() - cpu0) / (r.duration + (r.warmup?.duration ?? 0));
  assertClean(`${server.name}: validate`, r);
  progress(`${server.name}: ${r.requests.average.toFixed(0)} req/s, latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ` +
    `${r.requests.total} requests in ${r.duration} s; server process CPU ${(cpu * 100).toFixed(0)}% of one core`);
  return { rps: r.requests.average, p99: r.latency.p99 };
}

/** Waits until the render pool has nothing queued and completes nothing more (renders cut off by a stopped load). */
async function waitForIdlePool(server) {
  const deadline = Date.now() + 30_000;
  let completed = -1;
  while (Date.now() < deadline) {
    const res = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(5_000) });
    const { pool } = await res.json();
    if (pool.queued === 0 && pool.completed === completed) return pool;
    completed = pool.completed;
    await delay(300);
  }
  throw new Error(`${server.name}: render pool still busy 30 s after the load stopped`);
}

/**
 * Construction plans per second: `amount` documents at 4 per worker at once (the queue, 32,
 * never overflows; every worker always has the next render waiting), after a warm-up.
 * Wall time runs from the first request to the last answer.
 */
async function documentsPerSecond(server, poolSize, amount) {
  const size = await expectDocument(server);
  const connections = 4 * poolSize;
  const opts = { url: server.url + DOCUMENT, method: 'POST', headers: jsonHeaders, body: dossier, connections };
  progress(`${server.name}: warm-up, ${connections * 5} documents…`);
  const warm = await startLoad(`${server.name}: documents warm-up`, { ...opts, amount: connections * 5 }, 60_000).result;
  assertClean(`${server.name}: documents warm-up`, warm);
  progress(`${server.name}: POST ${DOCUMENT} (${(size / 1024).toFixed(0)} KiB .docx), ${amount} documents, ${connections} at once…`);
  const cpu0 = server.cpuSeconds();
  const { instance, result } = startLoad(`${server.name}: documents`, { ...opts, amount }, 60_000);
  let last = 0;
  instance.on('response', () => { last = performance.now(); });
  const t0 = performance.now();
  const r = await result;
  assertClean(`${server.name}: documents`, r);
  const seconds = (last - t0) / 1000;
  const docsPerSecond = r['2xx'] / seconds;
  progress(`${server.name}: ${r['2xx']} documents in ${seconds.toFixed(2)} s = ${docsPerSecond.toFixed(1)} docs/s ` +
    `(${((seconds * 1000) / r['2xx']).toFixed(2)} ms per document), latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms; ` +
    `server process CPU ${(((server.cpuSeconds() - cpu0) / seconds) * 100).toFixed(0)}% of one core`);
  await waitForIdlePool(server);
  return docsPerSecond;
}

/** Validate at 10 connections for 10 s while 20 construction plans render at once, looped for the whole window. */
async function validateWhileRendering(server) {
  progress(`${server.name}: 20 construction plans rendering at once (looped), then validate at 10 connections for 10 s…`);
  const renders = startLoad(`${server.name}: 20 concurrent renders`, {
    url: server.url + DOCUMENT, method: 'POST', headers: jsonHeaders, body: dossier, connections: 20, duration: 30,
  }, 45_000);
  let validate;
  let pool;
  try {
    await delay(2_000); // the queue fills
    pool = (await (await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(5_000) })).json()).pool;
    validate = await startLoad(`${server.name}: validate while rendering`, {
      url: server.url + VALIDATE, method: 'POST', headers: jsonHeaders, body: applicationSample, connections: 10, duration: 10,
    }, 30_000).result;
  } finally {
    renders.instance.stop();
  }
  const r = await renders.result;
  await waitForIdlePool(server);
  assertClean(`${server.name}: validate while rendering`, validate);
  const busy = r.statusCodeStats?.[503]?.count ?? 0;
  const other = r.non2xx - busy;
  progress(`${server.name}: pool 2 s into the renders: ${JSON.stringify(pool)}`);
  progress(`${server.name}: validate while rendering: ${validate.requests.average.toFixed(0)} req/s, latency p50 ${validate.latency.p50} ms, ` +
    `p99 ${validate.latency.p99} ms, max ${validate.latency.max} ms (${validate.requests.total} requests)`);
  progress(`${server.name}: renders in that time: ${r['2xx']} documents in ${r.duration} s (${(r['2xx'] / r.duration).toFixed(1)} docs/s), ` +
    `503: ${busy}, status codes: ${statuses(r)}, errors ${r.errors}, timeouts ${r.timeouts}`);
  if (other || r.errors || r.timeouts) throw new Error(`${server.name}: renders failed other than 503: status codes ${statuses(r)}, ${r.errors} errors, ${r.timeouts} timeouts`);
  return { p99: validate.latency.p99, busy };
}

/** Log lines at warn level or above (the service runs with GOVFORMS_LOG_LEVEL=warn: there should be none). */
function reportLog(server) {
  const lines = server.output().split('\n').filter((line) => line.startsWith('{'));
  if (lines.length) progress(`${server.name}: ${lines.length} warning/error log line(s), last: ${lines.at(-1).slice(0, 300)}`);
}

const serve = (poolSize) => startProcess(`govforms serve (pool ${poolSize})`, [cli, 'serve', '--port', '0', '--host', '127.0.0.1'], {
  GOVFORMS_LOG_LEVEL: 'warn', GOVFORMS_POOL_SIZE: String(poolSize),
});

export default async function () {
  const started = [];
  const start = async (p) => { const s = await p; started.push(s); return s; };
  const stop = async (s) => { started.splice(started.indexOf(s), 1); await s.stop(); };
  try {
    const bare = await start(startProcess('bare fastify', [bareScript]));
    const bareValidate = await validateThroughput(bare, true);
    await stop(bare);

    const one = await start(serve(1));
    const ours = await validateThroughput(one);
    const docs1 = await documentsPerSecond(one, 1, 400);
    const rendering = await validateWhileRendering(one);
    const rss1 = one.peakRssMB();
    progress(`${one.name}: peak RSS ${rss1.toFixed(1)} MB`);
    reportLog(one);
    await stop(one);

    const two = await start(serve(2));
    const docs2 = await documentsPerSecond(two, 2, 400);
    const rss2 = two.peakRssMB();
    progress(`${two.name}: peak RSS ${rss2.toFixed(1)} MB`);
    reportLog(two);
    await stop(two);

    const bareReference = { label: 'bare Fastify, same body → {}', value: bareValidate.rps };
    return [
      { id: 'server.validate.rps', label: 'validate application, 50 conn.: req/s (higher better)', unit: 'req/s', value: ours.rps, reference: bareReference },
      { id: 'server.validate.p99', label: 'validate application, 50 conn.: p99 latency', unit: 'ms', value: ours.p99,
        reference: { label: 'bare Fastify', value: bareValidate.p99 } },
      { id: 'server.validate.bareRatio', label: 'bare Fastify req/s ÷ ours (≥ half the bare rate)', unit: '×', target: 2, value: bareValidate.rps / ours.rps },
      { id: 'server.validate.p99.rendering20', label: 'validate p99, 10 conn., 20 plans rendering (pool 1)', unit: 'ms', target: 100, value: rendering.p99 },
      { id: 'server.render20.busy503', label: '503 answers among 20 concurrent renders (pool 1)', unit: 'req', target: 1, value: rendering.busy },
      { id: 'server.documents.docsPerSecond.pool1', label: 'construction plans per second, pool 1 (higher better)', unit: 'docs/s', value: docs1 },
      { id: 'server.documents.docsPerSecond.pool2', label: 'construction plans per second, pool 2 (higher better)', unit: 'docs/s', value: docs2,
        reference: { label: 'pool 1', value: docs1 } },
      { id: 'server.rss.pool1', label: 'server peak RSS, pool 1 (all loads above)', unit: 'MB', value: rss1 },
      { id: 'server.rss.pool2', label: 'server peak RSS, pool 2 (documents)', unit: 'MB', value: rss2 },
    ];
  } finally {
    // A load that failed leaves its server running: stop it without hiding the first error.
    for (const s of started) await s.stop().catch((e) => progress(`${s.name}: ${e.message}`));
  }
}
