// `npm run bench`: runs bench/*.bench.mjs against the built packages and prints each figure
// beside the committed baseline (bench/baseline.json) and its target.
// `npm run bench -- --update-baseline` records the current figures as the new baseline.
// `npm run bench -- core` runs only bench files whose name contains "core".
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const update = args.includes('--update-baseline');
const filter = args.find((a) => !a.startsWith('--'));
const baselinePath = `${dir}baseline.json`;
const baseline = JSON.parse(readFileSync(baselinePath, 'utf8'));

const rows = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.bench.mjs')).sort()) {
  if (filter && !file.includes(filter)) continue;
  const { default: bench } = await import(`${dir}${file}`);
  process.stdout.write(`running ${file}…\n`);
  rows.push(...(await bench()));
}

const fmt = (v, unit) => (v === undefined ? '—' : `${v < 10 ? v.toFixed(2) : v.toFixed(0)} ${unit}`);
console.log(`\n${'figure'.padEnd(52)}${'current'.padStart(12)}${'baseline'.padStart(12)}${'change'.padStart(9)}${'target'.padStart(12)}  reference`);
let missed = 0;
for (const r of rows) {
  const base = baseline[r.id]?.value;
  const change = base ? `${(((r.value - base) / base) * 100).toFixed(0)}%` : 'new';
  const ok = r.target === undefined || r.value < r.target;
  if (!ok) missed++;
  const target = r.target === undefined ? '—' : `< ${fmt(r.target, r.unit)}`;
  const ref = r.reference ? `${r.reference.label}: ${fmt(r.reference.value, r.unit)} (ours ×${(r.value / r.reference.value).toFixed(2)})` : '';
  console.log(`${(ok ? '  ' : '✗ ') + r.label.padEnd(50)}${fmt(r.value, r.unit).padStart(12)}${fmt(base, r.unit).padStart(12)}${change.padStart(9)}${target.padStart(12)}  ${ref}`);
}
if (update) {
  const next = { ...baseline };
  for (const r of rows) next[r.id] = { value: Number(r.value.toFixed(3)), unit: r.unit, measuredOn: new Date().toISOString().slice(0, 10) };
  writeFileSync(baselinePath, JSON.stringify(next, null, 2) + '\n');
  console.log(`\nbaseline updated: ${baselinePath}`);
}
console.log(missed ? `\n${missed} figure(s) miss their target` : '\nall figures within target');
