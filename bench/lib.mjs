// Shared helpers for bench files. A bench file default-exports an async function returning
// [{ id, label, value, unit, target?, reference? }]; `reference` is a bare-library figure
// measured in the same run, printed beside ours.
import { execFileSync } from 'node:child_process';

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
