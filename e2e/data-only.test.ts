// "A form is data" (issue 11): a copy of the project with data files added and nothing else
// touched, really rebuilt (support/scratch-build.ts), shows
//  - a new form folder, forms/inspection/ (e2e/fixtures/data-only), in core's listForms and
//    validateForm, `govforms validate`, the playground (its <GovForm>) and the script tag's mount();
//  - a new Word template, templates/inspection-record/ (no mapper code), in `govforms generate`
//    and the playground's export list;
//  - a new locale, the test-only pseudo-locale qps-ploc (every English word wrapped in ［…］), made
//    of catalogue files (locales/qps-ploc/*.json) and form i18n files (forms/*/i18n/qps-ploc.json)
//    alone, in validation messages, findings and the rendered React form.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser.js';
import { assertOnlyDataAdded, checkDataPath, repoRoot, scratchBuild, type ScratchBuild } from './support/scratch-build.js';
import { startScratchSite, type ScratchSite } from './support/scratch-site.js';

/** The pseudo-locale's files are named qps-ploc; its canonical tag (what lookups and menus show) is qps-Ploc. */
const PSEUDO = 'qps-ploc';
const PSEUDO_TAG = 'qps-Ploc';
const FORM_ID = 'inspection';
const FORM_TITLE = '项目现场检查记录';

/** Every file under a folder, by path relative to the repository. */
function filesUnder(dir: string): string[] {
  const abs = join(repoRoot, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).flatMap((name) => {
    const path = join(abs, name);
    return statSync(path).isDirectory() ? filesUnder(relative(repoRoot, path)) : [relative(repoRoot, path)];
  });
}

/** A JSON file's strings wrapped in ［…］ (ICU placeholders stay intact inside). */
function pseudo(json: unknown): unknown {
  if (typeof json === 'string') return `［${json}］`;
  if (Array.isArray(json)) return json.map(pseudo);
  if (json && typeof json === 'object') return Object.fromEntries(Object.entries(json).map(([k, v]) => [k, pseudo(v)]));
  return json;
}

/** The fixture form folder, and the pseudo-locale made from every English data file. */
function dataFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const fixtures = 'e2e/fixtures/data-only';
  for (const file of filesUnder(fixtures)) files[relative(fixtures, file)] = readFileSync(join(repoRoot, file), 'utf8');
  const english = [
    ...filesUnder('locales/en'),
    ...Object.keys(files).filter((f) => f.endsWith('/i18n/en.json')),
    ...filesUnder('forms').filter((f) => f.endsWith('/i18n/en.json')),
    ...filesUnder('templates').filter((f) => f.endsWith('/i18n/en.json')),
  ];
  for (const file of english) {
    const text = files[file] ?? readFileSync(join(repoRoot, file), 'utf8');
    const target = file.startsWith('locales/en/') ? file.replace('locales/en/', `locales/${PSEUDO}/`) : file.replace(/\/en\.json$/, `/${PSEUDO}.json`);
    files[target] = `${JSON.stringify(pseudo(JSON.parse(text)), null, 2)}\n`;
  }
  return files;
}

const wrapped = (s: string) => s.startsWith('［') && s.endsWith('］');

it('the harness writes only data: code and paths outside forms/, locales/ and templates/ are refused', async () => {
  for (const path of ['packages/core/src/forms/registry.ts', 'package.json', 'forms/../packages/x.ts', 'forms/x/helper.ts', '/tmp/forms/x.json']) {
    expect(() => checkDataPath(path), path).toThrow(/refusing to write/);
  }
  await expect(scratchBuild({ addFiles: { 'playground/src/App.tsx': '' } })).rejects.toThrow(/refusing to write/);
});

describe.runIf(chromiumAvailable)('a form and a locale added as data files only, after a rebuild', () => {
  let build: ScratchBuild;
  let site: ScratchSite;
  const addFiles = dataFiles();

  beforeAll(async () => {
    build = await scratchBuild({ addFiles, playground: true });
    console.log(`scratch build: copy ${build.timings.copyMs} ms, packages ${(build.timings.buildMs / 1000).toFixed(1)} s, playground ${((build.timings.playgroundMs ?? 0) / 1000).toFixed(1)} s`);
    site = await startScratchSite(build);
  }, 400_000);
  afterAll(async () => {
    await site?.close();
    build?.dispose();
  });

  it('only data was added: no source file of the copy differs from the repository, before or after the build', () => {
    const diff = assertOnlyDataAdded(build);
    expect(diff.changed).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.added.every((f) => /^(forms|locales|templates)\/.*\.(json|md|xml)$/.test(f)), diff.added.join('\n')).toBe(true);
    expect(diff.added).toEqual(expect.arrayContaining([`forms/${FORM_ID}/form.json`, `locales/${PSEUDO}/core.json`, `forms/application/i18n/${PSEUDO}.json`]));
  });

  /** Runs a module script against the copy's built @govforms/core and returns what it prints as JSON. */
  function withCore(script: string): Record<string, unknown> {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', `import * as core from '@govforms/core';\n${script}`],
      { cwd: join(build.root, 'packages/cli'), encoding: 'utf8' });
    return JSON.parse(out) as Record<string, unknown>;
  }

  it('core: the new form is listed, in its order, and validates with its own labels; its sample is valid', () => {
    const r = withCore(`
      const f = core.getForm('${FORM_ID}');
      console.log(JSON.stringify({
        ids: core.listForms().map((x) => x.id), keys: core.dossierKeys(),
        sampleValid: core.validateForm('${FORM_ID}', f.sample).valid,
        errors: core.validateForm('${FORM_ID}', { rating: 'fail', spent: 1.234 }).errors,
        en: core.validateForm('${FORM_ID}', { rating: 'meh' }, { locale: 'en' }).errors.map((e) => core.errorText(e, 'en')),
      }));`);
    expect((r.ids as string[]).at(-1)).toBe(FORM_ID);
    expect(r.keys).toContain('inspection');
    expect(r.sampleValid).toBe(true);
    expect(r.errors).toEqual(expect.arrayContaining([
      { path: '/inspectedOn', keyword: 'required', label: '检查日期', message: '为必填项' },
      { path: '/issues', keyword: 'required', label: '存在的问题', message: '为必填项' },
      { path: '/spent', keyword: 'format', label: '已支付金额（元）', message: '金额最多保留两位小数（精确到分）' },
    ]));
    expect(r.en).toContain('Conclusion: must be one of: Passed, Mostly passed, Failed');
  });

  it(`core: ${PSEUDO} is a locale: form titles, field labels, validation messages and findings come from its files`, () => {
    const r = withCore(`
      const app = core.sampleDossier().application;
      console.log(JSON.stringify({
        locales: core.availableLocales(),
        title: core.formTitle(core.getForm('${FORM_ID}'), '${PSEUDO}'),
        errors: core.validateForm('${FORM_ID}', {}, { locale: '${PSEUDO}' }).errors,
        findings: core.checkDossier({ application: { ...app, includes: { machineRoom: true } } }, { today: '2026-11-28', locale: '${PSEUDO}' })
          .map((f) => f.message),
        severity: core.words('${PSEUDO}').severity.error(),
      }));`);
    expect(r.locales).toContain(PSEUDO_TAG);
    expect(r.title).toBe('［On-site inspection record］');
    expect(r.errors).toEqual(expect.arrayContaining([
      { path: '/inspectedOn', keyword: 'required', label: '［Inspection date］', message: '［is required］' },
    ]));
    const findings = r.findings as string[];
    expect(findings.length).toBeGreaterThan(0);
    for (const m of findings) expect(wrapped(m), m).toBe(true);
    expect(findings.join('\n')).toContain('［Projects that build or extend a machine room may not be filed (art. 14(4))］');
    expect(r.severity).toBe('［Error］');
  });

  it('the CLI validates the new form, and speaks the new locale', () => {
    const sample = join(build.root, `forms/${FORM_ID}/sample.json`);
    const ok = build.cli(['validate', FORM_ID, sample]);
    expect(ok, ok.stderr).toMatchObject({ code: 0 });
    expect(ok.stdout).toContain(FORM_TITLE);
    const bad = join(build.root, 'bad-inspection.json');
    writeFileSync(bad, JSON.stringify({ rating: 'fail' }));
    const r = build.cli(['validate', FORM_ID, bad, '--locale', PSEUDO]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('［Inspector］');
    expect(r.stdout).toContain('［is required］');
  });

  it('the new Word template generates a document from the new form with the CLI, no mapper code needed', () => {
    const dossier = join(build.root, 'inspection-dossier.json');
    const out = join(build.root, 'inspection.docx');
    writeFileSync(dossier, JSON.stringify({ inspection: JSON.parse(addFiles[`forms/${FORM_ID}/sample.json`]!) }));
    const r = build.cli(['generate', 'inspection-record', dossier, '-o', out]);
    expect(r, r.stderr).toMatchObject({ code: 0 });
    const xml = new PizZip(readFileSync(out)).file('word/document.xml')!.asText().replace(/<[^>]+>/g, '');
    for (const text of ['项目现场检查记录表', '检查日期：2026年10月15日', '检查人：王敏', '检查结论：基本合格', '已支付金额：1,250,000.50 元']) expect(xml).toContain(text);
    const unknown = build.cli(['generate', 'no-such-document', dossier, '-o', out]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('inspection-record（项目现场检查记录表');
  });

  /** A field labelled `label` is on the page (shadow roots included). */
  async function field(page: Page, label: string): Promise<void> {
    await expect.poll(() => page.getByLabel(label).count(), { timeout: 15_000 }).toBeGreaterThan(0);
  }

  it('the script tag mounts the new form: its labels, then validate() with its errors', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(new URL(`mount.html?form=${FORM_ID}&drafts=off`, site.servers.embedUrl).href);
      await field(page, '检查日期');
      await field(page, '检查人');
      const result = await page.evaluate(() => (window as unknown as { form: { validate(): { valid: boolean; errors: { path: string }[] } } }).form.validate());
      expect(result.valid).toBe(false);
      expect(result.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['/inspectedOn', '/inspector', '/rating']));
    } finally {
      await page.close();
    }
  });

  it(`the script tag renders a form in ${PSEUDO}: field labels, wizard words and findings from the locale's files`, async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(new URL(`mount.html?form=application&drafts=off&locale=${PSEUDO}`, site.servers.embedUrl).href);
      await field(page, '［Organisation name］');
      const text = await page.evaluate(() => {
        const host = document.querySelector('#app > govforms-host');
        return host?.shadowRoot?.textContent ?? '';
      });
      expect(text).toContain('［Next］');
      expect(text).toContain('［Regulation check］');
      type Handle = { setData(d: object): void; validate(): { errors: { label: string; message: string }[]; findings: { ruleId: string; message: string }[] } };
      await page.evaluate(() => (window as unknown as { form: Handle }).form.setData({ projectName: '智慧城管平台', includes: { machineRoom: true } }));
      const validate = () => page.evaluate(() => (window as unknown as { form: Handle }).form.validate());
      await expect.poll(async () => (await validate()).findings.length).toBeGreaterThan(0);
      const validation = await validate();
      expect(validation.errors.length).toBeGreaterThan(0);
      for (const e of validation.errors) expect(wrapped(e.label) && wrapped(e.message), `${e.label} ${e.message}`).toBe(true);
      expect(validation.findings.map((f) => f.ruleId)).toContain('art14.machine-room');
      for (const f of validation.findings) expect(wrapped(f.message), f.message).toBe(true);
      await expect.poll(() => page.getByText('［Projects that build or extend a machine room may not be filed (art. 14(4))］').count()).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it('the playground lists the new form, renders it with <GovForm>, and offers the new locale', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.servers.playgroundUrl}#/${FORM_ID}`);
      await field(page, '检查日期');
      await expect.poll(() => page.getByRole('link', { name: new RegExp(FORM_TITLE) }).count()).toBeGreaterThan(0);
      await expect.poll(() => page.locator(`option[value="${PSEUDO_TAG}"]`).count()).toBeGreaterThan(0);
      await page.locator('.pg-exports').scrollIntoViewIfNeeded();
      await expect.poll(() => page.getByText('项目现场检查记录表').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});
