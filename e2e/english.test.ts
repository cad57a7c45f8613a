// English is complete (issue 15, item 8): with every Chinese text the applicant typed replaced by
// English, no step of any form, no status line, notice, heading or label shows a Han character
// or full-width punctuation ("（Complete）", "Next：…"). Only the language menu names 中文 in its own script.
import { listForms, sampleDossier } from '@govforms/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, openForm, startPlayground, type Playground } from './support/browser.js';

const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** The sample dossier with every text that holds Chinese replaced (ids, numbers and dates stay). */
function typedInEnglish(v: unknown): unknown {
  if (typeof v === 'string') return CHINESE.test(v) ? 'Text typed by the applicant' : v;
  if (Array.isArray(v)) return v.map(typedInEnglish);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typedInEnglish(x)]));
  return v;
}

/** Every text node and label-like attribute on the page with Chinese in it, outside elements marked with another language. */
function chineseOnPage(page: Page): Promise<string[]> {
  return page.evaluate((source) => {
    const chinese = new RegExp(source, 'u');
    const foreign = (el: Element | null) => el?.closest('[lang]:not([lang="en"])') && el.closest('[lang]')?.getAttribute('lang') !== 'en';
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode.textContent ?? '';
      const el = walker.currentNode.parentElement;
      if (chinese.test(text) && !foreign(el) && !el?.closest('.pg-preview-body')) out.push(`${el?.className || el?.tagName}: ${text.trim().slice(0, 80)}`);
    }
    for (const el of Array.from(document.querySelectorAll('[aria-label], [title], [placeholder]'))) {
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value && chinese.test(value) && !foreign(el)) out.push(`@${name}: ${value.slice(0, 80)}`);
      }
    }
    return out;
  }, CHINESE.source);
}

describe.skipIf(!chromiumAvailable)('English everywhere in chromium', () => {
  let pg: Playground;
  beforeAll(async () => { pg = await startPlayground(); });
  afterAll(async () => { await pg?.close(); });

  it('every step of every form, the exports, a preview, a notice and an empty form', async () => {
    const { page, errors, close } = await openForm(pg, 'application', { width: 1366 });
    await page.locator('.pg-locale select').selectOption('en');
    await page.getByLabel('Choose a JSON file to import').setInputFiles({
      name: 'dossier.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(typedInEnglish(sampleDossier()))),
    });
    await page.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    const found = new Set<string>();
    for (const form of listForms()) {
      await page.goto(`${pg.url}#/${form.id}`);
      await page.locator('.gf-step-title').waitFor();
      const steps = page.locator('.gf-steps .gf-step');
      for (let i = 0; i < await steps.count(); i++) {
        await steps.nth(i).click();
        await page.waitForTimeout(150);
        for (const x of await chineseOnPage(page)) found.add(`${form.id} step ${i + 1}: ${x}`);
      }
    }
    // What shows only after an action: the export status lines, a preview's heading, a notice, an empty form's findings.
    await page.goto(`${pg.url}#/budget`);
    await page.locator('.gf-step-title').waitFor();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Budget workbook (Excel)' }).click()]);
    await page.locator('.pg-status--done').waitFor();
    await page.locator('.pg-exports').scrollIntoViewIfNeeded();
    await page.locator('[data-preview="application-form"]').click();
    await page.locator('.pg-status--done, .pg-status--draft').filter({ hasText: 'preview' }).waitFor();
    await page.getByRole('button', { name: 'Clear this form' }).click();
    await page.locator('.pg-notice--ok').waitFor();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Budget workbook (Excel)' }).click()]);
    await page.locator('.pg-status--draft').waitFor();
    for (const x of await chineseOnPage(page)) found.add(`after actions: ${x}`);
    expect([...found]).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
