// The application form filled with the keyboard alone in a real browser, the 第二十条
// finding appearing live at the 4,000,000-yuan boundary, and the accessibility check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, focusedName, openForm, screenshot, seriousA11yViolations, startPlayground, tabTo, type Playground } from './support/browser.js';
import { chooseRadio, pressButton, tick, typeDate, typeInto } from './support/keyboard.js';

const YES = 0;
const NO = 1;

describe.skipIf(!chromiumAvailable)('application form in chromium', () => {
  let pg: Playground;
  beforeAll(async () => { pg = await startPlayground(); });
  afterAll(async () => { await pg?.close(); });

  it('is filled from an empty form with the keyboard only, step by step, without errors left', async () => {
    const { page, errors, close } = await openForm(pg, 'application');
    await tabTo(page, page.getByRole('button', { name: '清空本表' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.gf-step--issues').count()).toBe(6);
    await screenshot(page.locator('.gf-wizard'), 'wizard-steps');

    // 1 申报单位
    await typeInto(page, '/applicant/name', '宿迁市数据局');
    await chooseRadio(page, '/applicant/kind', 0);
    await typeInto(page, '/applicant/creditCode', '11321300014100563D');
    await typeInto(page, '/applicant/contactPerson', '李明');
    await typeInto(page, '/applicant/contactPhone', '13812345678');
    await pressButton(page, '下一步');
    expect(await focusedName(page)).toBe('项目概况');

    // 2 项目概况
    await typeInto(page, '/projectName', '宿迁市城市运行管理服务平台建设项目');
    await chooseRadio(page, '/projectType', 0);
    await typeInto(page, '/planYear', '2025');
    await typeDate(page, '/submittedOn', '2024-09-15');
    await typeDate(page, '/constructionPeriod/start', '2025-01-01');
    await typeDate(page, '/constructionPeriod/end', '2025-12-31');
    await typeInto(page, '/summary', '依托全市统一政务云建设城市运行管理服务平台，实现城市运行事件的统一受理和分拨。');
    for (const [field, answer] of [['mandatedThisYear', NO], ['inPlan', YES], ['urgent', NO], ['keyProject', NO], ['classified', NO], ['crossDepartment', NO]] as const) {
      await chooseRadio(page, `/${field}`, answer);
    }
    await pressButton(page, '下一步');

    // 3 资金与投资
    await tick(page, '/fundingSources', '财政资金（预算安排资金）');
    await typeInto(page, '/totalInvestment', '3,856,400.50');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByText('合 385.64005 万元').count()).toBe(1);
    await pressButton(page, '下一步');

    // 4 部署与集约
    await chooseRadio(page, '/deployment', 0);
    for (const field of ['includes/machineRoom', 'includes/videoConference', 'includes/mobileApp']) await chooseRadio(page, `/${field}`, NO);
    await chooseRadio(page, '/platformIntegration', YES);
    await pressButton(page, '下一步');

    // 5 数据共享
    await chooseRadio(page, '/hasDataResources', NO);
    await chooseRadio(page, '/dataSharing/committed', YES);
    await pressButton(page, '下一步');

    // 6 申报材料
    for (const doc of ['项目申报表', '建设方案', '建设依据支撑材料', '集体研究意见', '数据共享需求分析', '网络安全需求分析']) {
      await tick(page, '/attachments', doc);
    }
    await page.keyboard.press('Tab');

    await expect.poll(() => page.locator('.gf-step--issues').count()).toBe(0);
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('6');
    // The playground saves 300 ms after the last change; wait for that save, not for a fixed time.
    // Storage may still hold the sample (it has 6 attachments too), so also check a typed value.
    const savedApplication = () => page.evaluate(() => JSON.parse(localStorage.getItem('govforms.playground.dossier.v1') ?? '{}').application);
    await expect.poll(async () => {
      const a = await savedApplication();
      return [a?.projectName, a?.attachments?.length];
    }).toEqual(['宿迁市城市运行管理服务平台建设项目', 6]);
    const saved = await savedApplication();
    expect(saved).toMatchObject({
      applicant: { name: '宿迁市数据局', kind: 'department', creditCode: '11321300014100563D', contactPhone: '13812345678' },
      submittedOn: '2024-09-15', constructionPeriod: { start: '2025-01-01', end: '2025-12-31' },
      totalInvestment: 3856400.5, fundingSources: ['fiscal'], inPlan: true, crossDepartment: false,
      includes: { machineRoom: false, videoConference: false, mobileApp: false }, dataSharing: { committed: true },
    });
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the 第二十条 finding as soon as the total passes 4,000,000 yuan, and leads back to the field', async () => {
    const { page, errors, close } = await openForm(pg, 'application');
    await tabTo(page, page.getByRole('navigation', { name: '填写步骤' }).getByRole('button', { name: /^资金与投资/ }));
    await page.keyboard.press('Enter');
    const art20 = page.locator('[data-gf-rule="art20.approval-documents"]');
    const total = page.locator('[data-gf-path="/totalInvestment"]');

    await typeInto(page, '/totalInvestment', '');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('4000000');
    await expect.poll(() => page.getByText('合 400.00 万元').count()).toBe(1);
    // The findings have caught up with 4,000,000.00 once the budget comparison quotes it.
    await page.locator('.gf-findings').getByText(/总投资 4,000,000\.00 元/).first().waitFor();
    expect(await art20.count()).toBe(0);

    await page.keyboard.type('.01');
    await art20.waitFor();
    expect(await art20.locator('.gf-article').textContent()).toBe('第二十条');
    expect(await art20.textContent()).toContain('4,000,000.01 元');
    await screenshot(page, 'application-findings', { x: 0, y: 170, width: 1280, height: 620 });

    await tabTo(page, art20.getByRole('button', { name: '定位到填写位置' }), 120);
    await page.keyboard.press('Enter');
    await expect.poll(() => total.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('bad money input keeps the text, explains itself and loses nothing', async () => {
    const { page, close } = await openForm(pg, 'application');
    await page.getByRole('navigation', { name: '填写步骤' }).getByRole('button', { name: /^资金与投资/ }).click();
    const total = page.locator('[data-gf-path="/totalInvestment"]');
    for (const [typed, message] of [
      ['1,234.567', '金额最多保留两位小数（精确到分），如 1234.56'],
      ['12万', '请以“元”为单位填写：这里应填写 120,000.00'],
      ['一百万', '请填写以“元”为单位的数字金额，如 1234.56'],
    ] as const) {
      await total.fill(typed);
      await page.getByText(message).waitFor();
      if (typed === '12万') await screenshot(page.locator('.gf-field--money'), 'money-input-error');
      expect(await total.inputValue()).toBe(typed);
      expect(await total.getAttribute('aria-invalid')).toBe('true');
    }
    await page.getByRole('navigation', { name: '填写步骤' }).getByRole('button', { name: /^申报单位/ }).click();
    await page.getByRole('navigation', { name: '填写步骤' }).getByRole('button', { name: /^资金与投资/ }).click();
    expect(await total.inputValue()).toBe('一百万');
    await close();
  });

  it('has no serious or critical accessibility violation on any step', async () => {
    const { page, close } = await openForm(pg, 'application');
    await screenshot(page, 'application-step1', { x: 0, y: 0, width: 1280, height: 720 });
    const found: string[] = [];
    const steps = page.getByRole('navigation', { name: '填写步骤' }).getByRole('button');
    for (let i = 0; i < (await steps.count()); i++) {
      await steps.nth(i).click();
      found.push(...(await seriousA11yViolations(page)).map((v) => `step ${i + 1}: ${v}`));
    }
    expect(found).toEqual([]);
    await close();
  });
});
