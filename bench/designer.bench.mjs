// The form designer (#/designer) in chromium, on the built playground (npm run build first):
// - first render: navigation start → the tree and the live preview of the opened form painted (cold page);
// - its chunk: the designer's own JavaScript, gzipped, loaded only on #/designer (never in govforms.iife.js).
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { median, startBrowser } from './react-page.mjs';

async function firstRender(browser, url, runs = 7) {
  const times = [];
  for (let i = 0; i < runs + 1; i++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('.dz-field') || !document.querySelector('[data-testid=designer-preview] .gf-step-title')) return;
        observer.disconnect();
        requestAnimationFrame(() => { window.__dzFirstRender = performance.now(); });
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`${url}#/designer`);
    await page.waitForFunction(() => window.__dzFirstRender !== undefined, undefined, { timeout: 60_000 });
    if (i > 0) times.push(await page.evaluate(() => window.__dzFirstRender)); // the first load only warms the HTTP server
    await context.close();
  }
  return median(times);
}

function chunkGzipKiB() {
  const assets = new URL('../playground/dist/assets/', import.meta.url);
  const files = readdirSync(assets).filter((f) => /^DesignerPage-.*\.js$/.test(f));
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(new URL(f, assets)), { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

export default async function () {
  const { browser, url, close } = await startBrowser();
  try {
    return [
      { id: 'designer.first-render', label: 'form designer first render (navigation → tree and preview painted)', unit: 'ms', target: 500,
        value: await firstRender(browser, url) },
      { id: 'designer.chunk.gzip', label: 'designer chunk (DesignerPage-*.js), gzip', unit: 'KiB', value: chunkGzipKiB() },
    ];
  } finally {
    await close();
  }
}
