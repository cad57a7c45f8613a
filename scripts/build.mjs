// Builds every workspace package in dependency order (core before the packages that use it).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const packages = readdirSync(join(root, 'packages'))
  .map((dir) => join(root, 'packages', dir))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .map((dir) => ({ dir, json: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }));

const byName = new Map(packages.map((p) => [p.json.name, p]));
const done = new Set();
function build(p, trail = []) {
  if (done.has(p.json.name)) return;
  if (trail.includes(p.json.name)) throw new Error(`dependency cycle: ${[...trail, p.json.name].join(' → ')}`);
  const deps = { ...p.json.dependencies, ...p.json.devDependencies };
  for (const name of Object.keys(deps)) if (byName.has(name)) build(byName.get(name), [...trail, p.json.name]);
  if (p.json.scripts?.build) {
    console.log(`\n▶ ${p.json.name}`);
    execFileSync('npm', ['run', 'build'], { cwd: p.dir, stdio: 'inherit' });
  }
  done.add(p.json.name);
}
for (const p of packages) build(p);
