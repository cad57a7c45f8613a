// `govforms summarize` over 1,000 dossier files, as a user runs it: a fresh process of the built
// CLI that reads every file, checks each dossier (checkDossier, projectTimeline), builds the
// projects summary workbook and writes it. Reference: a fresh Node process that only reads and
// JSON.parses the same files (the floor the command cannot go below). The CPU time it used is
// a second figure: on a shared machine the wall time also measures the neighbours.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { variedDossier } from './lib.mjs';

const COUNT = 1_000;
const RUNS = 5;
const bin = new URL('../packages/cli/bin/govforms.js', import.meta.url).pathname;

const dossier = variedDossier;

function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'govforms-bench-summarize-'));
  for (let i = 0; i < COUNT; i++) writeFileSync(join(dir, `dossier-${String(i).padStart(4, '0')}.json`), JSON.stringify(dossier(i)));
  return dir;
}

const READ_ONLY = `
const { readdirSync, readFileSync } = require('node:fs');
const dir = process.argv[1];
let n = 0;
for (const f of readdirSync(dir)) if (f.endsWith('.json')) n += Object.keys(JSON.parse(readFileSync(dir + '/' + f, 'utf8'))).length;
`;

function seconds(run) {
  const t0 = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

/** Preloaded into the measured process: its CPU time (user + system), printed on stderr as it exits. */
const CPU_REPORT = new URL('./cpu-report.cjs', import.meta.url).pathname;

/** One `govforms summarize` run: wall seconds, and the CPU seconds it used (less sensitive to other load on the machine). */
function summarizeRun(dir, out) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', CPU_REPORT, bin, 'summarize', dir, '-o', out, '--today', '2026-11-25'], { encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`govforms summarize exited ${r.status}: ${r.stderr}`);
  return { wall, cpu: JSON.parse(r.stderr.trim().split('\n').pop()).cpuSeconds };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export default async function () {
  const dir = folder();
  const out = join(mkdtempSync(join(tmpdir(), 'govforms-bench-summarize-out-')), 'summary.xlsx');
  try {
    const ours = Array.from({ length: RUNS }, () => summarizeRun(dir, out));
    const reference = Array.from({ length: RUNS }, () => seconds(() => execFileSync(process.execPath, ['-e', READ_ONLY, dir], { stdio: 'ignore' })));
    return [{
      id: 'cli.summarize.dossiers1000', label: 'summarize 1,000 dossiers (reading the files included)', unit: 's', target: 2,
      value: median(ours.map((r) => r.wall)), reference: { label: 'node: read + JSON.parse the files', value: median(reference) },
    }, {
      id: 'cli.summarize.dossiers1000.cpu', label: 'summarize 1,000 dossiers: CPU time (user + system)', unit: 's',
      value: median(ours.map((r) => r.cpu)),
    }];
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { force: true });
  }
}
