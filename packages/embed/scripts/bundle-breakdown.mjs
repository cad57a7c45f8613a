// What is inside govforms.iife.js, per package: builds the script-tag bundle with a source map
// into a temporary folder and sums the gzip size of the minified text each source produced,
// following core's and react's own source maps into their sources.
// Usage (from packages/embed): node scripts/bundle-breakdown.mjs [top-files]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import sourceMap from 'source-map-js';

const { SourceMapConsumer } = sourceMap;
const out = mkdtempSync(join(tmpdir(), 'govforms-iife-'));
execFileSync('npx', ['vite', 'build', '-c', 'vite.iife.config.ts', '--sourcemap', 'true', '--outDir', out, '--emptyOutDir'], { stdio: 'ignore' });
const file = join(out, 'govforms.iife.js');
const code = readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
const inner = new Map();
const innerMap = (path) => {
  if (!inner.has(path)) inner.set(path, existsSync(`${path}.map`) ? new SourceMapConsumer(JSON.parse(readFileSync(`${path}.map`, 'utf8'))) : null);
  return inner.get(path);
};
/** A mapping's source, through a package's dist/ map to its own sources; "(generated)" for code no source map names (JSON data, precompiled validators). */
function sourceOf(m) {
  if (!m.source) return '(generated)';
  const path = resolve(dirname(file), m.source);
  const deeper = /\/dist\//.test(path) && innerMap(path);
  const o = deeper && deeper.originalPositionFor({ line: m.originalLine, column: m.originalColumn, bias: 1 });
  return o?.source ? resolve(dirname(path), o.source) : path;
}
const packageOf = (s) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s)?.[1]
  ?? (/packages\/([^/]+)\//.exec(s) ? `@govforms/${/packages\/([^/]+)\//.exec(s)[1]}` : /\/(locales|forms)\//.exec(s)?.[1] ?? s);

const lines = code.split('\n');
const segments = [];
map.eachMapping((m) => segments.push(m), null, SourceMapConsumer.GENERATED_ORDER);
const text = new Map();
segments.forEach((m, i) => {
  const next = segments[i + 1];
  const line = lines[m.generatedLine - 1];
  const piece = line.slice(m.generatedColumn, next && next.generatedLine === m.generatedLine ? next.generatedColumn : line.length);
  const s = sourceOf(m);
  text.set(s, (text.get(s) ?? '') + piece);
});
const kib = (s) => (gzipSync(s, { level: 6 }).length / 1024).toFixed(1).padStart(6);
const byPackage = new Map();
for (const [s, t] of text) byPackage.set(packageOf(s), (byPackage.get(packageOf(s)) ?? '') + t);
console.log(`govforms.iife.js: ${(code.length / 1024).toFixed(1)} KiB, gzip ${kib(code).trim()} KiB`);
console.log('KiB gzip of each part alone (the parts compress less well apart, so they add up to more than the whole):');
for (const [p, t] of [...byPackage].sort((a, b) => b[1].length - a[1].length)) console.log(`${kib(t)}  ${p}`);
const top = Number(process.argv[2] ?? 0);
if (top) {
  console.log('files:');
  for (const [s, t] of [...text].sort((a, b) => b[1].length - a[1].length).slice(0, top)) console.log(`${kib(t)}  ${s.replace(/^.*node_modules\//, '').replace(/^.*\/packages\//, 'packages/')}`);
}
rmSync(out, { recursive: true, force: true });
