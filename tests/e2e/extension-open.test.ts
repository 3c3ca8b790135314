// Opening a share link inside the BUILT extension, in Chromium, against the real backend: from
// the popup's Open tab and from the "Open with oncelink" link menu (its real registered
// listener fired from the service worker, as extension.test.ts does for Share securely). The
// reveal runs in the extension's open window with the recipient page's own components: exact
// text, a second open unavailable, a typo that spends nothing, and nothing loaded from the
// server but its API. The window's stories are support/open-stories.ts, shared with Firefox.
// Screenshots: tests/artifacts/screenshots/ext-open-*.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shareSecret } from '../support/shares';
import { screenshot } from './support/chromium';
import { startExtensionEnv, type ExtensionEnv } from './support/extension';
import { openPopup } from './support/extension-stories';
import { windowStories } from './support/open-stories';
import { DEFAULT_KDF, MULTILINE, openLinkAndWait } from './support/page-stories';

describe('extension: open a link inside the extension (built, in Chromium)', () => {
  let env: ExtensionEnv;
  const stories = windowStories(() => env.server.url, 'ext-open');

  beforeAll(async () => {
    env = await startExtensionEnv('<!doctype html><p>nothing here</p>');
  });
  afterAll(() => env?.close());

  /** Every request of the open window: only the server's API, never its page or scripts. */
  function recordRequests(win: Page): string[] {
    const seen: string[] = [];
    win.on('request', (r) => seen.push(r.url()));
    return seen;
  }

  /** Paste → Open in the popup; the open window once it has said what it found. */
  async function openFromPopup(link: string, shot?: string): Promise<{ win: Page; state: string }> {
    const popup = await openPopup(env.s, 'open');
    await popup.getByTestId('open-link').fill(link);
    if (shot) await screenshot(popup, shot);
    const opened = env.s.context.waitForEvent('page');
    await popup.getByTestId('open-submit').click();
    const win = await opened;
    await popup.getByTestId('open-opened').waitFor();
    await popup.close();
    return { win, state: await openLinkAndWait(win) };
  }

  it('reveals a pasted link in the extension: exactly, once, with nothing from the server but its API', async () => {
    const share = await shareSecret(env.server.url, MULTILINE, { kdf: DEFAULT_KDF });
    const { win, state } = await openFromPopup(share.link, 'ext-popup-open');
    const requests = recordRequests(win);
    expect(state).toBe('state-ready');
    expect(new URL(win.url()).protocol).toBe('chrome-extension:');
    expect(win.url()).not.toContain('#');
    await stories.reveal(win, share, MULTILINE);
    await win.getByTestId('copy').click();
    await expect.poll(() => win.getByTestId('copy-status').textContent()).toContain('Copied');
    for (const url of requests) {
      expect(url.startsWith(`${env.server.url}/trpc/`) || url.startsWith('chrome-extension:')).toBe(
        true,
      );
    }
    await win.close();

    const again = await openFromPopup(share.link);
    expect(again.state).toBe('state-unavailable');
    await screenshot(again.win, 'ext-open-unavailable');
    await again.win.close();

    // The page the server serves says when to prefer this.
    const html = await (await fetch(share.link.split('#')[0]!)).text();
    expect(html).toContain('data-testid="prefer-extension"');
  });

  it('opens a link from the link menu handler; a typo spends nothing', async () => {
    const share = await shareSecret(env.server.url, 'one shot\n  exactly', { maxAttempts: 1 });
    const opened = env.s.context.waitForEvent('page');
    await env.s.worker.evaluate((linkUrl) => {
      const onClicked = chrome.contextMenus.onClicked as unknown as {
        dispatch(...a: unknown[]): void;
      };
      onClicked.dispatch({ menuItemId: 'open-link', linkUrl, editable: false, pageUrl: linkUrl });
    }, share.link);
    const win = await opened;
    await stories.typo(win, share, 'one shot\n  exactly');
    await win.close();
  });

  it('refuses what is not a share link, and a link menu click on another server opens nothing', async () => {
    const popup = await openPopup(env.s, 'open');
    await popup.getByTestId('open-link').fill('https://example.com/not-a-share');
    await popup.getByTestId('open-submit').click();
    await popup.getByTestId('open-error').waitFor();
    await screenshot(popup, 'ext-popup-open-invalid');
    await popup.close();

    // The item exists for this server's links (an invalid pattern would have failed to make it).
    await env.s.worker.evaluate(() =>
      chrome.contextMenus.update('open-link', { title: 'Open with oncelink' }),
    );

    const share = await shareSecret(env.server.url, 'elsewhere');
    const foreign = share.link.replace('127.0.0.1', 'localhost');
    const pages = env.s.context.pages().length;
    await env.s.worker.evaluate((linkUrl) => {
      const onClicked = chrome.contextMenus.onClicked as unknown as {
        dispatch(...a: unknown[]): void;
      };
      onClicked.dispatch({ menuItemId: 'open-link', linkUrl, editable: false, pageUrl: linkUrl });
    }, foreign);
    await new Promise((r) => setTimeout(r, 1500));
    expect(env.s.context.pages().length).toBe(pages);
  });
});
