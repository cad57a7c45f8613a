/**
 * The embed's browser tests: one chromium and one static server per test file. The server
 * (the playground's serveStatic) serves a temporary folder of links: the pages in
 * embed-fixtures/pages, the built bundle at /govforms/ (packages/embed/dist, made by
 * `npm run build`), and jQuery 1.x and Bootstrap 3 from node_modules at /vendor/.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveStatic } from '../../playground/scripts/serve.mjs';
import { CHROMIUM, chromiumAvailable } from '../support/browser.js';

export { chromiumAvailable };

const repo = fileURLToPath(new URL('../../', import.meta.url));
export const embedDist = join(repo, 'packages/embed/dist');
const pages = fileURLToPath(new URL('./pages/', import.meta.url));

export interface EmbedSite { browser: Browser; url: string; close(): Promise<void> }

/**
 * A folder to serve as a portal site: the test pages, the script-tag bundle at /govforms/ and
 * jQuery 1.x / Bootstrap 3 at /vendor/ (symlinks). A scratch build passes its own copy's folders.
 */
export function embedSiteFolder(opts: { pages: string; embedDist: string; packageJson: string }): string {
  const require = createRequire(opts.packageJson);
  const site = mkdtempSync(join(tmpdir(), 'govforms-embed-site-'));
  if (existsSync(opts.pages)) for (const page of readdirSync(opts.pages)) symlinkSync(join(opts.pages, page), join(site, page));
  symlinkSync(opts.embedDist, join(site, 'govforms'));
  mkdirSync(join(site, 'vendor'));
  symlinkSync(require.resolve('jquery/dist/jquery.min.js'), join(site, 'vendor/jquery.min.js'));
  symlinkSync(require.resolve('bootstrap/dist/css/bootstrap.min.css'), join(site, 'vendor/bootstrap.min.css'));
  symlinkSync(require.resolve('bootstrap/dist/js/bootstrap.min.js'), join(site, 'vendor/bootstrap.min.js'));
  return site;
}

export async function startEmbedSite(): Promise<EmbedSite> {
  if (!existsSync(join(embedDist, 'govforms.iife.js'))) {
    throw new Error('packages/embed/dist/govforms.iife.js is missing: run `npm run build` first (npm test does)');
  }
  const site = embedSiteFolder({ pages, embedDist, packageJson: join(repo, 'packages/embed/package.json') });
  const server = await serveStatic(site);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--lang=zh-CN'],
  });
  return {
    browser, url: server.url,
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(site, { recursive: true, force: true });
    },
  };
}

export interface OpenedPage { page: Page; context: BrowserContext; problems: string[]; consoleErrors: string[] }

/** A page in `context` (a fresh one, with empty storage, unless given), with page errors and console errors collected. */
export async function openPage(site: EmbedSite, path: string, opts: { context?: BrowserContext; init?: () => void } = {}): Promise<OpenedPage> {
  const context = opts.context ?? await site.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  if (opts.init && !opts.context) await context.addInitScript(opts.init);
  const page = await context.newPage();
  const problems: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  await page.goto(new URL(path, site.url).href);
  return { page, context, problems, consoleErrors };
}

/** Waits until a mount() handle (window.form, or the given global) has restored its draft and shows the form. */
export async function formReady(page: Page, handle = 'form'): Promise<void> {
  await page.waitForFunction((name) => Boolean((window as unknown as Record<string, unknown>)[name]), handle);
  await page.evaluate((name) => (window as unknown as Record<string, { ready: Promise<void> }>)[name]!.ready, handle);
}

/** Waits until the form's first validation ran (it follows the first paint): steps then show their state. */
export async function formChecked(page: Page): Promise<void> {
  await page.locator('.gf-step--ok, .gf-step--issues').first().waitFor();
}

/** The draft status shown in the toolbar, e.g. 'saved' once the autosave reached IndexedDB. */
export const draftStatus = (page: Page, scope = '') =>
  page.locator(`${scope} [data-gf-draft-status]`.trim()).first().getAttribute('data-gf-draft-status');

/** What window.form.getData() returns. */
export const formData = (page: Page) => page.evaluate(() => (window as unknown as { form: { getData(): Record<string, unknown> } }).form.getData());

/** The drafts stored in IndexedDB ('govforms-drafts'), read the way core's store keeps them. */
export function storedDrafts(page: Page): Promise<{ key: unknown; value: Record<string, unknown> }[]> {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('govforms-drafts');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('drafts')) { db.close(); resolve([]); return; }
      const tx = db.transaction('drafts', 'readonly');
      const keys = tx.objectStore('drafts').getAllKeys();
      const values = tx.objectStore('drafts').getAll();
      tx.oncomplete = () => {
        db.close();
        resolve(keys.result.map((key, i) => ({ key, value: values.result[i] as Record<string, unknown> })));
      };
    };
  }));
}

/** Puts a raw record into the draft store, as an older version of the SDK (or a damaged disk) left it. */
export function seedDraft(page: Page, key: [string, string], record: unknown): Promise<void> {
  return page.evaluate(({ key, record }) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('govforms-drafts', 1);
    open.onupgradeneeded = () => { open.result.createObjectStore('drafts'); };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('drafts', 'readwrite');
      tx.objectStore('drafts').put(record, key);
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), { key, record });
}
