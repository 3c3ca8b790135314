// The three stories a person can do without a mouse, end to end with the built extension, the
// real backend and its pages in Chromium: share from the popup and reveal on the page; ask for a
// secret in the popup, answer it on the request page and read it. Only Tab, Shift+Tab, Enter,
// Space and typing; after each step focus is where the change is, and what a sighted person sees
// change is said in a status region (the test reads the region's text, as a screen reader would).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { assertPageBuilt } from './support/chromium';
import { startExtensionEnv, type ExtensionEnv } from './support/extension';
import {
  openPopup,
  readLinkAndPassphrase,
  waitForSentState,
  idOf,
} from './support/extension-stories';
import { focusedTestId, tabTo } from './support/page-stories';

const SECRET = 'typed, never clicked\nsecond line';

describe('keyboard only, end to end', { timeout: 120_000 }, () => {
  let env: ExtensionEnv;

  beforeAll(async () => {
    assertPageBuilt();
    env = await startExtensionEnv('<!doctype html><title>site</title><p>hello</p>');
    await env.s.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: env.server.url,
    });
  });
  afterAll(() => env?.close());

  const text = (page: Page, testid: string) => page.getByTestId(testid).textContent();

  /** Holds the page's next call to `procedure` until the returned function is called. */
  async function hold(page: Page, procedure: string) {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(`**/trpc/${procedure}**`, async (route) => {
      await held;
      await route.continue();
    });
    return release;
  }

  /** The background polls; each popup opened asks for a round, so reopen until it is answered. */
  async function popupOnceAnswered(): Promise<Page> {
    for (let i = 0; i < 20; i++) {
      const popup = await openPopup(env.s, 'request');
      const badge = popup.getByTestId('request-state').filter({ hasText: 'answered' });
      if (
        await badge.waitFor({ timeout: 3000 }).then(
          () => true,
          () => false,
        )
      )
        return popup;
      await popup.close();
    }
    throw new Error('the request was never answered');
  }

  it('shares from the popup, and the page reveals it', async () => {
    const popup = await openPopup(env.s, 'share');
    await expect.poll(() => focusedTestId(popup)).toBe('share-secret');
    await popup.keyboard.type(SECRET);
    await tabTo(popup, 'share-create');
    await popup.keyboard.press('Enter');
    await popup.getByTestId('share-result').waitFor({ timeout: 20_000 });
    await expect.poll(() => focusedTestId(popup)).toBe('result-title');
    expect(await text(popup, 'share-status')).toContain('Link ready');
    await popup.keyboard.press('Tab');
    expect(await focusedTestId(popup)).toBe('copy-link');
    await popup.keyboard.press('Enter');
    await expect.poll(() => text(popup, 'copy-link-status')).toBe('Copied to the clipboard.');
    await expectNoAxeViolations(popup, 'keyboard-popup-share-copied');
    const { link, passphrase } = await readLinkAndPassphrase(popup);

    const page = await env.s.context.newPage();
    await page.goto(link);
    await page.getByTestId('state-ready').waitFor();
    await expect.poll(() => focusedTestId(page)).toBe('passphrase');
    await page.keyboard.type(passphrase);
    const release = await hold(page, 'secret.reveal');
    await page.keyboard.press('Enter');
    // Argon2id runs first: seconds on a busy machine, past expect.poll's default 5 s.
    await expect
      .poll(() => page.locator('[data-testid="progress"] [role="status"]').textContent(), {
        timeout: 30_000,
      })
      .toBe('Fetching the encrypted secret');
    release();
    await page.getByTestId('state-revealed').waitFor();
    await expect.poll(() => focusedTestId(page)).toBe('secret-value');
    expect(await page.getByTestId('secret-value').inputValue()).toBe(SECRET);
    await page.keyboard.press('Tab');
    expect(await focusedTestId(page)).toBe('copy');
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, 'copy-status')).toBe('Copied to the clipboard.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await page.getByTestId('secret-value').count()).toBe(0);
    await expectNoAxeViolations(page, 'keyboard-page-hidden');
    await page.close();

    // Done returns to an empty form, focus on the secret; the Sent tab is a few Shift+Tabs up.
    await tabTo(popup, 'result-done');
    await popup.keyboard.press('Enter');
    await expect.poll(() => focusedTestId(popup)).toBe('share-secret');
    expect(await text(popup, 'share-status')).toBe('');
    await tabTo(popup, 'tab-sent', { back: true });
    await popup.keyboard.press('Enter');
    await popup.getByTestId('panel-sent').waitFor();
    await waitForSentState(popup, idOf(link), 'viewed');
    await expectNoAxeViolations(popup, 'keyboard-popup-sent');
    await popup.close();
  });

  it('asks in the popup, answers on the request page, and reads the answer', async () => {
    const popup = await openPopup(env.s, 'share');
    await tabTo(popup, 'tab-request', { back: true });
    await popup.keyboard.press('Enter');
    await popup.getByTestId('panel-request').waitFor();
    await tabTo(popup, 'request-note');
    await popup.keyboard.type('The VPN password, please');
    await tabTo(popup, 'request-create');
    await popup.keyboard.press('Enter');
    await popup.getByTestId('request-result').waitFor();
    await expect.poll(() => focusedTestId(popup)).toBe('request-result-title');
    expect(await text(popup, 'request-status')).toContain('Request link ready');
    await expectNoAxeViolations(popup, 'keyboard-popup-request-made');
    const link = (await text(popup, 'request-link'))!.trim();
    await tabTo(popup, 'request-done');
    await popup.keyboard.press('Enter');
    await expect.poll(() => focusedTestId(popup)).toBe('request-note');
    await popup.close();

    const page = await env.s.context.newPage();
    await page.goto(link);
    await page.getByTestId('state-open').waitFor();
    await expect.poll(() => focusedTestId(page)).toBe('answer');
    await page.keyboard.type(SECRET);
    await tabTo(page, 'send');
    const release = await hold(page, 'request.answer');
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, 'send-status')).toBe('Encrypting and sending your answer…');
    release();
    await page.getByTestId('state-sent').waitFor();
    await expect.poll(() => focusedTestId(page)).toBe('state-sent-title');
    await expectNoAxeViolations(page, 'keyboard-respond-sent');
    await page.close();

    // Read opens the answer in the extension's open window; focus lands on the answer there.
    const answered = await popupOnceAnswered();
    await tabTo(answered, 'request-read');
    const opened = env.s.context.waitForEvent('page');
    await answered.keyboard.press('Enter');
    const win = await opened;
    await win.getByTestId('state-revealed').waitFor();
    await expect.poll(() => focusedTestId(win)).toBe('secret-value');
    expect(await win.getByTestId('secret-value').inputValue()).toBe(SECRET);
    await win.keyboard.press('Tab');
    expect(await focusedTestId(win)).toBe('copy');
    await win.keyboard.press('Enter');
    await expect.poll(() => text(win, 'copy-status')).toBe('Copied to the clipboard.');
    await expectNoAxeViolations(win, 'keyboard-open-answer');
    await win.close();
    await answered.close();
  });
});
