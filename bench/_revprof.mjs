import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { variedDossier } from './lib.mjs';
import { startBrowser } from './react-page.mjs';
const dir = mkdtempSync(join(tmpdir(), 'rp-'));
const files = Array.from({ length: 200 }, (_, i) => { const p = join(dir, `d${i}.json`); writeFileSync(p, JSON.stringify(variedDossier(i))); return p; });
const { browser, url, close } = await startBrowser();
for (let run = 0; run < 2; run++) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${url}#/review`);
  const input = page.locator('[data-review-input="files"]');
  await input.waitFor({ state: 'attached' });
  await page.evaluate(() => new MutationObserver((_, o) => { if (document.querySelectorAll('tbody tr').length === 200) { o.disconnect(); requestAnimationFrame(() => { window.__done = true; }); } }).observe(document.body, { childList: true, subtree: true }));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start');
  await input.setInputFiles(files);
  await page.waitForFunction(() => window.__done === true);
  const { profile } = await cdp.send('Profiler.stop');
  if (run === 1) writeFileSync('/tmp/review.cpuprofile', JSON.stringify(profile));
  await context.close();
}
await close();
