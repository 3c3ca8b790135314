// Steps of the extension's stories, named for what a person does. The test file reads as the
// stories; the mechanics (selectors, CDP, the service worker) live here. Steps on a view alone
// take a StoryPage and run in Firefox too (firefox-extension.ts has Firefox's own mechanics).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { parseLink } from '../../../shared/link';
import { openShare, unlockShare } from '../../../shared/protocol';
import { linkAccess } from '../../../shared/recipient';
import { textOf } from '../../../shared/secret-content';
import { createClient } from '../../support/server';
import { grantActiveTab, openExtensionPage, type ExtensionSession } from './extension';
import { openAndReveal } from './page-stories';
import type { StoryPage } from './story-page';

/** Selects the whole text of `selector` on the page, as a mouse drag would. */
export async function selectTextOnPage(page: StoryPage, selector: string): Promise<string> {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector)!;
    const range = document.createRange();
    range.selectNodeContents(el);
    const sel = getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    return sel.toString();
  }, selector);
}

/** Focuses a <textarea>/<input> and selects characters start..end of its value. */
export async function selectInField(page: StoryPage, selector: string, start: number, end: number) {
  return page.evaluate(
    ({ selector, start, end }) => {
      const el = document.querySelector(selector) as HTMLTextAreaElement;
      el.focus();
      el.setSelectionRange(start, end);
      return el.value.slice(start, end);
    },
    { selector, start, end },
  );
}

/**
 * Fires the real registered context-menu listener as a right-click → "Share securely" would,
 * with what Chromium passes: `selectionText` with whitespace collapsed (which is why the
 * extension reads the page instead). Resolves with the share window once its form shows.
 */
export async function clickShareSecurely(s: ExtensionSession, page: Page, selected: string) {
  const opened = s.context.waitForEvent('page');
  const selectionText = selected.replace(/\s+/g, ' ').trim();
  await s.worker.evaluate(
    async ({ url, selectionText }) => {
      const [tab] = await chrome.tabs.query({ url });
      const info = { menuItemId: 'share-selection', selectionText, frameId: 0, pageUrl: url };
      const onClicked = chrome.contextMenus.onClicked as unknown as {
        dispatch(...a: unknown[]): void;
      };
      onClicked.dispatch({ ...info, editable: false }, tab);
    },
    { url: page.url(), selectionText },
  );
  const win = await opened;
  await win.setViewportSize({ width: 420, height: 680 });
  await win.getByTestId('share-window').waitFor();
  return win;
}

/** The whole gesture: the click grants activeTab (CDP stands in for it), then the menu item. */
export async function shareSelectionViaMenu(s: ExtensionSession, page: Page, selected: string) {
  await grantActiveTab(s, page);
  return clickShareSecurely(s, page, selected);
}

/**
 * Alt+Shift+S: keyboard shortcuts never fire from page.keyboard headless, so the real
 * registered onCommand listener is fired with the active tab, after the activeTab grant a
 * shortcut gives.
 */
export async function pressShareShortcut(s: ExtensionSession, page: Page): Promise<Page> {
  await grantActiveTab(s, page);
  const opened = s.context.waitForEvent('page');
  await s.worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    const onCommand = chrome.commands.onCommand as unknown as { dispatch(...a: unknown[]): void };
    onCommand.dispatch('share-selection', tab);
  }, page.url());
  const win = await opened;
  await win.setViewportSize({ width: 420, height: 680 });
  await win.getByTestId('share-window').waitFor();
  return win;
}

/** Clicks Create and waits for the result. */
export async function createShareIn(view: StoryPage): Promise<void> {
  await view.getByTestId('share-create').click();
  await view.getByTestId('share-result').waitFor({ timeout: 20_000 });
}

export async function readLinkAndPassphrase(view: StoryPage) {
  return {
    link: (await view.getByTestId('result-link').textContent())!.trim(),
    passphrase: (await view.getByTestId('result-passphrase').textContent())!.trim(),
  };
}

const PAGE_BUILT = existsSync(resolve('dist/page/recipient/index.html'));

/**
 * What the recipient sees: the link opened in a new page, the passphrase typed, the secret
 * revealed. Through the real recipient page when it is built; otherwise through shared/ the
 * way that page does it (peek, unlock, reveal, open).
 */
export async function openLinkAndReveal(
  s: ExtensionSession,
  link: string,
  passphrase: string,
): Promise<{ value: string; kindLabel: string | null; via: 'page' | 'protocol' }> {
  if (PAGE_BUILT) {
    const page = await s.context.newPage();
    try {
      return { ...(await openAndReveal(page, link, passphrase)), via: 'page' };
    } finally {
      await page.close();
    }
  }
  const parts = parseLink(link);
  const api = createClient(parts.publicUrl);
  const access = await linkAccess(parts);
  const peek = await api.secret.peek.query(access);
  if (peek.state !== 'pending') throw new Error(`secret is ${peek.state}`);
  const keys = await unlockShare({ ...parts, passphrase, salt: peek.salt, kdf: peek.kdf });
  const sealed = await api.secret.reveal.mutate({ ...access, authKey: keys.authKey });
  const value = textOf(await openShare({ id: parts.id, encKey: keys.encKey, ...sealed }));
  return { value, kindLabel: null, via: 'protocol' };
}

export async function openPopup(s: ExtensionSession, tab = 'share'): Promise<Page> {
  const page = await openExtensionPage(s, `popup.html?tab=${tab}`);
  await page.getByTestId(`panel-${tab}`).waitFor();
  return page;
}

/** The Sent list's state badge of one share, once it reads `state`. */
export async function waitForSentState(popup: StoryPage, id: string, state: string) {
  const badge = popup.locator(`[data-share-id="${id}"] [data-testid="sent-state"]`);
  await badge.filter({ hasText: state }).waitFor({ timeout: 20_000 });
}

export async function revokeShare(popup: StoryPage, id: string): Promise<void> {
  const item = popup.locator(`[data-share-id="${id}"]`);
  await item.getByTestId('sent-revoke').click();
  await item.getByTestId('sent-revoke-confirm').click();
}

export function idOf(link: string): string {
  return parseLink(link).id;
}

/** Waits until the field with `testid` holds exactly `value` (views fill fields after a render). */
export async function waitForFieldValue(page: StoryPage, testid: string, value: string) {
  await page.waitForFunction(
    ({ testid, value }) =>
      (document.querySelector(`[data-testid="${testid}"]`) as HTMLTextAreaElement | null)?.value ===
      value,
    { testid, value },
  );
}
