// Real client: the browser API (buildBudgetWorkbook, readBudgetWorkbook, buildProjectsSummaryWorkbook) bundled by Vite for
// the browser (exceljs's browser build) and run in Debian's Chromium.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dataPlugins } from '../../../scripts/vite-library.ts';
import { precompiledValidators } from '../../../scripts/vite-plugins/precompiled-validators.ts';
import { hasProgram, requireClient, tempDir } from '../../../testing/real-clients.js';

const available = requireClient('Chromium', () => hasProgram('chromium'), 'apt-get install chromium');
const root = fileURLToPath(new URL('../../../', import.meta.url));

async function bundleForBrowser(): Promise<string> {
  const { build } = await import('vite');
  const outDir = tempDir('xlsx-browser');
  await build({
    configFile: false, logLevel: 'error', root,
    // What every govforms build has: the message catalogues and core's precompiled validators.
    plugins: [...dataPlugins(), precompiledValidators({ root })],
    resolve: {
      alias: [
        { find: /^@govforms\/core$/, replacement: join(root, 'packages/core/src/index.ts') },
        { find: /^@govforms\/core\/provenance$/, replacement: join(root, 'packages/core/src/provenance.ts') },
        { find: /^@govforms\/xlsx$/, replacement: join(root, 'packages/xlsx/src/index.ts') },
      ],
    },
    build: { outDir, emptyOutDir: true, minify: false, target: 'es2022',
      lib: { entry: join(root, 'packages/xlsx/test-support/browser-entry.ts'), formats: ['es'], fileName: 'entry' } },
  });
  return join(outDir, 'entry.js');
}

describe.skipIf(!available)('in Chromium', () => {
  let server: Server;
  let url = '';
  beforeAll(async () => {
    const script = readFileSync(await bundleForBrowser());
    server = createServer((req, res) => {
      const js = req.url === '/entry.js';
      res.writeHead(200, { 'Content-Type': `${js ? 'text/javascript' : 'text/html'}; charset=utf-8` });
      res.end(js ? script : '<!doctype html><meta charset="utf-8"><script type="module" src="/entry.js"></script>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }, 120_000);
  afterAll(() => server?.close());

  test('builds the workbook, reads it back, reports bad input in zh-CN, and builds the projects summary, with no Node APIs', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(url);
      await page.waitForFunction(() => 'runXlsx' in globalThis);
      const r = await page.evaluate(() => (globalThis as unknown as { runXlsx(): Promise<Record<string, unknown>> }).runXlsx());
      expect(r).toEqual({
        isUint8Array: true, zipMagic: 'PK', same: true, hasNodeBuffer: false, summaryZipMagic: 'PK',
        badFile: '文件不是有效的 Excel 工作簿（.xlsx）',
        badCell: '费用明细第1项“食品安全追溯子系统开发”：金额（元）应为不超过两位小数、不超过 1 万亿元的非负数（收到 -1）',
      });
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
