// React SDK in chromium, on the built playground (npm run build first):
// - keystroke in a budget row → updated grand total painted (next animation frame), with 50 and 500 rows;
// - the same keystroke as the browser's Event Timing sees it (to the next paint, as INP counts it), 500 and 5,000 rows;
// - a 20,000-row budget imported as JSON: until its rows are on screen, and the longest main-thread stall;
// - first render of the application form: navigation start → first step painted (cold page).
import {
  dossierWithRows, installKeystrokeProbe, installNextPaintProbe, median, nextPaintDurations, openWith, startBrowser,
} from './react-page.mjs';

/**
 * Keystrokes in a budget amount: the next animation frame after the total changed (`frame`)
 * and the Event Timing duration to the next paint (`paint`), medians. Long tables render only
 * the rows in view, so the edited row is one near the top (row 11, or the middle of a short table).
 */
export async function keystrokes(browser, url, rows, { warmup = 5, count = 40 } = {}) {
  const { page, close } = await openWith(browser, url, 'budget', dossierWithRows(rows));
  await page.waitForFunction((n) => document.querySelector('.gf-budget-table')?.getAttribute('aria-rowcount') === String(n + 1), rows);
  await installKeystrokeProbe(page);
  await page.locator(`[data-gf-path="/items/${Math.min(Math.floor(rows / 2), 10)}/amount"]`).focus();
  await page.keyboard.press('End');
  const frames = () => page.evaluate(() => window.__gfKeystrokeTimes.length);
  for (let i = 0; i < warmup + count; i++) {
    if (i === warmup) await installNextPaintProbe(page);
    const before = await frames();
    await page.keyboard.press(i % 2 === 0 ? '5' : 'Backspace');
    await page.waitForFunction((n) => window.__gfKeystrokeTimes.length > n, before);
  }
  const times = await page.evaluate(() => window.__gfKeystrokeTimes);
  const paint = await nextPaintDurations(page, count);
  await close();
  return { frame: median(times.slice(warmup)), paint: median(paint) };
}

/**
 * A budget of `rows` rows imported as a JSON file (the playground's 导入 JSON): from the file
 * input's change to the first rows painted, and the longest main-thread task meanwhile and in
 * the second after (longtask entries).
 */
export async function importRows(browser, url, rows) {
  const { page, close } = await openWith(browser, url, 'budget');
  const result = await page.evaluate((n) => new Promise((resolve) => {
    const items = Array.from({ length: n }, (_, i) => ({
      category: ['development', 'implementation', 'maintenance', 'training', 'supervision', 'other'][i % 6],
      name: `费用明细 ${i + 1}`, year: 2024 + (i % 3), quantity: 2, unitPrice: 1234.56, amount: 2469.12,
    }));
    const file = new File([JSON.stringify({ items })], 'budget.json', { type: 'application/json' });
    const input = document.querySelector('input[type=file]');
    const longest = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => longest.push(e.duration))).observe({ type: 'longtask' });
    const start = performance.now();
    const shown = () => document.querySelector('.gf-budget-table')?.getAttribute('aria-rowcount') === String(n + 1)
      && document.querySelector('[data-gf-path="/items/0/amount"]');
    new MutationObserver((_, observer) => {
      if (!shown()) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const painted = performance.now() - start;
        setTimeout(() => resolve({ painted, longest: Math.max(0, ...longest) }), 1000);
      });
    }).observe(document.body, { childList: true, subtree: true, attributes: true });
    const data = new DataTransfer();
    data.items.add(file);
    input.files = data.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }), rows);
  await close();
  return result;
}

/** Navigation start → first step painted, and the part of it after the main script arrived. */
async function firstRender(browser, url, runs = 11) {
  const times = [];
  const afterScript = [];
  for (let i = 0; i < runs + 1; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('.gf-step-title')) return;
        observer.disconnect();
        requestAnimationFrame(() => { window.__gfFirstRender = performance.now(); });
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`${url}#/application`);
    await page.waitForFunction(() => window.__gfFirstRender !== undefined);
    const [painted, scriptEnd] = await page.evaluate(() => [window.__gfFirstRender,
      performance.getEntriesByType('resource').find((r) => /\/assets\/index-[^/]*\.js$/.test(r.name))?.responseEnd ?? 0]);
    if (i > 0) { times.push(painted); afterScript.push(painted - scriptEnd); } // the first load only warms the HTTP server
    await context.close();
  }
  return { total: median(times), afterScript: median(afterScript) };
}

export default async function () {
  const { browser, url, close } = await startBrowser();
  try {
    const first = await firstRender(browser, url);
    const rows50 = await keystrokes(browser, url, 50);
    const rows500 = await keystrokes(browser, url, 500);
    const rows5000 = await keystrokes(browser, url, 5000);
    const imported = await importRows(browser, url, 20_000);
    return [
      { id: 'react.keystroke.rows50', label: 'keystroke → budget total painted, 50 rows', unit: 'ms', target: 50,
        value: rows50.frame },
      { id: 'react.keystroke.rows500', label: 'keystroke → budget total painted, 500 rows', unit: 'ms', target: 50,
        value: rows500.frame },
      { id: 'react.keystroke.next-paint.rows500', label: 'keystroke → next paint (Event Timing), 500 rows', unit: 'ms', target: 100,
        value: rows500.paint },
      { id: 'react.keystroke.next-paint.rows5000', label: 'keystroke → next paint (Event Timing), 5,000 rows', unit: 'ms', target: 100,
        value: rows5000.paint },
      { id: 'react.import.rows20000', label: '20,000-row JSON import → rows painted', unit: 'ms', target: 2000,
        value: imported.painted },
      { id: 'react.import.rows20000.longest-task', label: '  of which: longest main-thread task', unit: 'ms', target: 200,
        value: imported.longest },
      { id: 'react.first-render.application', label: 'application form first render (navigation → painted)', unit: 'ms', target: 300,
        value: first.total },
      { id: 'react.first-render.application.js', label: '  of which: main script loaded → painted', unit: 'ms',
        value: first.afterScript },
    ];
  } finally {
    await close();
  }
}
