// Opening a share link inside the built Firefox extension, in Firefox ESR over WebDriver BiDi,
// against the real backend: pasted in the popup's Open tab, and from Firefox's real context
// menu on a link (Open with oncelink shows on the configured server's share links only). The
// reveal runs in the extension's window with the recipient page's own components and its
// Argon2id worker: exact text, a second open unavailable, a typo that spends nothing (the
// window's stories, shared with Chromium: support/open-stories.ts).
// Screenshots: tests/artifacts/screenshots/ff-ext-open-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shareSecret } from '../support/shares';
import { screenshot } from './support/chromium';
import { EXTENSION_ORIGIN } from './support/firefox';
import {
  chooseFromContextMenu,
  contextMenuItems,
  openFirefoxPopup,
  startFirefoxExtensionEnv,
  type FirefoxExtensionEnv,
} from './support/firefox-extension';
import type { FirefoxPage } from './support/firefox-page';
import { windowStories } from './support/open-stories';
import { DEFAULT_KDF, MULTILINE, openLinkAndWait } from './support/page-stories';

describe(
  'extension in Firefox: open a link inside the extension',
  { timeout: 120_000, retry: 1 },
  () => {
    let env: FirefoxExtensionEnv;
    const stories = windowStories(() => env.server.url, 'ff-ext-open');
    const site: Record<string, string> = {};

    beforeAll(async () => {
      env = await startFirefoxExtensionEnv(site);
    });
    afterAll(() => env?.close());

    const openWindow = (action: () => Promise<unknown>) =>
      env.x.ff.pageOpenedBy(action, `${EXTENSION_ORIGIN}/open.html`);

    async function openFromPopup(link: string, shot?: string) {
      const popup = await openFirefoxPopup(env.x, 'open');
      await popup.getByTestId('open-link').fill(link);
      if (shot) await screenshot(popup, shot);
      const win = await openWindow(() => popup.getByTestId('open-submit').click());
      await popup.close();
      return { win, state: await openLinkAndWait(win) };
    }

    /** A page of the site with links to `links`, visited in a new tab. */
    async function pageWithLinks(links: Record<string, string>): Promise<FirefoxPage> {
      site['/links'] = `<!doctype html><ul>${Object.entries(links)
        .map(([id, href]) => `<li><a id="${id}" href="${href}">${id}</a></li>`)
        .join('')}</ul>`;
      const page = await env.x.ff.newPage();
      await page.goto(`${env.site.url}links`);
      return page;
    }

    it('reveals a pasted link in the extension, exactly, and a second open is unavailable', async () => {
      const share = await shareSecret(env.server.url, MULTILINE, { kdf: DEFAULT_KDF });
      const { win, state } = await openFromPopup(share.link, 'ff-ext-popup-open');
      expect(state).toBe('state-ready');
      expect(await win.url()).toMatch(/^moz-extension:\/\/[^#]+$/);
      await stories.reveal(win, share, MULTILINE);
      await win.close();

      const again = await openFromPopup(share.link);
      expect(again.state).toBe('state-unavailable');
      await screenshot(again.win, 'ff-ext-open-unavailable');
      await again.win.close();
    });

    it('offers Open with oncelink on the server’s share links only, and a typo spends nothing', async () => {
      const share = await shareSecret(env.server.url, 'one shot\n  exactly', { maxAttempts: 1 });
      const page = await pageWithLinks({
        share: share.link,
        other: share.link.replace('127.0.0.1', 'localhost'),
        plain: `${env.server.url}/healthz`,
      });
      expect(await contextMenuItems(page, '#share')).toContain('open-link');
      expect(await contextMenuItems(page, '#other')).not.toContain('open-link');
      expect(await contextMenuItems(page, '#plain')).not.toContain('open-link');

      const win = await openWindow(() => chooseFromContextMenu(page, '#share', 'open-link'));
      await stories.typo(win, share, 'one shot\n  exactly');
      await win.close();
      await page.close();
    });
  },
);
