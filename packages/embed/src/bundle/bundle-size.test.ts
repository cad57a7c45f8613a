// The script-tag bundle's download budget (issues #7, #11, #12, #15, #16): govforms.iife.js at most 208 KiB gzip;
// the Word/Excel generators (govforms-export.js) and Ajv's compiler for forms registered at run
// time (govforms-compiler.js) beside it, loaded only on first use.
// Reads packages/embed/dist, which `npm test` builds first.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { COMPILER_GLOBAL, EXPORT_GLOBAL } from './script-globals.js';

// 180 until the lifecycle forms (milestones, performance-evaluation, review-opinion) and their rules:
// each form is data plus a precompiled validator in the bundle, ~2.2 KiB gzip apiece (187.1 KiB then).
// 190 until the project timeline beside the findings (showTimeline: projectTimeline, nextStep and their
// words, ~3 KiB; 191.0 KiB then). The next lever is loading each form's validator when it is shown.
// 195 until the budget table became a spreadsheet (issue 15): @tanstack/react-virtual 3.13 with
// virtual-core 3.16 (~8 KiB; rendering only the rows in view is what keeps 20,000-row budgets usable),
// paste from Excel/WPS, cell navigation and its words (~4 KiB); 202.7 KiB then.
// 205 until drafts and phones (issue 15: draftDossier shared with the export bundle, honest findings states,
// the step menu and collapsible findings, ~2 KiB) and the fields each rule reads (issue 16, Rule.reads,
// ~0.5 KiB); 205.1 KiB then. The lever stays loading each form's validator when it is shown.
const BUDGET_KIB = 208;
const dist = (file: string) => new URL(`../../dist/${file}`, import.meta.url);

function read(file: string): string {
  if (!existsSync(dist(file))) throw new Error(`packages/embed/dist/${file} is missing: run \`npm run build\` first (npm test does)`);
  return readFileSync(dist(file), 'utf8');
}

describe('script-tag bundle size', () => {
  it(`govforms.iife.js is at most ${BUDGET_KIB} KiB gzip (zlib level 6, as \`gzip\` and most servers)`, () => {
    const bundle = Buffer.from(read('govforms.iife.js'));
    const kib = gzipSync(bundle, { level: 6 }).length / 1024;
    console.log(`govforms.iife.js: ${(bundle.length / 1024).toFixed(1)} KiB, gzip ${kib.toFixed(1)} KiB of ${BUDGET_KIB} KiB`);
    expect(kib).toBeLessThanOrEqual(BUDGET_KIB);
  });

  it('the Word and Excel generators are only in govforms-export.js, not in the first download', () => {
    const bundle = read('govforms.iife.js');
    const exporter = read('govforms-export.js');
    for (const part of ['xl/workbook.xml', 'word/document.xml']) {
      expect(bundle).not.toContain(part);
      expect(exporter).toContain(part);
    }
  });

  it('Ajv is only in govforms-compiler.js: the first download validates with precompiled code and never compiles', () => {
    const bundle = read('govforms.iife.js');
    const compiler = read('govforms-compiler.js');
    for (const ajvOption of ['strictTypes', 'unicodeRegExp']) {
      expect(compiler).toContain(ajvOption);
      expect(bundle).not.toContain(ajvOption);
    }
    expect(compiler).toMatch(/\bFunction\(/); // Ajv's code generation: what a CSP without 'unsafe-eval' refuses
    // lodash's global lookup `self || Function('return this')()` stops at `self` in a browser.
    expect(bundle.replace('Function(`return this`)', '')).not.toMatch(/\bFunction\(|\beval\(/);
    expect(compiler.startsWith(`var ${COMPILER_GLOBAL}=`)).toBe(true);
  });

  it('govforms-export.js has no Ajv and no copy of core: it uses the page\'s (one registry, Ajv only for run-time forms)', () => {
    const exporter = read('govforms-export.js');
    const bundle = read('govforms.iife.js');
    // (Booleans: a failure should name the text, not print a 1.6 MB file.)
    for (const ajvCode of ['strictTypes', 'unicodeRegExp', 'new Function(']) expect(exporter.includes(ajvCode), ajvCode).toBe(false);
    // Core's own words and the regulation's rules are the page's, not in this file.
    for (const coreOnly of ['art20.approval-documents', 'needs-eval']) {
      expect(bundle.includes(coreOnly), coreOnly).toBe(true);
      expect(exporter.includes(coreOnly), coreOnly).toBe(false);
    }
  });

  it('runs in a browser as it is: production React, no process.env left', () => {
    const bundle = read('govforms.iife.js');
    expect(bundle).not.toContain('process.env');
    expect(bundle).not.toMatch(/react-dom\.development|Warning: /);
    expect(bundle.startsWith('var GovForms=')).toBe(true);
    expect(read('govforms-export.js').startsWith(`var ${EXPORT_GLOBAL}=`)).toBe(true);
  });
});
