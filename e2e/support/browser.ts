/**
 * One chromium and one static server per test file, serving the built playground
 * (playground/dist, made by `npm run build`). Pages start with empty storage.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { requireClient } from '../../testing/real-clients.js';
import { defaultDist, serveStatic } from '../../playground/scripts/serve.mjs';

export const CHROMIUM = '/usr/bin/chromium';
export const chromiumAvailable = requireClient('chromium', () => existsSync(CHROMIUM), 'apt-get install chromium');

export interface Playground { browser: Browser; url: string; close(): Promise<void> }

export async function startPlayground(): Promise<Playground> {
  if (!existsSync(join(defaultDist, 'index.html'))) {
    throw new Error('playground/dist is missing: run `npm run build` first (npm test does)');
  }
  const { chromium } = await import('playwright-core');
  const server = await serveStatic(defaultDist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    // --lang: the date inputs show YYYY/MM/DD as on an applicant's Chinese browser.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--lang=zh-CN'],
  });
  return { browser, url: server.url, close: async () => { await browser.close(); await server.close(); } };
}

/** A fresh page (own storage) at `#/<formId>`, with page errors collected. */
export async function openForm(pg: Playground, formId: string, opts: { width?: number; height?: number } = {}) {
  const context = await pg.browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 }, locale: 'zh-CN', acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${pg.url}#/${formId}`);
  await page.locator('.gf-step-title').waitFor();
  return { page, errors, close: () => context.close() };
}

/** Presses Tab (or Shift+Tab) until the focus is on (one of) `target` (keyboard-only navigation). */
export async function tabTo(page: Page, target: string | Locator, max = 60, backwards = false): Promise<void> {
  const locator = typeof target === 'string' ? page.locator(target) : target;
  for (let i = 0; i < max; i++) {
    if (await locator.evaluateAll((els) => els.some((e) => e === document.activeElement))) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/** The focused element's accessible-ish name: its label text, aria-label or own text. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    return (el.getAttribute('aria-label') ?? label?.textContent ?? el.closest('label')?.textContent ?? el.textContent ?? '').trim();
  });
}

const require = createRequire(import.meta.url);

/** axe-core's serious and critical violations on the page, as readable lines. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(d: Document): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} → ${v.targets.join(' | ')}`);
}

/**
 * Screenshots for docs/applicants.md: written to docs/images when GOVFORMS_DOCS_SCREENSHOTS=1,
 * otherwise to a temporary folder (still taken, so the pages they show are exercised).
 */
export const screenshotDir = process.env.GOVFORMS_DOCS_SCREENSHOTS === '1'
  ? fileURLToPath(new URL('../../docs/images/', import.meta.url))
  : join(tmpdir(), 'govforms-e2e-screenshots');
mkdirSync(screenshotDir, { recursive: true });

/** A picture of the viewport (or `clip` of it, or one element) named `name`.png. */
export async function screenshot(target: Page | Locator, name: string, clip?: { x: number; y: number; width: number; height: number }): Promise<string> {
  const path = join(screenshotDir, `${name}.png`);
  const opts = { path, animations: 'disabled', caret: 'hide' } as const;
  if ('goto' in target) await target.screenshot({ ...opts, ...(clip ? { clip } : {}) });
  else await target.screenshot(opts);
  return path;
}
