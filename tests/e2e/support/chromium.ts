// Debian's Chromium driven by playwright-core (no browser downloads on these machines).
// Missing Chromium fails the run with the reason: end-to-end tests never skip silently.
import { existsSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { DEFAULT_PAGE_DIR } from '../../../backend/http/page-routes';
import type { StoryPage } from './story-page';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}, so the end-to-end tests cannot run. ` +
        `Install Debian's package (apt-get install -y chromium, as .ci/run does) or set CHROMIUM_PATH.`,
    );
  }
}

// Without these, Chromium keeps calling Google's hosts, which this closed network refuses.
const QUIET = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * A fresh persistent profile; with `extensionDir`, that unpacked extension loaded; with
 * `locale`, the browser's language (navigator.languages, Accept-Language) set to it.
 */
export async function launchChromium(
  opts: { extensionDir?: string; args?: string[]; locale?: string } = {},
): Promise<Browser> {
  assertChromium();
  const profile = mkdtempSync(join(tmpdir(), 'oncelink-chromium-'));
  const ext = opts.extensionDir ? resolve(opts.extensionDir) : undefined;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ...(opts.locale ? { locale: opts.locale } : {}),
    args: [
      ...QUIET,
      ...(ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : []),
      ...(opts.args ?? []),
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const SCREENSHOT_DIR = resolve('tests/artifacts/screenshots');

/** Saves a screenshot under tests/artifacts/screenshots/<name>.png for people to look at. */
export async function screenshot(page: Pick<StoryPage, 'screenshot'>, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The end-to-end tests go through the built web pages: fail with the fix if one is missing. */
export function assertPageBuilt(): void {
  const pages = ['recipient', 'respond'].map((p) => join(DEFAULT_PAGE_DIR, p, 'index.html'));
  if (!pages.every((p) => existsSync(p))) {
    throw new Error(
      `the web pages are not built (${DEFAULT_PAGE_DIR}): run npm run build:page (npm test does)`,
    );
  }
}
