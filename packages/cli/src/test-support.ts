/** Helpers for this package's tests: run the built `govforms` as a user would, and files to give it. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { packTemplate, templateSourceFiles } from '@govforms/docx';
import PizZip from 'pizzip';
import { expect } from 'vitest';

export const bin = new URL('../bin/govforms.js', import.meta.url).pathname;

export function requireBuilt(): void {
  for (const built of ['../dist/main.js', '../dist/batch-worker.js']) {
    if (!existsSync(new URL(built, import.meta.url))) throw new Error('packages/cli is not built: run `node scripts/build.mjs` (npm test does)');
  }
}

/** Runs the built CLI; no output of it may ever contain a stack trace. */
export function govforms(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  return { code: r.status, out: r.stdout, err: r.stderr };
}

export const tempFolder = (prefix: string) => mkdtempSync(join(tmpdir(), `govforms-${prefix}-`));

/** Writes a file (JSON unless given text or bytes), creating its folder; gives back its path. */
export function put(path: string, content: unknown): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, typeof content === 'string' || content instanceof Uint8Array ? content : JSON.stringify(content));
  return path;
}

const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A department's .docx: our shared parts with its own paragraphs (tags and all). */
export function departmentTemplate(...texts: string[]): Uint8Array {
  const files = templateSourceFiles('application-form');
  files['word/document.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${texts.map(p).join('')}</w:body></w:document>`;
  return packTemplate(files);
}

/** The paragraphs of a written .docx as a reader sees them. */
export function docxParagraphs(path: string): string[] {
  const xml = new PizZip(new Uint8Array(readFileSync(path))).file('word/document.xml')!.asText();
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([para]) => [...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}

/** Whether a written file is a whole zip package (a .docx or .xlsx that opens). */
export function isWholePackage(path: string): boolean {
  try {
    const zip = new PizZip(new Uint8Array(readFileSync(path)));
    return Boolean(zip.file('word/document.xml') ?? zip.file('xl/workbook.xml'));
  } catch {
    return false;
  }
}
