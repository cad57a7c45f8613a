/**
 * Scratch builds: a rebuilt copy of the whole project with some extra data files.
 *
 * Why this exists: the toolkit promises that a form is data. Dropping a folder
 * `forms/<id>/` (form.json, schema.json, uischema.json, sample.json, i18n/<locale>.json), or a
 * new locale as `locales/<locale>/` plus `forms/*\/i18n/<locale>.json`, and rebuilding must
 * make it appear everywhere (core's listForms/validateForm, the `govforms` CLI, the
 * playground, <GovForm>, the script-tag bundle's mount()) with no source file touched. Form
 * data is bundled at build time (Vite imports and `import.meta.glob` over ../forms), so the only
 * honest test is a real rebuild of a copy of the project that holds the extra files. The
 * project's own tree is never written to (other people are editing it, and its dist/ is what
 * the other e2e tests load).
 *
 * What `scratchBuild` does:
 *  1. copies the source tree into a fresh folder under os.tmpdir(): the files git considers
 *     source (tracked, plus untracked files that are not ignored: work in progress is
 *     included), never node_modules, dist/, .git or *.tsbuildinfo. Each file's sha256 is kept
 *     (`snapshot`), so `assertOnlyDataAdded` can prove afterwards that only data changed;
 *  2. writes `addFiles`, refusing any path outside forms/, locales/ or templates/ and any
 *     code file: the point is that only data changes;
 *  3. gives the copy the repository's dependencies without a network install:
 *     `<copy>/node_modules` is a real folder of symlinks to the entries of the repository's
 *     node_modules, except the workspace links (node_modules/@govforms/* → ../../packages/*,
 *     ../../playground), which point at the copy's own packages. `.bin` is a real folder of
 *     relative links (so `vite`/`tsc` work for `npm run build` and `govforms` is the copy's
 *     CLI); vite's caches (.vite, .vite-temp) are not shared. The same is done for the
 *     workspaces' own node_modules (packages/docx has one);
 *  4. runs the real build there: `node scripts/build.mjs` (every package: vite build + tsc),
 *     and `npm run build -w @govforms/playground` when `playground` is true (or later with
 *     `buildPlayground()`). A failed build rejects with the tail of the build's own output,
 *     so a zh-CN error about a broken form folder is visible in the test failure.
 *
 * Cost (measured on the 2-core machine): copying and linking take about 1 s; `node
 * scripts/build.mjs` 38–46 s (six packages, each vite build + tsc); the playground build 2–4 s
 * more. Give the hook that calls it a generous timeout (300 s): CPU contention from other
 * processes slows it down in proportion. Set GOVFORMS_SCRATCH_REVISION=HEAD to build the last
 * commit instead of the work tree (e.g. while someone's unfinished edit breaks the build).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, realpathSync,
  rmSync, symlinkSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository this file belongs to (e2e/support/ → ../../). */
export const repoRoot = realpathSync(fileURLToPath(new URL('../../', import.meta.url)));

/** The only top-level folders a scratch build may add files to. */
export const DATA_ROOTS = ['forms', 'locales', 'templates'] as const;
const CODE_FILE = /\.(?:[cm]?[jt]sx?|d\.ts|node|sh|wasm)$/i;

/** Relative path (posix separators) → sha256 of the file's bytes. */
export type SourceSnapshot = Map<string, string>;

export interface BuildTimings { copyMs: number; buildMs: number; playgroundMs?: number }

export interface CliResult { code: number; stdout: string; stderr: string }

export interface ScratchBuild {
  /** The copy's root folder. */
  root: string;
  /** Runs the copy's built CLI (`node <copy>/packages/cli/bin/govforms.js …`), synchronously. */
  cli(args: string[], opts?: { cwd?: string; timeoutMs?: number }): CliResult;
  /** Builds the copy's playground (playground/dist) if `playground` was not asked for up front. */
  buildPlayground(opts?: { timeoutMs?: number }): Promise<void>;
  /** Removes the copy. */
  dispose(): void;
  /** The source files as copied from the repository, before `addFiles` were written. */
  snapshot: SourceSnapshot;
  /** The added files, with normalised repo-relative paths. */
  addedFiles: Record<string, string>;
  timings: BuildTimings;
  /** Everything the build(s) printed (stdout and stderr, interleaved). */
  buildLog: string;
}

export interface ScratchBuildOptions {
  addFiles: Record<string /* repo-relative path */, string /* content */>;
  playground?: boolean;
  /** Per build step (packages, then playground). Default 280 s. */
  timeoutMs?: number;
  /**
   * Copy a git revision (e.g. 'HEAD': the last commit, without anybody's work in progress)
   * instead of the work tree. Default: $GOVFORMS_SCRATCH_REVISION, else the work tree.
   */
  revision?: string;
}

// ---------------------------------------------------------------------------------------------
// Which files are source

function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const BUILD_OUTPUT_SEGMENTS = new Set(['node_modules', 'dist', '.git']);
const isBuildOutputPath = (rel: string) =>
  rel.split('/').some((s) => BUILD_OUTPUT_SEGMENTS.has(s)) || rel.endsWith('.tsbuildinfo') || rel.startsWith('bench/results/') || rel.startsWith('tmp/');

function gitWorks(): boolean {
  return spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: repoRoot, encoding: 'utf8' }).stdout?.trim() === 'true';
}

/** Every file below `dir` (relative, posix), not descending into build-output folders. */
function walk(dir: string, base = dir, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, entry.name);
    const rel = relative(base, abs).split(sep).join('/');
    if (isBuildOutputPath(rel)) continue;
    if (entry.isDirectory()) walk(abs, base, out);
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/** Of `paths` (relative to the repository), those the repository's .gitignore rules ignore. */
function ignoredByRepo(paths: string[]): Set<string> {
  if (paths.length === 0 || !gitWorks()) return new Set(paths.filter(isBuildOutputPath));
  const r = spawnSync('git', ['check-ignore', '--stdin', '-z'], { cwd: repoRoot, input: paths.join('\0') + '\0', encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`git check-ignore failed: ${r.stderr}`);
  return new Set(r.stdout.split('\0').filter(Boolean));
}

/**
 * The repository's source files (relative, posix): what git tracks plus untracked files it does
 * not ignore, that exist now; without git, every file outside build output.
 */
export function repoSourceFiles(): string[] {
  let files: string[];
  if (gitWorks()) {
    const r = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 << 20 });
    if (r.status !== 0) throw new Error(`git ls-files failed: ${r.stderr}`);
    files = [...new Set(r.stdout.split('\0').filter(Boolean))];
  } else {
    files = walk(repoRoot);
  }
  return files.filter((rel) => {
    if (isBuildOutputPath(rel)) return false;
    try { return lstatSync(join(repoRoot, rel)).isFile(); } catch { return false; } // deleted in the work tree
  }).sort();
}

/** Hashes of the source files in a scratch copy now (build output and ignored files left out). */
export function snapshotCopy(root: string): SourceSnapshot {
  const files = walk(root);
  const ignored = ignoredByRepo(files);
  return new Map(files.filter((f) => !ignored.has(f)).sort().map((f) => [f, sha256(readFileSync(join(root, f)))]));
}

export interface SourceDiff { added: string[]; changed: string[]; removed: string[] }

export function diffSnapshots(before: SourceSnapshot, after: SourceSnapshot): SourceDiff {
  const added: string[] = [], changed: string[] = [], removed: string[] = [];
  for (const [f, h] of after) {
    if (!before.has(f)) added.push(f);
    else if (before.get(f) !== h) changed.push(f);
  }
  for (const f of before.keys()) if (!after.has(f)) removed.push(f);
  return { added, changed, removed };
}

/**
 * Proves the copy differs from the repository (as it was copied) only by the added data files:
 * every other source file has the same bytes, none is missing, none is new, and each added
 * file holds exactly what was asked. Throws a readable list otherwise; returns the diff.
 * Call it after the build too: a build that writes into the source tree is caught as well.
 */
export function assertOnlyDataAdded(build: Pick<ScratchBuild, 'root' | 'snapshot' | 'addedFiles'>): SourceDiff {
  const now = snapshotCopy(build.root);
  const diff = diffSnapshots(build.snapshot, now);
  const wanted = new Set(Object.keys(build.addedFiles));
  const problems: string[] = [];
  for (const f of [...diff.added, ...diff.changed]) if (!wanted.has(f)) problems.push(`source file ${diff.added.includes(f) ? 'added' : 'changed'}: ${f}`);
  for (const f of diff.removed) problems.push(`source file removed: ${f}`);
  for (const [f, content] of Object.entries(build.addedFiles)) {
    if (now.get(f) !== sha256(Buffer.from(content, 'utf8'))) problems.push(`added file missing or not as written: ${f}`);
  }
  if (problems.length) throw new Error(`the scratch copy differs from the repository by more than its data files:\n  ${problems.join('\n  ')}`);
  return diff;
}

/** A repo-relative path for `addFiles`, normalised; throws unless it is a data file under forms/, locales/ or templates/. */
export function checkDataPath(path: string): string {
  const problem = (why: string) => new Error(`scratchBuild: refusing to write ${JSON.stringify(path)}: ${why}`);
  if (!path || path.includes('\\') || path.includes('\0')) throw problem('not a plain repo-relative path');
  if (isAbsolute(path) || posix.isAbsolute(path)) throw problem('absolute paths are not allowed');
  const norm = posix.normalize(path);
  const parts = norm.split('/');
  if (parts.includes('..') || norm.startsWith('.')) throw problem('it leaves the project');
  if (!(DATA_ROOTS as readonly string[]).includes(parts[0]!) || parts.length < 2) {
    throw problem(`only data may change: files go under ${DATA_ROOTS.map((r) => `${r}/`).join(', ')}`);
  }
  if (CODE_FILE.test(norm)) throw problem('code files are not data');
  if (parts.some((p) => BUILD_OUTPUT_SEGMENTS.has(p))) throw problem('that is build output');
  return norm;
}

// ---------------------------------------------------------------------------------------------
// node_modules as links

const NOT_SHARED = new Set(['.vite', '.vite-temp', '.cache', '.package-lock.json']);

/** True when `abs` is a link into the repository outside any node_modules: a workspace package. */
function workspaceTarget(abs: string): string | undefined {
  if (!lstatSync(abs).isSymbolicLink()) return undefined;
  let real: string;
  try { real = realpathSync(abs); } catch { return undefined; }
  const rel = relative(repoRoot, real);
  if (rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('node_modules')) return undefined;
  return rel;
}

/** `dst` → the copy's own file when `src` links into the repository's workspace, else → `src`. */
function linkEntry(src: string, dst: string, copyRoot: string): void {
  const ws = workspaceTarget(src);
  if (ws !== undefined) symlinkSync(relative(dirname(dst), join(copyRoot, ws)), dst);
  else symlinkSync(src, dst);
}

/** `.bin`: a real folder of links with the same (relative) targets, so they resolve inside the copy. */
function linkBin(src: string, dst: string, copyRoot: string): void {
  mkdirSync(dst);
  for (const name of readdirSync(src)) {
    const from = join(src, name);
    if (lstatSync(from).isSymbolicLink()) {
      const target = readlinkSync(from);
      if (!isAbsolute(target)) { symlinkSync(target, join(dst, name)); continue; }
      const rel = relative(repoRoot, target);
      if (!rel.startsWith('..') && !isAbsolute(rel)) { symlinkSync(relative(dst, join(copyRoot, rel)), join(dst, name)); continue; }
    }
    symlinkSync(from, join(dst, name));
  }
}

/** Mirrors the node_modules folder `src` as `dst`: a real folder of links (see the header). */
function linkNodeModules(src: string, dst: string, copyRoot: string): void {
  mkdirSync(dst, { recursive: true });
  for (const entry of readdirSync(src, { withFileTypes: true })) {
    const name = entry.name;
    if (NOT_SHARED.has(name)) continue;
    const from = join(src, name), to = join(dst, name);
    if (name === '.bin' && entry.isDirectory()) { linkBin(from, to, copyRoot); continue; }
    if (name.startsWith('@') && entry.isDirectory()) {
      const members = readdirSync(from);
      if (members.some((m) => workspaceTarget(join(from, m)) !== undefined)) {
        mkdirSync(to);
        for (const m of members) linkEntry(join(from, m), join(to, m), copyRoot);
        continue;
      }
    }
    linkEntry(from, to, copyRoot);
  }
}

/** The workspace folders (relative), from the root package.json's `workspaces` (`dir/*` or `dir`). */
function workspaceDirs(): string[] {
  const { workspaces = [] } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { workspaces?: string[] };
  return workspaces.flatMap((w) => {
    if (!w.endsWith('/*')) return existsSync(join(repoRoot, w)) ? [w] : [];
    const parent = w.slice(0, -2);
    return readdirSync(join(repoRoot, parent), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${parent}/${d.name}`);
  });
}

function linkDependencies(copyRoot: string): void {
  linkNodeModules(join(repoRoot, 'node_modules'), join(copyRoot, 'node_modules'), copyRoot);
  for (const ws of workspaceDirs()) {
    const nm = join(repoRoot, ws, 'node_modules');
    if (existsSync(nm) && existsSync(join(copyRoot, ws))) linkNodeModules(nm, join(copyRoot, ws, 'node_modules'), copyRoot);
  }
  // The build needs these through node_modules/.bin (npm puts it on PATH for `npm run build`).
  for (const bin of ['vite', 'tsc']) {
    if (!existsSync(join(copyRoot, 'node_modules/.bin', bin))) throw new Error(`scratchBuild: node_modules/.bin/${bin} does not resolve in the copy`);
  }
  // Every workspace link must land in the copy, never in the repository.
  const scope = join(copyRoot, 'node_modules/@govforms');
  for (const m of existsSync(scope) ? readdirSync(scope) : []) {
    const real = realpathSync(join(scope, m));
    if (!real.startsWith(copyRoot + sep)) throw new Error(`scratchBuild: node_modules/@govforms/${m} resolves to ${real}, outside the copy`);
  }
}

// ---------------------------------------------------------------------------------------------
// Running the build

/** The environment for builds and the CLI: none of the test runner's variables (NODE_ENV=test, VITEST…, npm_…). */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(?:VITEST|VITE_|npm_|NODE_ENV$|TEST$|MODE$|DEV$|PROD$|SSR$|BASE_URL$|FORCE_COLOR$|TINYPOOL)/i.test(k)) continue;
    env[k] = v;
  }
  env.NO_COLOR = '1';
  return env;
}

function tail(text: string, lines = 60): string {
  // eslint-disable-next-line no-control-regex
  const all = text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').trimEnd().split('\n');
  return (all.length > lines ? ['…', ...all.slice(-lines)] : all).join('\n');
}

/** Build process groups still running: killed if the test process exits first (they are detached). */
const running = new Set<number>();
process.once('exit', () => { for (const pid of running) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } } });

/** Runs `cmd args` in `cwd` as its own process group; resolves with the output, rejects with its tail. */
function runStep(label: string, cmd: string, args: string[], cwd: string, timeoutMs: number): Promise<{ log: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let log = '', stdout = '', stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => { stdout += s; log += s; });
    child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; log += s; });
    if (child.pid) running.add(child.pid);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
    }, timeoutMs);
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      running.delete(child.pid!);
      const ms = Date.now() - started;
      if (code === 0 && !timedOut) { resolvePromise({ log, ms }); return; }
      const why = timedOut ? `timed out after ${Math.round(timeoutMs / 1000)} s` : `failed (exit ${code ?? signal})`;
      reject(new Error(`scratch build: ${label} ${why} in ${cwd}\n` +
        `--- stderr (tail) ---\n${tail(stderr, 150) || '(empty)'}\n--- stdout (tail) ---\n${tail(stdout, 40) || '(empty)'}`));
    });
  });
}

// ---------------------------------------------------------------------------------------------

/** Copies the project, adds `addFiles`, links the dependencies and builds it (see the header). */
export async function scratchBuild(opts: ScratchBuildOptions): Promise<ScratchBuild> {
  const timeoutMs = opts.timeoutMs ?? 280_000;
  // Refuse bad paths before anything is copied.
  const addedFiles: Record<string, string> = {};
  for (const [path, content] of Object.entries(opts.addFiles)) {
    const norm = checkDataPath(path);
    if (Object.hasOwn(addedFiles, norm)) throw new Error(`scratchBuild: ${norm} is given twice`);
    addedFiles[norm] = content;
  }

  const t0 = Date.now();
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'govforms-scratch-')));
  const dispose = () => rmSync(root, { recursive: true, force: true });
  try {
    const snapshot: SourceSnapshot = new Map();
    const revision = opts.revision ?? (process.env.GOVFORMS_SCRATCH_REVISION || undefined);
    if (revision) {
      const tar = spawnSync('git', ['archive', '--format=tar', revision], { cwd: repoRoot, maxBuffer: 1 << 30 });
      if (tar.status !== 0) throw new Error(`scratchBuild: cannot copy revision ${revision}: ${tar.stderr}`);
      const x = spawnSync('tar', ['-x', '-C', root], { input: tar.stdout, encoding: 'utf8' });
      if (x.status !== 0) throw new Error(`scratchBuild: cannot unpack revision ${revision}: ${x.stderr}`);
      for (const rel of walk(root).sort()) snapshot.set(rel, sha256(readFileSync(join(root, rel))));
    } else {
      for (const rel of repoSourceFiles()) {
        const bytes = readFileSync(join(repoRoot, rel));
        const to = join(root, rel);
        mkdirSync(dirname(to), { recursive: true });
        writeFileSync(to, bytes);
        snapshot.set(rel, sha256(bytes));
      }
    }
    for (const [rel, content] of Object.entries(addedFiles)) {
      const to = resolve(root, rel);
      if (!to.startsWith(root + sep)) throw new Error(`scratchBuild: ${rel} leaves the copy`);
      mkdirSync(dirname(to), { recursive: true });
      writeFileSync(to, content, 'utf8');
    }
    linkDependencies(root);
    const timings: BuildTimings = { copyMs: Date.now() - t0, buildMs: 0 };
    const build: ScratchBuild = {
      root, snapshot, addedFiles, timings, buildLog: '', dispose,
      cli(args, o = {}) {
        const r = spawnSync(process.execPath, [join(root, 'packages/cli/bin/govforms.js'), ...args], {
          cwd: o.cwd ?? root, env: childEnv(), encoding: 'utf8', timeout: o.timeoutMs ?? 60_000, maxBuffer: 64 << 20,
        });
        if (r.error) throw r.error;
        return { code: r.status ?? (r.signal ? 128 : -1), stdout: r.stdout, stderr: r.stderr };
      },
      async buildPlayground(o = {}) {
        const step = await runStep('npm run build -w @govforms/playground', 'npm', ['run', 'build', '-w', '@govforms/playground'], root, o.timeoutMs ?? timeoutMs);
        build.buildLog += step.log;
        timings.playgroundMs = step.ms;
      },
    };
    // Proves that only data was written before spending a minute on the build.
    assertOnlyDataAdded(build);
    const step = await runStep('node scripts/build.mjs', process.execPath, ['scripts/build.mjs'], root, timeoutMs);
    build.buildLog += step.log;
    timings.buildMs = step.ms;
    if (opts.playground) await build.buildPlayground();
    return build;
  } catch (e) {
    dispose();
    throw e;
  }
}
