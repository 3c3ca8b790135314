// The recipient page's suites in Firefox, as page-fixture.ts sets them up in Chromium: the real
// backend on PGlite serving the built page, one Firefox for the file, a fresh watched tab per
// test at desktop size in light mode; after each test nothing may have gone wrong on it.
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { pglite } from '../../support/databases';
import { useTestServer, type ServerFixture } from '../../support/fixtures';
import { assertPageBuilt } from './chromium';
import { launchFirefox, type Firefox } from './firefox';
import type { FirefoxPage } from './firefox-page';
import { watchFirefox, type FirefoxWatch } from './firefox-watch';
import { DESKTOP } from './page-stories';

export interface FirefoxPageFixture {
  srv: ServerFixture;
  ff: Firefox;
  /** This test's tab. */
  page: FirefoxPage;
  /** Another tab, watched like the first (closed after the test). */
  newPage(): Promise<FirefoxPage>;
}

export function useFirefoxRecipientPage(): FirefoxPageFixture {
  const srv = useTestServer(pglite);
  let watch: FirefoxWatch;
  let pages: FirefoxPage[] = [];
  const fx = { srv } as FirefoxPageFixture;

  fx.newPage = async () => {
    const page = await fx.ff.newPage();
    pages.push(page);
    await page.setViewportSize(DESKTOP);
    return page;
  };

  beforeAll(async () => {
    assertPageBuilt();
    fx.ff = await launchFirefox();
    watch = await watchFirefox(fx.ff, srv.url);
  });
  afterAll(async () => {
    watch?.stop();
    await fx.ff?.close();
  });
  beforeEach(async () => {
    pages = [];
    await watch.take([]);
    fx.page = await fx.newPage();
    await fx.page.emulateMedia({ colorScheme: 'light' });
  });
  afterEach(async () => {
    const problems = await watch.take(pages);
    for (const p of pages) await p.close();
    expect(problems).toEqual([]);
  });
  return fx;
}
