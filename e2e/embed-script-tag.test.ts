// @govforms/embed as a portal developer uses it: plain HTML pages with one script tag and no
// build step, mount() and <govforms-form> for each of the five forms, the change and submit
// events, the Word/Excel generators loaded only on first use, and bad input that never
// breaks the portal page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getForm, sampleDossier } from '@govforms/core';
import { readBudgetWorkbook } from '@govforms/xlsx';
import { chromiumAvailable, formData, formReady, openPage, startEmbedSite, type EmbedSite } from './embed-fixtures/harness.js';
import { seriousA11yViolations } from './support/browser.js';
import { documentText } from '../packages/docx/src/test-support.js';

const FIVE_FORMS = ['application', 'construction-plan', 'budget', 'completion', 'annual-report'] as const;
type Win = Window & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe.skipIf(!chromiumAvailable)('embed: script tag on a plain page', () => {
  let site: EmbedSite;
  beforeAll(async () => { site = await startEmbedSite(); });
  afterAll(async () => { await site?.close(); });

  it('mount() shows each of the five forms in a shadow root, with its current version', async () => {
    const { page, context, problems, consoleErrors } = await openPage(site, 'mount.html?manual=1');
    for (const id of FIVE_FORMS) {
      await page.goto(new URL(`mount.html?form=${id}&drafts=off`, site.url).href);
      await formReady(page);
      const shown = await page.evaluate(() => {
        const host = document.querySelector('#app > govforms-host');
        const root = host?.shadowRoot?.querySelector('.gf-root');
        const w = window as Win;
        return { form: root?.getAttribute('data-gf-form'), step: host?.shadowRoot?.querySelector('.gf-step-title')?.textContent,
          handle: w.form.form, version: w.form.formVersion, lightDom: host?.children.length };
      });
      expect(shown).toMatchObject({ form: id, handle: id, version: getForm(id).version, lightDom: 0 });
      expect(shown.step).toBeTruthy();
    }
    expect(problems).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('markup alone: five <govforms-form> elements, each mounting itself and dispatching change', async () => {
    const { page, context, problems, consoleErrors } = await openPage(site, 'elements.html');
    for (const id of FIVE_FORMS) {
      await page.locator(`govforms-form#${id} .gf-root[data-gf-form="${id}"] .gf-step-title`).waitFor();
    }
    expect(await page.locator('govforms-form#application .gf-findings').count()).toBe(1);
    expect(await page.locator('govforms-form#completion .gf-findings').count()).toBe(0); // no-findings, for narrow columns
    await page.evaluate(() => {
      const w = window as Win;
      w.seen = [];
      document.getElementById('annual-report')!.addEventListener('change', (e) => w.seen.push((e as CustomEvent).detail));
    });
    await page.locator('govforms-form#annual-report [data-gf-path="/omProvider/name"]').fill('江苏宿数信息技术有限公司');
    await expect.poll(() => page.evaluate(() => (window as Win).seen.length)).toBeGreaterThan(0);
    const detail = await page.evaluate(() => { const s = (window as Win).seen; return s[s.length - 1]; });
    expect(detail).toMatchObject({ formId: 'annual-report', formVersion: '2.0.0', data: { omProvider: { name: '江苏宿数信息技术有限公司' } }, valid: false });
    expect(detail.errors.length).toBeGreaterThan(0);
    expect(detail.errors[0].message).toMatch(/[\u4e00-\u9fa5]/);
    expect(Array.isArray(detail.findings)).toBe(true);
    expect(await page.evaluate(() => (document.getElementById('annual-report') as unknown as { data: object }).data))
      .toEqual({ omProvider: { name: '江苏宿数信息技术有限公司' } });
    expect(problems).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('submit: an incomplete form says how many fields need attention; complete data submits valid', async () => {
    const { page, context } = await openPage(site, 'mount.html?form=application&drafts=off');
    await formReady(page);
    await page.getByRole('button', { name: '提交', exact: true }).click();
    const first = await page.evaluate(() => (window as Win).submits[0]);
    expect(first.valid).toBe(false);
    expect(first.errors.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-gfe-notice="submit"]').textContent()).toBe(`还有 ${first.errors.length} 处需要修改，请修改后再提交。`);

    await page.evaluate((d) => (window as Win).form.setData(d), sampleDossier().application);
    await page.getByRole('button', { name: '提交', exact: true }).click();
    const second = await page.evaluate(() => (window as Win).submits[1]);
    expect(second).toMatchObject({ valid: true, errors: [], formId: 'application', data: sampleDossier().application });
    expect(await page.locator('[data-gfe-notice="submit"]').count()).toBe(0);
    await context.close();
  });

  it('validate() right after setData() answers for the data just set, before the form has re-rendered', async () => {
    const { page, context } = await openPage(site, 'mount.html?form=application&drafts=off');
    await formReady(page);
    const result = await page.evaluate((d) => {
      const form = (window as Win).form;
      const before = form.validate();
      form.setData(d);
      return { before: before.valid, after: form.validate() };
    }, { ...sampleDossier().application, includes: { machineRoom: true, videoConference: false, mobileApp: false } });
    expect(result.before).toBe(false);
    expect(result.after.valid).toBe(true);
    expect(result.after.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('art14.machine-room');
    await context.close();
  });

  it('has no serious accessibility problems inside the shadow root, draft toolbar and notices included', async () => {
    const { page, context } = await openPage(site, 'mount.html?form=annual-report&draft=a11y');
    await formReady(page);
    await page.locator('[data-gf-path="/projectName"]').fill('宿迁市食品安全智慧监管平台建设项目');
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page.locator('[data-gfe-notice="submit"]').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });

  it('English when the portal asks for it', async () => {
    const { page, context } = await openPage(site, 'mount.html?form=budget&drafts=off&locale=en');
    await formReady(page);
    expect(await page.getByRole('button', { name: 'Submit', exact: true }).count()).toBe(1);
    expect(await page.locator('.gfe-root').getAttribute('lang')).toBe('en');
    await context.close();
  });

  it('works under a strict Content-Security-Policy: no inline script or style needed', async () => {
    const { page, context, problems, consoleErrors } = await openPage(site, 'csp.html');
    const title = page.locator('#csp-form .gf-step-title');
    await title.waitFor();
    expect(await title.evaluate((el) => getComputedStyle(el).fontSize)).toBe('19.5px'); // 1.3em of 15px: the stylesheet applies
    await page.locator('#csp-form [data-gf-path="/applicant/name"]').fill('宿迁市数据局');
    await expect.poll(() => page.evaluate(() => (document.getElementById('csp-form') as unknown as { data: object }).data)).toEqual({ applicant: { name: '宿迁市数据局' } });
    expect(problems).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('mount() with showTimeline shows the project timeline of the dossier with the form\'s data, in the shadow root', async () => {
    const { page, context, problems, consoleErrors } = await openPage(site, 'mount.html?form=completion&drafts=off&manual=1');
    const dossier = sampleDossier();
    await page.evaluate((d) => (window as Win).start({ data: d.completion, dossier: d, showTimeline: true, today: '2024-12-20' }), dossier);
    await formReady(page);
    const next = page.locator('#app .gf-timeline-next');
    await expect.poll(() => next.textContent()).toBe('下一步：暂无待办事项');
    const { reportFiledOn: _filed, ...unfiled } = dossier.completion;
    await page.evaluate((c) => (window as Win).form.setData(c), unfiled);
    await expect.poll(() => next.textContent()).toBe('下一步：竣工验收报告报市数据局备案，截止 2025-01-09（第三十一条）');
    expect(await page.locator('#app .gf-stage').count()).toBeGreaterThan(10);
    expect(problems).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('a policy without unsafe-eval (script-src \'self\'): mount, type, validate, findings and the Word/Excel exports all work, and nothing asks for eval', async () => {
    const { page, context, problems, consoleErrors } = await openPage(site, 'csp-no-eval.html');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.locator('#csp-form .gf-step-title').waitFor(); // the markup-only form renders too
    await page.evaluate((data) => {
      const w = window as Win;
      w.form = w.GovForms.mount(document.getElementById('app'), { form: 'application', drafts: false, data, today: '2023-09-20' });
    }, sampleDossier().application);
    await formReady(page);
    const app = (selector: string) => page.locator(`#app ${selector}`);
    await app('[data-gf-path="/applicant/contactPhone"]').fill('12345');
    await expect.poll(() => app('[data-gf-field="/applicant/contactPhone"] .gf-error').textContent()).toContain('应为手机号码或带区号的固定电话');
    const first = await page.evaluate(() => (window as Win).form.validate());
    expect(first.valid).toBe(false);
    expect(first.errors).toContainEqual(expect.objectContaining({ path: '/applicant/contactPhone', keyword: 'format', label: '申报单位·联系电话' }));
    expect(first.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('art25.supervision-contract');

    await page.evaluate(() => (window as Win).form.focusPath('/totalInvestment'));
    await app('[data-gf-path="/totalInvestment"]').fill('5000000');
    await app('[data-gf-path="/totalInvestment"]').blur();
    await expect.poll(() => app('[data-gf-rule="art20.approval-documents"]').count()).toBe(1);
    expect(await app('[data-gf-rule="art20.approval-documents"] .gf-article').textContent()).toBe('第二十条');
    const second = await page.evaluate(() => (window as Win).form.validate());
    expect(second.findings).toContainEqual(expect.objectContaining({ ruleId: 'art20.approval-documents', severity: 'warning' }));
    expect(second.errors.map((e: { path: string }) => e.path)).toEqual(['/applicant/contactPhone']);

    // The generators (govforms-export.js) load and run under the same policy; Ajv's compiler is never asked for.
    const dossier = sampleDossier();
    const files = await page.evaluate(async (d) => {
      const w = window as Win;
      const docx = await w.GovForms.renderDocument('application-form', d, { today: '2023-09-20' }) as Uint8Array;
      const xlsx = await w.GovForms.exportBudgetXlsx(d) as Uint8Array;
      return { docx: Array.from(docx), xlsx: Array.from(xlsx) };
    }, dossier);
    expect(documentText(new Uint8Array(files.docx))).toContain(dossier.application.projectName);
    const workbook = await readBudgetWorkbook(new Uint8Array(files.xlsx)) as { items: unknown[] };
    expect(workbook.items).toHaveLength((dossier.budget as { items: unknown[] }).items.length);
    expect(requests.filter((r) => r === '/govforms/govforms-export.js')).toHaveLength(1);
    expect(requests.some((r) => r.includes('govforms-compiler'))).toBe(false);

    expect(await page.evaluate(() => (window as Win).cspViolations)).toEqual([]);
    expect(problems).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('the Word/Excel generators are not part of the first download and load once, on first use', async () => {
    const { page, context, problems } = await openPage(site, 'mount.html?manual=1');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.reload();
    await page.waitForFunction(() => typeof (window as Win).GovForms?.mount === 'function');
    expect(requests).toContain('/govforms/govforms.iife.js');
    expect(requests.some((r) => r.includes('govforms-export'))).toBe(false);

    const dossier = sampleDossier();
    const xlsx = await page.evaluate(async (budget) => Array.from(await (window as Win).GovForms.exportBudgetXlsx(budget) as Uint8Array), dossier.budget);
    const docx = await page.evaluate(async (d) => Array.from(await (window as Win).GovForms.renderDocument('application-form', d) as Uint8Array), dossier);
    expect(requests.filter((r) => r === '/govforms/govforms-export.js')).toHaveLength(1);
    expect(String.fromCharCode(...xlsx.slice(0, 2))).toBe('PK');
    expect(String.fromCharCode(...docx.slice(0, 2))).toBe('PK');
    // No node:zlib in a browser: the libraries deflate themselves (method 8 in the first local header).
    expect([xlsx[8], docx[8]]).toEqual([8, 8]);
    const workbook = await readBudgetWorkbook(new Uint8Array(xlsx)) as { items: unknown[] };
    expect(workbook.items).toHaveLength((dossier.budget as { items: unknown[] }).items.length);
    expect(await page.evaluate(() => document.querySelectorAll('script[src*="govforms-export"]').length)).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('GovForms.importBudgetXlsx reads a budget workbook back in the page, beside exportBudgetXlsx; a file it cannot use is named in the locale asked', async () => {
    const { page, context, problems } = await openPage(site, 'mount.html?manual=1');
    await page.waitForFunction(() => typeof (window as Win).GovForms?.mount === 'function');
    const dossier = sampleDossier();
    const back = await page.evaluate(async (budget) => {
      const g = (window as Win).GovForms;
      return g.importBudgetXlsx(await g.exportBudgetXlsx(budget));
    }, dossier.budget);
    expect(back).toEqual(dossier.budget);
    const refused = (locale: string) => page.evaluate(async (l) => (window as Win).GovForms.importBudgetXlsx(new TextEncoder().encode('序号,名称\n'), { locale: l })
      .then(() => 'read', (e: Error) => `${e.name}|${(e as Error & { code?: string }).code}|${e.message}`), locale);
    expect(await refused('zh-CN')).toBe('GovformsError|invalid-workbook|文件不是有效的 Excel 工作簿（.xlsx）');
    expect(await refused('en')).toMatch(/^GovformsError\|invalid-workbook\|The file is not a valid Excel workbook/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a missing element, an unknown form, another form’s data: zh-CN messages, the portal keeps working', async () => {
    const { page, context, problems, consoleErrors } = await openPage(site, 'mount.html?manual=1');
    const missing = await page.evaluate(() => {
      const h = (window as Win).GovForms.mount(document.getElementById('no-such-element'), { form: 'application' });
      return h.validate();
    });
    expect(missing.valid).toBe(false);
    expect(missing.errors[0].message).toContain('找不到要放置表单的页面元素');
    expect(consoleErrors.some((e) => e.includes('找不到要放置表单的页面元素'))).toBe(true);

    await page.evaluate(() => (window as Win).start({ form: 'applicaton' }));
    await expect.poll(() => page.locator('#app [role=alert]').textContent()).toContain('未知的表单：“applicaton”');
    expect(consoleErrors.some((e) => e.includes('未知的表单'))).toBe(true);
    await page.evaluate(() => (window as Win).form.destroy());
    expect(await page.locator('#app').innerHTML()).toBe('');

    await page.evaluate(() => (window as Win).start({ form: 'application', drafts: false, data: { projectName: '城市运行管理服务平台' } }));
    await formReady(page);
    await page.evaluate((budget) => (window as Win).form.setData(budget), sampleDossier().budget);
    await expect.poll(() => page.locator('[data-gfe-notice="error:invalid-data"]').textContent()).toMatch(/数据未载入，表单内容保持不变：这些数据不属于表单“.+”.*看起来是“.+”的数据/);
    expect(await formData(page)).toEqual({ projectName: '城市运行管理服务平台' });
    await page.evaluate(() => (window as Win).form.setData({ projectName: 'x' }, { formVersion: '9.0.0' }));
    await expect.poll(() => page.locator('[data-gfe-notice="error:invalid-data"]').textContent()).toContain('比当前的');
    expect(await formData(page)).toEqual({ projectName: '城市运行管理服务平台' });
    expect(await page.evaluate(() => (window as Win).formErrors.map((e: { code: string }) => e.code))).toEqual(['unknown-form', 'invalid-data', 'invalid-data']);

    await page.locator('#portal-button').click();
    expect(await page.locator('#portal-button').textContent()).toBe('门户按钮已点击');
    expect(problems).toEqual([]);
    await context.close();
  });
});
