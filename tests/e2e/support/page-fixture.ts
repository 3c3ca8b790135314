// The recipient page's suites: the real backend on PGlite serving the built page, one browser
// for the suite, and a fresh watched page per test at desktop size in light mode. After each test
// nothing may have gone wrong on any page it opened (watchPage: CSP, script errors, dialogs,
// requests leaving the origin).
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { pglite } from '../../support/databases';
import { useTestServer, type ServerFixture } from '../../support/fixtures';
import { assertPageBuilt, launchChromium, type Browser } from './chromium';
import { DESKTOP, watchPage } from './page-stories';

export interface RecipientPageFixture {
  srv: ServerFixture;
  context: BrowserContext;
  /** This test's page. */
  page: Page;
  /** Another page in the same browser, watched like the first (closed after the test). */
  newPage(): Promise<Page>;
}

export function useRecipientPage(
  opts: {
    /** Another browser than Chromium (any Playwright persistent context). */
    launch?: () => Promise<Browser>;
    /** Clipboard permissions for the page's origin (Chromium's permission names). */
    clipboard?: boolean;
    /** Told of each test's page before the test runs. */
    onPage?: (page: Page) => void;
  } = {},
): RecipientPageFixture {
  const srv = useTestServer(pglite);
  let browser: Browser | undefined;
  let problems: string[] = [];
  let pages: Page[] = [];
  const fx = { srv } as RecipientPageFixture;

  fx.newPage = async () => {
    const page = await fx.context.newPage();
    pages.push(page);
    await page.setViewportSize(DESKTOP);
    await page.emulateMedia({ colorScheme: 'light' });
    await watchPage(page, srv.url, problems);
    return page;
  };

  beforeAll(async () => {
    assertPageBuilt();
    browser = await (opts.launch ?? launchChromium)();
    fx.context = browser.context;
    if (opts.clipboard ?? true) {
      await fx.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: srv.url,
      });
    }
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    problems = [];
    pages = [];
    fx.page = await fx.newPage();
    opts.onPage?.(fx.page);
  });
  afterEach(async () => {
    for (const p of pages) await p.close();
    expect(problems).toEqual([]);
  });
  return fx;
}
