// Shared helpers for bench files. A bench file default-exports an async function returning
// [{ id, label, value, unit, target?, reference? }]; `reference` is a bare-library figure
// measured in the same run, printed beside ours.
import { execFileSync } from 'node:child_process';
import { sampleDossier } from '@govforms/core';

/** Median wall time in ms of `fn` after `warmup` untimed runs. */
export async function medianMs(fn, { warmup = 5, iterations = 30 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Runs a bench script in a fresh Node process (cold start) and parses its JSON output. */
export function inFreshProcess(script, args = [], nodeArgs = []) {
  const out = execFileSync(process.execPath, [...nodeArgs, script, ...args], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop());
}

/** Median of a cold measurement repeated in `runs` fresh processes. */
export function coldMedian(script, key, runs = 5, args = []) {
  const values = Array.from({ length: runs }, () => inFreshProcess(script, args)[key]).sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)];
}

/** The sample dossier renamed "信息化项目 n", its budget spread over 2024–2026 and its amounts varied to the fen (summarize and review benches). */
export function variedDossier(i) {
  const d = sampleDossier();
  d.application.projectName = `信息化项目 ${i + 1}`;
  d.budget.items = d.budget.items.map((item, k) => {
    const { quantity: _q, unitPrice: _u, ...rest } = item;
    return { ...rest, year: 2024 + ((i + k) % 3), amount: item.amount + (i % 100) / 100 };
  });
  return d;
}
