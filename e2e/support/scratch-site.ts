/**
 * Serves a scratch build (./scratch-build.ts) the way the other browser tests serve the
 * repository's build, with the same static server (playground/scripts/serve.mjs: 127.0.0.1,
 * a free port, UTF-8 Content-Types):
 *  - the copy's playground/dist at the root of its own server (`playgroundUrl`, routes
 *    `#/<form-id>`), when it has been built;
 *  - the copy's embed site like e2e/embed-fixtures/harness.ts: the copy's own
 *    e2e/embed-fixtures/pages, the copy's packages/embed/dist at /govforms/ (govforms.iife.js),
 *    and jQuery 1.x / Bootstrap 3 at /vendor/ (`embedUrl`).
 *
 * `startScratchSite` adds a chromium and returns objects shaped like the existing helpers'
 * (`Playground` for support/browser.ts' openForm, `EmbedSite` for embed-fixtures' openPage and
 * formReady), so later tests can drive the scratch-built playground and script-tag bundle.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../playground/scripts/serve.mjs';
import { embedSiteFolder } from '../embed-fixtures/harness.js';
import { CHROMIUM, type Playground } from './browser.js';
import type { ScratchBuild } from './scratch-build.js';

export interface ScratchServers {
  /** The copy's playground, when built (`playground: true` or `buildPlayground()`). */
  playgroundUrl?: string;
  /** The embed pages, with the copy's bundle at /govforms/ (e.g. `${embedUrl}govforms/govforms.iife.js`). */
  embedUrl: string;
  close(): Promise<void>;
}

/** Starts the static servers for `build` (no browser). */
export async function serveScratch(build: Pick<ScratchBuild, 'root'>): Promise<ScratchServers> {
  const { root } = build;
  const embedDist = join(root, 'packages/embed/dist');
  if (!existsSync(join(embedDist, 'govforms.iife.js'))) throw new Error(`${embedDist}/govforms.iife.js is missing: the scratch build did not make the script-tag bundle`);
  const pages = join(root, 'e2e/embed-fixtures/pages');

  const site = embedSiteFolder({ pages, embedDist, packageJson: join(root, 'packages/embed/package.json') });
  const closers: (() => Promise<void>)[] = [async () => rmSync(site, { recursive: true, force: true })];
  const close = async () => { for (const c of closers.reverse()) await c(); };
  try {
    const embed = await serveStatic(site);
    closers.push(embed.close);
    const servers: ScratchServers = { embedUrl: embed.url, close };
    const playgroundDist = join(root, 'playground/dist');
    if (existsSync(join(playgroundDist, 'index.html'))) {
      const playground = await serveStatic(playgroundDist);
      closers.push(playground.close);
      servers.playgroundUrl = playground.url;
    }
    return servers;
  } catch (e) {
    await close();
    throw e;
  }
}

export interface ScratchSite {
  browser: Browser;
  servers: ScratchServers;
  /** For openForm(site.playground, formId) from ./browser.ts (requires a built playground). */
  playground: Playground;
  /** For openPage(site.embed, 'mount.html?form=…') / formReady from ../embed-fixtures/harness.ts. */
  embed: { browser: Browser; url: string; close(): Promise<void> };
  close(): Promise<void>;
}

/** Static servers for `build` plus one chromium (zh-CN, as in support/browser.ts). */
export async function startScratchSite(build: Pick<ScratchBuild, 'root'>): Promise<ScratchSite> {
  const servers = await serveScratch(build);
  let browser: Browser;
  try {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--lang=zh-CN'],
    });
  } catch (e) {
    await servers.close();
    throw e;
  }
  const close = async () => { await browser.close(); await servers.close(); };
  const noPlayground = () => { throw new Error('the scratch playground was not built: scratchBuild({ playground: true }) or buildPlayground()'); };
  return {
    browser, servers, close,
    playground: { browser, get url() { return servers.playgroundUrl ?? noPlayground(); }, close },
    embed: { browser, url: servers.embedUrl, close },
  };
}
