// The applicant's screen on a phone (375 × 667): the forms and the steps are menus, the findings a
// summary on top that opens, and no form makes the page scroll sideways (issue 15, item 7).
import { listForms } from '@govforms/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, openForm, screenshot, startPlayground, type Playground } from './support/browser.js';

const PHONE = { width: 375, height: 667 };
const overflow = (page: import('playwright-core').Page) => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);

describe.skipIf(!chromiumAvailable)('the playground on a 375 px phone', () => {
  let pg: Playground;
  beforeAll(async () => { pg = await startPlayground(); });
  afterAll(async () => { await pg?.close(); });

  it('the first field is on the first screen; the steps and the forms are menus', async () => {
    const { page, errors, close } = await openForm(pg, 'application', PHONE);
    const first = page.getByLabel(/单位名称/);
    const box = (await first.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    expect(await page.locator('.gf-steps').isVisible()).toBe(false);
    expect(await overflow(page)).toBe(0);
    await screenshot(page, 'phone-application');

    const steps = page.getByRole('combobox', { name: '填写步骤' });
    expect(await steps.locator('option').allTextContents()).toEqual(expect.arrayContaining(['1. 申报单位 · 已填好', '3. 资金与投资 · 已填好']));
    await steps.selectOption({ label: '3. 资金与投资 · 已填好' });
    await expect.poll(() => page.locator('.gf-step-title').textContent()).toBe('资金与投资');

    await page.getByRole('combobox', { name: '申报材料' }).selectOption('budget');
    await page.getByRole('heading', { level: 1, name: '预算明细' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/budget');
    expect(errors).toEqual([]);
    await close();
  });

  it('the findings are a summary above the form that opens and closes', async () => {
    const { page, close } = await openForm(pg, 'application', PHONE);
    const panel = page.locator('.gf-findings');
    const form = page.locator('.gf-main');
    expect((await panel.boundingBox())!.y).toBeLessThan((await form.boundingBox())!.y);
    expect(await panel.getByRole('status').textContent()).toBe('0 项错误，0 项警告，2 项提示');
    expect(await panel.locator('.gf-finding').first().isVisible()).toBe(false);
    const toggle = panel.getByRole('button', { name: '展开' });
    await toggle.click();
    expect(await panel.locator('.gf-finding').first().isVisible()).toBe(true);
    await panel.getByRole('button', { name: '收起' }).click();
    expect(await panel.locator('.gf-finding').first().isVisible()).toBe(false);
    await close();
  });

  it('the data tools wait behind one button', async () => {
    const { page, close } = await openForm(pg, 'application', PHONE);
    expect(await page.getByRole('button', { name: '导出 JSON' }).isVisible()).toBe(false);
    await page.getByRole('button', { name: '材料数据' }).click();
    expect(await page.getByRole('button', { name: '导出 JSON' }).isVisible()).toBe(true);
    expect(await overflow(page)).toBe(0);
    await close();
  });

  it.each(listForms().map((f) => f.id))('%s: no sideways scrolling of the page', async (id) => {
    const { page, close } = await openForm(pg, id, PHONE);
    expect(await overflow(page)).toBe(0);
    await close();
  });
});
