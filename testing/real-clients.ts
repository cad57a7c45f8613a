/**
 * Helpers for tests that drive real clients (LibreOffice, Python readers, chromium).
 * Outside CI a missing program skips those tests loudly; under CI=true it is a failure,
 * so CI can never pass by not running them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const inCI = process.env.CI === 'true';

export function hasProgram(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/**
 * True when `check` passes. Otherwise: under CI throw (the test run fails); elsewhere print a
 * loud warning and return false so the caller can `describe.skipIf(!available)`.
 */
export function requireClient(name: string, check: () => boolean, install: string): boolean {
  if (check()) return true;
  const msg = `${name} is not available: install it with \`${install}\` (.ci/run does this in CI)`;
  if (inCI) throw new Error(msg);
  console.warn(`\n⚠⚠⚠ SKIPPING real-client tests: ${msg}\n`);
  return false;
}

export const hasLibreOffice = () => hasProgram('soffice');
export const hasPdfTools = () => hasProgram('pdftotext') && hasProgram('pdfinfo') && hasProgram('pdftoppm');
/** Debian's Python with the independent readers; another python3 may be first on PATH. */
export const hasPythonReaders = (modules: string) =>
  spawnSync('/usr/bin/python3', ['-c', `import ${modules}`], { stdio: 'ignore' }).status === 0;

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `govforms-${prefix}-`));
}

/** Makes LibreOffice recalculate xlsx formulas on load instead of showing cached results. */
const RECALC_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface ConvertOptions {
  /** e.g. 'pdf', or the CSV filter string from TESTING.md. */
  to: string;
  /** Recalculate formulas on load (xlsx); otherwise LibreOffice shows cached results. */
  recalc?: boolean;
  timeoutMs?: number;
}

/** Converts `input` with a private LibreOffice profile; returns the paths written. */
export function convertWithLibreOffice(input: string, opts: ConvertOptions): string[] {
  const profile = tempDir('lo-profile');
  if (opts.recalc) {
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ON_LOAD);
  }
  const outDir = tempDir('lo-out');
  execFileSync('timeout', [
    String(Math.ceil((opts.timeoutMs ?? 120_000) / 1000)), 'soffice', `-env:UserInstallation=file://${profile}`,
    '--headless', '--convert-to', opts.to, '--outdir', outDir, input,
  ], { stdio: 'pipe' });
  const stem = basename(input).replace(/\.[^.]+$/, '');
  return readdirSync(outDir).filter((f) => f.startsWith(stem)).map((f) => join(outDir, f));
}

/** Runs a Python snippet with Debian's python3; returns stdout. */
export function runPython(script: string, args: string[] = []): string {
  return execFileSync('/usr/bin/python3', ['-c', script, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
