// The form on a real old portal page (Bootstrap 3, jQuery 1.x, hostile global CSS): it looks
// exactly as on a bare page, the portal looks exactly as before, jQuery code and a Bootstrap
// modal work with it; and destroy() leaves nothing behind: no DOM, no listener on window or
// document, no timer, no open IndexedDB connection or BroadcastChannel.
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, draftStatus, formChecked, formReady, openPage, startEmbedSite, type EmbedSite } from './embed-fixtures/harness.js';
import { leakCounts, leakProbe, type LeakCounts } from './embed-fixtures/leak-probe.js';

type Win = Window & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const FORM_PARTS = ['.gfe-root', '.gf-root', '.gf-step', '.gf-step-title', '.gf-group-title', '.gf-label', '.gf-help', 'input.gf-input',
  '.gf-radio', '.gf-choice', '.gf-button--primary', '.gf-findings', '.gf-findings-title'];
const PORTAL_PARTS = ['html', 'body', '.navbar', '.navbar-brand', 'h1.portal-title', 'p.help-block', 'label[for=applicant]', '#applicant', '#portal-submit'];
const PROPS = ['font-family', 'font-size', 'line-height', 'color', 'background-color', 'box-sizing', 'letter-spacing', 'text-align',
  'text-transform', 'font-weight', 'display', 'padding-top', 'padding-left', 'margin-top', 'margin-left', 'border-top-width',
  'border-top-style', 'border-top-color', 'border-radius', 'width', 'height', 'max-width'];

/** Computed styles and boxes of `selectors`, inside the form's shadow root or in the page. */
function styles(page: Page, selectors: string[], inForm: boolean) {
  return page.evaluate(({ selectors, props, inForm }) => {
    const scope: ParentNode = inForm ? document.querySelector('#gf-slot govforms-host')!.shadowRoot! : document;
    return Object.fromEntries(selectors.map((s) => {
      const el = scope.querySelector(s);
      if (!el) return [s, 'missing'];
      const cs = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return [s, { ...Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)])), box: [box.width, box.height] }];
    }));
  }, { selectors, props: PROPS, inForm });
}

describe.skipIf(!chromiumAvailable)('embed: style isolation and clean-up', () => {
  let site: EmbedSite;
  beforeAll(async () => { site = await startEmbedSite(); });
  afterAll(async () => { await site?.close(); });

  it('looks the same on a Bootstrap 3 page with `* { box-sizing: content-box }` and 10px rem as on a bare page', async () => {
    const bare = await openPage(site, 'bare.html');
    await formReady(bare.page);
    await formChecked(bare.page);
    const expected = await styles(bare.page, FORM_PARTS, true);
    await bare.context.close();

    const portal = await openPage(site, 'portal.html');
    expect(await portal.page.evaluate(() => getComputedStyle(document.body).boxSizing)).toBe('content-box');
    await portal.page.evaluate(() => (window as Win).mountSlot());
    await formReady(portal.page);
    await formChecked(portal.page);
    const actual = await styles(portal.page, FORM_PARTS, true);
    expect(Object.values(actual)).not.toContain('missing');
    expect(actual).toEqual(expected);
    // 40rem of the 16px root the styles were made for, not of Bootstrap's 10px.
    expect((actual['input.gf-input'] as Record<string, string>)['max-width']).toBe('640px');
    await portal.page.locator('#gf-slot').screenshot({ path: join(tmpdir(), 'govforms-embed-portal.png') });
    expect(portal.problems).toEqual([]);
    await portal.context.close();
  });

  it('leaves the portal exactly as it was: styles, stylesheets, <head>', async () => {
    const { page, context } = await openPage(site, 'portal.html');
    const before = await styles(page, PORTAL_PARTS, false);
    const head = await page.evaluate(() => [document.head.innerHTML, document.styleSheets.length, document.adoptedStyleSheets.length]);
    await page.evaluate(() => (window as Win).mountSlot());
    await formReady(page);
    await page.evaluate(() => (window as Win).mountInPortalForm());
    await page.locator('govforms-form .gf-step-title').waitFor();
    expect(withoutPageHeight(await styles(page, PORTAL_PARTS, false))).toEqual(withoutPageHeight(before));
    expect(await page.evaluate(() => [document.head.innerHTML, document.styleSheets.length, document.adoptedStyleSheets.length])).toEqual(head);
    await context.close();
  });

  it('takes the portal’s theme: --gf-* custom properties set outside reach inside the shadow root', async () => {
    const { page, context } = await openPage(site, 'portal.html');
    await page.evaluate(() => (window as Win).mountSlot());
    await formReady(page);
    await page.evaluate(() => document.getElementById('gf-slot')!.style.setProperty('--gf-primary', '#b71c1c'));
    const button = page.locator('#gf-slot .gf-button--primary').first();
    expect(await button.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(183, 28, 28)');
    await context.close();
  });

  it('works with the portal’s jQuery: change events through .on(), the data posted with the portal’s <form>', async () => {
    const { page, context, problems } = await openPage(site, 'portal.html');
    await page.evaluate(() => (window as Win).mountInPortalForm());
    await page.locator('govforms-form [data-gf-path="/applicant/name"]').fill('宿迁市数据局');
    await expect.poll(() => page.evaluate(() => (window as Win).portalEvents.length)).toBeGreaterThan(0);
    expect(await page.evaluate(() => { const e = (window as Win).portalEvents; return e[e.length - 1].data; })).toEqual({ applicant: { name: '宿迁市数据局' } });
    const posted = await page.evaluate(() => {
      const data = new FormData(document.getElementById('portal-form') as HTMLFormElement);
      return { applicant: data.get('applicant'), application: data.get('application') };
    });
    expect(posted).toEqual({ applicant: '李明', application: JSON.stringify({ applicant: { name: '宿迁市数据局' } }) });
    await page.locator('#portal-submit').click();
    expect(await page.locator('#portal-submit').textContent()).toBe('已保存');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('can be typed into inside a Bootstrap 3 modal (its focus trap does not steal focus)', async () => {
    const { page, context } = await openPage(site, 'portal.html');
    await page.evaluate(() => (window as Win).mountInModal());
    await page.locator('#modal.in').waitFor();
    await formReady(page, 'modalForm');
    await page.locator('#modal-slot [data-gf-path="/projectName"]').click();
    await page.keyboard.type('宿迁市食品安全智慧监管平台');
    expect(await page.locator('#modal-slot [data-gf-path="/projectName"]').inputValue()).toBe('宿迁市食品安全智慧监管平台');
    await context.close();
  });

  it('destroy() leaves no DOM, listener, timer, store or channel, saves the waiting draft, and a new mount works', async () => {
    const { page, context, problems } = await openPage(site, 'mount.html?manual=1&form=application&draft=leak', { init: leakProbe });
    // Playwright's waitForFunction (formReady) puts its own listeners on window: let them be there before counting.
    await page.waitForFunction(() => true);
    const untouched = await leakCounts(page);

    const cycle = async (text: string, waitForSave: boolean) => {
      await page.evaluate(() => (window as Win).start());
      await formReady(page);
      await page.locator('[data-gf-path="/applicant/name"]').fill(text);
      await expect.poll(() => page.evaluate(() => (window as Win).changes.at(-1)?.data.applicant?.name)).toBe(text);
      if (waitForSave) await expect.poll(() => draftStatus(page)).toBe('saved');
      await page.evaluate(() => (window as Win).form.destroy());
      expect(await page.locator('#app').evaluate((el) => el.childNodes.length)).toBe(0);
      // The store closes once the final save is written.
      await expect.poll(() => leakCounts(page).then((c) => c.openDatabases + c.openChannels)).toBe(0);
      return leakCounts(page);
    };

    const first = await cycle('第一次', true);
    expect(first.pendingTimers).toBe(0);
    expect(withoutReactSelectionChange(first)).toEqual(withoutReactSelectionChange(untouched));

    // Destroyed before the autosave delay ran out: destroy() saves the waiting draft before closing the store.
    const second = await cycle('销毁前未等待保存的内容', false);
    const third = await cycle('第三次', true);
    expect(second).toEqual(first);
    expect(third).toEqual(first);

    await page.evaluate(() => (window as Win).start());
    await formReady(page);
    expect(await page.locator('[data-gf-path="/applicant/name"]').inputValue()).toBe('第三次');
    await page.locator('[data-gf-path="/applicant/name"]').fill('新挂载的表单可以使用');
    await expect.poll(() => page.evaluate(() => (window as Win).changes.at(-1)?.data)).toEqual({ applicant: { name: '新挂载的表单可以使用' } });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('removing <govforms-form> from the page unmounts it: empty shadow root, store closed, draft kept', async () => {
    const { page, context } = await openPage(site, 'portal.html', { init: leakProbe });
    await page.evaluate(() => {
      $('<govforms-form form="completion" draft-id="el"></govforms-form>')
        .on('change', (e: { originalEvent: CustomEvent }) => { (window as Win).last = e.originalEvent.detail.data; }).appendTo('#gf-slot-wrapper');
    });
    await page.locator('govforms-form [data-gf-path="/projectName"]').fill('竣工项目');
    await expect.poll(() => page.evaluate(() => (window as Win).last?.projectName)).toBe('竣工项目');
    await page.evaluate(() => { (window as Win).removed = $('govforms-form').remove()[0]; });
    await expect.poll(() => leakCounts(page).then((c) => c.openDatabases + c.openChannels + c.pendingTimers)).toBe(0);
    expect(await page.evaluate(() => (window as Win).removed.shadowRoot.childNodes.length)).toBe(0);
    await page.evaluate(() => { $('#gf-slot-wrapper').append((window as Win).removed); });
    await expect.poll(() => page.locator('govforms-form [data-gf-path="/projectName"]').inputValue()).toBe('竣工项目');
    await context.close();
  });
});

interface JQuery { on(type: string, fn: (e: { originalEvent: CustomEvent }) => void): JQuery; appendTo(s: string): JQuery; remove(): HTMLElement[]; append(el: unknown): JQuery }
declare const $: (s: string) => JQuery;

/** React listens for `selectionchange` on the document once per document, with its first root, and keeps it; never a second one. */
function withoutReactSelectionChange(c: LeakCounts) {
  const { documentListeners, ...rest } = c;
  return { ...rest, documentListeners: Object.fromEntries(Object.entries(documentListeners).filter(([type]) => type !== 'selectionchange')) };
}

/** The portal's <html> and <body> grow by the form's height; every other style stays. */
function withoutPageHeight(s: Record<string, unknown>) {
  const copy = structuredClone(s) as Record<string, Record<string, unknown>>;
  for (const el of ['html', 'body']) { delete copy[el]!.height; delete copy[el]!.box; }
  return copy;
}
