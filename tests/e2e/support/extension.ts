// The built extension (.output/chrome-mv3) in Debian's Chromium, with what a test needs to
// drive its real paths headless (docs/testing.md#extension-in-headless-chromium):
// - a browser-level CDP session, for Extensions.triggerAction, which grants activeTab as a
//   toolbar click would (a handler fired from the service worker has no user gesture);
// - the service worker, to fire the real registered listeners (contextMenus.onClicked.dispatch);
// - extension pages opened as tabs at popup size.
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import {
  chromium,
  type Browser as PwBrowser,
  type CDPSession,
  type Page,
  type Worker,
} from 'playwright-core';
import { pglite } from '../../support/databases';
import { startServerOn, type TestServer } from '../../support/server';
import { launchChromium, type Browser } from './chromium';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const POPUP_SIZE = { width: 380, height: 600 } as const;

export interface ExtensionSession extends Browser {
  worker: Worker;
  id: string;
  /** Browser-level CDP (Extensions.*, Target.*). */
  cdp: CDPSession;
}

async function freePort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

export function assertBuilt(): void {
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The extension is not built at ${EXTENSION_DIR}: run npm run build:ext first.`);
  }
}

/** `locale`: the browser's languages (navigator.languages in its pages and its worker). */
export async function launchWithExtension(
  opts: { locale?: string } = {},
): Promise<ExtensionSession> {
  assertBuilt();
  // Persistent contexts have no Browser object for newBrowserCDPSession, so a second
  // connection over a debugging port gives the browser-level session.
  const port = await freePort();
  const browser = await launchChromium({
    extensionDir: EXTENSION_DIR,
    args: ['--enable-unsafe-extension-debugging', `--remote-debugging-port=${port}`],
    ...opts,
  });
  let remote: PwBrowser | undefined;
  try {
    const { context } = browser;
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    remote = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const cdp = await remote.newBrowserCDPSession();
    return {
      ...browser,
      worker,
      id: new URL(worker.url()).host,
      cdp,
      async close() {
        await remote?.close().catch(() => undefined);
        await browser.close();
      },
    };
  } catch (err) {
    await remote?.close().catch(() => undefined);
    await browser.close();
    throw err;
  }
}

/** Points the extension at `server` as the Options page would after its checks. */
export async function setServer(s: ExtensionSession, server: string): Promise<void> {
  await s.worker.evaluate(async (server) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), server } });
  }, server);
}

/** An extension page (popup.html, share.html…) in a tab the size of the popup. */
export async function openExtensionPage(s: ExtensionSession, path: string): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize(POPUP_SIZE);
  await page.goto(`chrome-extension://${s.id}/${path}`);
  return page;
}

/** Grants activeTab on `page`'s tab the way a click on the toolbar button does. */
export async function grantActiveTab(s: ExtensionSession, page: Page): Promise<void> {
  const { targetInfos } = await s.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await s.cdp.send('Extensions.triggerAction', { id: s.id, targetId: tab.targetId });
}

/** A tiny site on 127.0.0.1 answering `html` at every path, or each path its own page. */
export async function servePage(
  html: string | Record<string, string>,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const body = typeof html === 'string' ? html : html[new URL(req.url!, 'http://x').pathname];
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not here');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export interface ExtensionEnv {
  s: ExtensionSession;
  server: TestServer;
  site: { url: string };
  close(): Promise<void>;
}

/** The real backend (PGlite), a site serving `html`, and Chromium with the extension set to it. */
export async function startExtensionEnv(
  html: string | Record<string, string>,
  opts: { locale?: string } = {},
): Promise<ExtensionEnv> {
  const server = await startServerOn(pglite);
  const site = await servePage(html);
  const s = await launchWithExtension(opts);
  await setServer(s, server.url);
  return {
    s,
    server,
    site,
    async close() {
      await s.close();
      await site.close();
      await server.close();
    },
  };
}
