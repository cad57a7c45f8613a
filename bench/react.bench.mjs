// React SDK in chromium, on the built playground (npm run build first):
// - keystroke in a budget row → updated grand total painted, with 50 and 500 rows;
// - first render of the application form: navigation start → first step painted (cold page).
import { dossierWithRows, installKeystrokeProbe, median, openWith, startBrowser } from './react-page.mjs';

async function keystrokeToTotal(browser, url, rows, { warmup = 5, keystrokes = 40 } = {}) {
  const { page, close } = await openWith(browser, url, 'budget', dossierWithRows(rows));
  await page.waitForFunction((n) => document.querySelectorAll('tbody .gf-budget-row').length === n, rows);
  await installKeystrokeProbe(page);
  await page.locator(`[data-gf-path="/items/${Math.floor(rows / 2)}/amount"]`).focus();
  await page.keyboard.press('End');
  const count = () => page.evaluate(() => window.__gfKeystrokeTimes.length);
  for (let i = 0; i < warmup + keystrokes; i++) {
    const before = await count();
    await page.keyboard.press(i % 2 === 0 ? '5' : 'Backspace');
    await page.waitForFunction((n) => window.__gfKeystrokeTimes.length > n, before);
  }
  const times = await page.evaluate(() => window.__gfKeystrokeTimes);
  await close();
  return median(times.slice(warmup));
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
    return [
      { id: 'react.keystroke.rows50', label: 'keystroke → budget total painted, 50 rows', unit: 'ms', target: 50,
        value: await keystrokeToTotal(browser, url, 50) },
      { id: 'react.keystroke.rows500', label: 'keystroke → budget total painted, 500 rows', unit: 'ms', target: 50,
        value: await keystrokeToTotal(browser, url, 500) },
      { id: 'react.first-render.application', label: 'application form first render (navigation → painted)', unit: 'ms', target: 300,
        value: first.total },
      { id: 'react.first-render.application.js', label: '  of which: main script loaded → painted', unit: 'ms',
        value: first.afterScript },
    ];
  } finally {
    await close();
  }
}
