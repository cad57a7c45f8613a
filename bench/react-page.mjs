// Helpers for bench/react.bench.mjs: chromium on the built playground, a dossier with N budget
// rows put in the page's storage before it loads, and in-page timers.
import { existsSync } from 'node:fs';
import { sampleDossier } from '@govforms/core';
import { serveStatic } from '../playground/scripts/serve.mjs';

export const CHROMIUM = '/usr/bin/chromium';
const STORAGE_KEY = 'govforms.playground.dossier.v1';

export async function startBrowser() {
  if (!existsSync(CHROMIUM)) throw new Error('chromium is missing: apt-get install chromium');
  const { chromium } = await import('playwright-core');
  const server = await serveStatic();
  const browser = await chromium.launch({
    executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  return { browser, url: server.url, close: async () => { await browser.close(); await server.close(); } };
}

/** The sample dossier with `n` budget rows (application total kept equal to the budget). */
export function dossierWithRows(n) {
  const d = sampleDossier();
  d.budget.items = Array.from({ length: n }, (_, i) => ({
    category: ['development', 'implementation', 'maintenance', 'training', 'supervision', 'other'][i % 6],
    name: `费用明细 ${i + 1}`, year: 2024 + (i % 3), quantity: 2, unitPrice: 1234.56, amount: 2469.12,
  }));
  d.budget.dataResources = [];
  return d;
}

/** A fresh page (own storage) holding `dossier`, opened at `#/<formId>`. */
export async function openWith(browser, url, formId, dossier) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  if (dossier) {
    await context.addInitScript(([key, text]) => localStorage.setItem(key, text), [STORAGE_KEY, JSON.stringify(dossier)]);
  }
  const page = await context.newPage();
  await page.goto(`${url}#/${formId}`);
  await page.locator('.gf-step-title').waitFor();
  return { page, close: () => context.close() };
}

/**
 * Installs a probe: each keydown starts a clock (its event time), the next change of the
 * budget total's text stops it one animation frame later (when it is painted).
 */
export function installKeystrokeProbe(page) {
  return page.evaluate(() => {
    const total = document.querySelector('[data-gf-budget-total]');
    const times = [];
    let start = null;
    document.addEventListener('keydown', (e) => { start = e.timeStamp; }, true);
    new MutationObserver(() => {
      if (start === null) return;
      const began = start;
      start = null;
      requestAnimationFrame(() => times.push(performance.now() - began));
    }).observe(total, { childList: true, characterData: true, subtree: true });
    window.__gfKeystrokeTimes = times;
  });
}

export const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/**
 * Installs an Event Timing probe (what INP counts): for each interaction (keydown + keyup of a
 * keystroke share an interactionId) its longest entry, from the key press to the next paint.
 * Entries below the 16 ms threshold are not reported: such keystrokes count as 16 ms.
 */
export function installNextPaintProbe(page) {
  return page.evaluate(() => {
    const byInteraction = new Map();
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.interactionId || !['keydown', 'keyup', 'keypress'].includes(e.name)) continue;
        byInteraction.set(e.interactionId, Math.max(byInteraction.get(e.interactionId) ?? 0, e.duration));
      }
    }).observe({ type: 'event', durationThreshold: 16 });
    window.__gfNextPaint = byInteraction;
  });
}

/** The next-paint durations of the last `count` keystrokes (16 ms for those under the threshold). */
export async function nextPaintDurations(page, count) {
  await page.waitForTimeout(300); // entries arrive after the paint they measure
  const seen = await page.evaluate(() => [...window.__gfNextPaint.values()]);
  return [...seen, ...Array.from({ length: Math.max(0, count - seen.length) }, () => 16)];
}
