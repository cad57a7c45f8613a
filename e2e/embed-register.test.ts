// GovForms.registerForm in the script-tag bundle: a portal adds a form at run time from its own
// definition (DESIGN.md: { form, schema, uischema, sample?, i18n? }). Compiling it needs Ajv,
// which is not in govforms.iife.js: govforms-compiler.js is loaded from beside it on first use.
// A page whose Content-Security-Policy forbids 'unsafe-eval' cannot compile: registering is
// refused with core's zh-CN message, and a <govforms-form> for that id says so instead of going blank.
import { packTemplate, templateSourceFiles } from '@govforms/docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surveyForm } from '../packages/core/test-support/survey-form.js';
import { paragraphs } from '../packages/docx/src/test-support.js';
import { chromiumAvailable, formReady, openPage, startEmbedSite, type EmbedSite } from './embed-fixtures/harness.js';

type Win = Window & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const survey = surveyForm();

const register = (def: unknown) => async (page: import('playwright-core').Page) => page.evaluate(async (d) => {
  try {
    return { ok: true, value: await (window as Win).GovForms.registerForm(d) };
  } catch (e) {
    return { ok: false, name: (e as Error).name, code: (e as { code?: string }).code, message: (e as Error).message };
  }
}, def);

describe.skipIf(!chromiumAvailable)('embed: GovForms.registerForm', () => {
  let site: EmbedSite;
  beforeAll(async () => { site = await startEmbedSite(); });
  afterAll(async () => { await site?.close(); });

  it('with unsafe-eval allowed: the compiler loads once, on first use; the form mounts, validates and hides by its rules', async () => {
    const { page, context, problems, consoleErrors } = await openPage(site, 'register.html');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.waitForFunction(() => typeof (window as Win).GovForms?.registerForm === 'function');
    // The element is in the markup before the form exists: it says so, then shows the form once registered.
    await expect.poll(() => page.locator('#early [role=alert]').textContent()).toContain('未知的表单：“satisfaction-survey”');
    expect(requests.some((r) => r.includes('govforms-compiler'))).toBe(false);
    expect(await page.evaluate(() => (window as Win).GovForms.forms().map((f: { id: string }) => f.id))).not.toContain('satisfaction-survey');
    await page.evaluate(() => {
      const w = window as Win;
      w.readyEvents = [];
      document.getElementById('early')!.addEventListener('ready', (e) => w.readyEvents.push((e as CustomEvent).detail));
    });

    expect(await register(survey)(page)).toEqual({ ok: true, value: { id: 'satisfaction-survey', version: '1.0.0', title: '满意度调查' } });
    expect(requests.filter((r) => r === '/govforms/govforms-compiler.js')).toHaveLength(1);
    expect(await page.evaluate(() => (window as Win).GovForms.forms('en').find((f: { id: string }) => f.id === 'satisfaction-survey')))
      .toEqual({ id: 'satisfaction-survey', version: '1.0.0', title: 'Satisfaction survey' });
    await page.locator('#early .gf-root[data-gf-form="satisfaction-survey"] .gf-step-title').waitFor();
    expect(await page.locator('#early .gf-step-title').textContent()).toBe('基本情况');
    // The element says 'ready' again once the registered form is there (not while it was being registered).
    await expect.poll(() => page.evaluate(() => (window as Win).readyEvents)).toEqual([{ formId: 'satisfaction-survey', formVersion: '1.0.0' }]);

    await page.evaluate(() => {
      const w = window as Win;
      w.form = w.GovForms.mount(document.getElementById('app'), { form: 'satisfaction-survey', drafts: false });
    });
    await formReady(page);
    const app = (selector: string) => page.locator(`#app ${selector}`);
    await app('[data-gf-path="/unit"]').fill('宿迁市数据局');
    await expect.poll(() => page.evaluate(() => (window as Win).form.validate().errors))
      .toEqual([{ path: '/rating', keyword: 'required', label: '总体评价', message: '为必填项' }]);
    await page.evaluate(() => (window as Win).form.focusPath('/rating'));
    expect(await app('[data-gf-path="/reason"]').count()).toBe(0); // SHOW rule: only for 不满意
    await app('label:has-text("不满意") input').check();
    await app('[data-gf-path="/reason"]').waitFor();
    await app('[data-gf-path="/reason"]').fill('响应慢');
    await expect.poll(() => page.evaluate(() => (window as Win).form.validate())).toMatchObject({ valid: true, errors: [] });
    // JSON Forms reports typing after a short debounce: on a loaded machine the last keystroke may still be on its way.
    await expect.poll(() => page.evaluate(() => (window as Win).form.getData())).toEqual({ unit: '宿迁市数据局', rating: 'bad', reason: '响应慢' });

    // A second registration reuses the loaded compiler.
    expect((await register({ ...survey, form: { ...survey.form, id: 'second-survey', dossierKey: 'secondSurvey' } })(page)).ok).toBe(true);
    expect(requests.filter((r) => r.includes('govforms-compiler'))).toHaveLength(1);

    expect(await page.evaluate(() => (window as Win).cspViolations)).toEqual([]);
    expect(problems).toEqual([]);
    expect(consoleErrors.filter((e) => !e.includes('未知的表单：“satisfaction-survey”'))).toEqual([]);
    await context.close();
  });

  it('mount() of a form still being registered: ready waits for the form, and the data set meanwhile is its data', async () => {
    const { page, context, problems, consoleErrors } = await openPage(site, 'register.html');
    await page.waitForFunction(() => typeof (window as Win).GovForms?.registerForm === 'function');
    // The registration stays pending until the test lets the compiler through.
    let release!: () => void;
    const compilerHeld = new Promise<void>((resolve) => { release = resolve; });
    await page.route('**/govforms-compiler.js', async (route) => {
      await compilerHeld;
      await route.continue();
    });
    await page.evaluate((def) => {
      const w = window as Win;
      const slot = (id: string) => document.body.appendChild(Object.assign(document.createElement('div'), { id }));
      w.before = w.GovForms.mount(slot('before'), { form: 'satisfaction-survey', drafts: false }); // not registered yet: unknown
      w.registering = w.GovForms.registerForm(def);
      w.form = w.GovForms.mount(slot('pending'), { form: 'satisfaction-survey', drafts: false });
      w.formReady = false;
      void w.form.ready.then(() => { w.formReady = true; });
      w.form.setData({ unit: '宿迁市数据局' });
      w.before.setData({ unit: '宿迁市大数据中心' });
    }, survey);
    await expect.poll(() => page.locator('#pending .gfe-loading').textContent()).toBe('正在载入表单…');
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(await page.evaluate(() => (window as Win).formReady)).toBe(false);
    expect(await page.evaluate(() => (window as Win).form.getData())).toEqual({ unit: '宿迁市数据局' });

    release();
    expect(await page.evaluate(() => (window as Win).registering.then((f: { id: string }) => f.id))).toBe('satisfaction-survey');
    await page.evaluate(() => (window as Win).form.ready);
    const missingRating = { valid: false, errors: [{ path: '/rating', keyword: 'required', label: '总体评价', message: '为必填项' }] };
    for (const [handle, slot, unit] of [['form', '#pending', '宿迁市数据局'], ['before', '#before', '宿迁市大数据中心']] as const) {
      expect(await page.evaluate((h) => (window as Win)[h].getData(), handle)).toEqual({ unit });
      expect(await page.evaluate((h) => (window as Win)[h].validate(), handle)).toMatchObject(missingRating);
      await expect.poll(() => page.locator(`${slot} [data-gf-path="/unit"]`).inputValue()).toBe(unit);
    }
    expect(problems).toEqual([]);
    expect(consoleErrors.filter((e) => !e.includes('未知的表单：“satisfaction-survey”'))).toEqual([]);
    await context.close();
  });

  it('a Word document knows the forms registered on the page: a template’s tags for their sections are filled', async () => {
    const { page, context, problems } = await openPage(site, 'register.html');
    await page.waitForFunction(() => typeof (window as Win).GovForms?.registerForm === 'function');
    expect((await register(survey)(page)).ok).toBe(true);
    const files = templateSourceFiles('application-form');
    const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
    files['word/document.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
      + `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p('单位：{satisfactionSurvey.unit}')}${p('评价：{satisfactionSurvey.rating}')}</w:body></w:document>`;
    const rendered = await page.evaluate(async (template) => {
      try {
        const dossier = { satisfactionSurvey: { unit: '宿迁市数据局', rating: 'bad' } };
        return Array.from(await (window as Win).GovForms.renderDocument('application-form', dossier, { template: new Uint8Array(template), today: '2026-11-25' }) as Uint8Array);
      } catch (e) {
        return (e as Error).message;
      }
    }, Array.from(packTemplate(files)));
    expect(typeof rendered === 'string' ? rendered : paragraphs(new Uint8Array(rendered))).toEqual(['单位：宿迁市数据局', '评价：不满意']);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a broken definition or a duplicate id is refused in zh-CN, naming the file and path; the forms already there keep working', async () => {
    const { page, context, problems } = await openPage(site, 'register.html');
    await page.waitForFunction(() => typeof (window as Win).GovForms?.registerForm === 'function');
    const broken = await register({ ...survey, uischema: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/nope' }] } })(page);
    expect(broken).toMatchObject({ ok: false, name: 'GovformsError', code: 'invalid-form-definition' });
    expect(broken.message).toContain('uischema.json /elements/0/scope');
    expect(broken.message).toContain('scope“#/properties/nope”在 schema 中没有对应的字段');
    const duplicate = await register({ ...survey, form: { ...survey.form, id: 'application' } })(page);
    expect(duplicate).toMatchObject({ ok: false, code: 'invalid-form-definition' });
    expect(duplicate.message).toContain('已有编号为“application”的表单');
    expect(await register('not a form')(page)).toMatchObject({ ok: false, code: 'invalid-form-definition' });

    await page.evaluate(() => {
      const w = window as Win;
      w.form = w.GovForms.mount(document.getElementById('app'), { form: 'application', drafts: false });
    });
    await formReady(page);
    expect(await page.locator('#app .gf-root[data-gf-form="application"]').count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('without unsafe-eval: registering is refused with core\'s zh-CN needs-eval message, and the element for it says so', async () => {
    const { page, context, problems } = await openPage(site, 'csp-no-eval.html');
    await page.waitForFunction(() => typeof (window as Win).GovForms?.registerForm === 'function');
    // One element added before registering (it waits), one after the refusal.
    await page.evaluate(() => {
      const el = document.createElement('govforms-form');
      el.id = 'before';
      el.setAttribute('form', 'satisfaction-survey');
      el.setAttribute('drafts', 'off');
      document.body.append(el);
    });
    const refused = await register(survey)(page);
    expect(refused).toMatchObject({ ok: false, name: 'GovformsError', code: 'needs-eval' });
    expect(refused.message).toBe("本页面的内容安全策略（CSP）禁止 'unsafe-eval'，无法在浏览器中编译表单“satisfaction-survey”的校验规则。请在构建时预编译该表单（见 docs/embedding.md 第七节），或在 script-src 中加入 'unsafe-eval'。");
    await expect.poll(() => page.locator('#before [role=alert]').textContent()).toBe(refused.message);

    await page.evaluate(() => {
      const el = document.createElement('govforms-form');
      el.id = 'after';
      el.setAttribute('form', 'satisfaction-survey');
      document.body.append(el);
    });
    await expect.poll(() => page.locator('#after [role=alert]').textContent()).toBe(refused.message);
    const codes = await page.evaluate(() => new Promise<string[]>((resolve) => {
      const el = document.createElement('govforms-form');
      el.setAttribute('form', 'satisfaction-survey');
      el.addEventListener('error', (e) => resolve([(e as unknown as CustomEvent).detail.code]));
      document.body.append(el);
    }));
    expect(codes).toEqual(['needs-eval']);
    expect(await page.evaluate(() => (window as Win).GovForms.forms().map((f: { id: string }) => f.id))).not.toContain('satisfaction-survey');
    // The built-in form on the same page still works, and the only policy violation is the refused compilation.
    expect(await page.locator('#csp-form .gf-root[data-gf-form="application"]').count()).toBe(1);
    const violations = await page.evaluate(() => (window as Win).cspViolations as { directive: string; blocked: string }[]);
    expect(violations.length).toBeGreaterThan(0);
    expect(violations.every((v) => v.directive.startsWith('script-src') && v.blocked === 'eval')).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
