// "Open a link" (the popup) and "Open with oncelink" (the context menu on a link to the
// configured server): the share link is checked, handed to the open window through the
// memory-only stash (its fragment is the key), and the window runs the whole reveal in
// extension code (ui/OpenWindow.tsx), so no code the server sends ever sees the secret.
import { browser, type Browser } from 'wxt/browser';
import { ProtocolError } from '../../shared/errors';
import { parseLink } from '../../shared/link';
import { stashLink } from './selection-stash';
import { loadSettings } from './settings';

export const OPEN_MENU_ID = 'open-link';
export const OPEN_WINDOW = { width: 520, height: 720 } as const;

/**
 * Where the menu item shows: share links of the configured server. Firefox's match patterns
 * take no port (they match any), Chromium's do; the click handler checks the origin itself.
 */
export function linkPatterns(server: string, firefox = import.meta.env.FIREFOX): string[] {
  const url = new URL(server);
  const path = `${url.pathname.replace(/\/+$/, '')}/s/*`;
  const host = firefox ? url.hostname : url.host;
  return [`${url.protocol}//${host}${path}`];
}

/** Checks `link` (throws BAD_LINK with the reason) and opens the window that reveals it. */
export async function openLinkWindow(link: string): Promise<void> {
  parseLink(link.trim());
  const id = await stashLink(link.trim());
  await openWindow('req', id);
}

/** Opens the window that reads the answer to request `id` once (ui/AnswerWindow.tsx). */
export async function openAnswerWindow(id: string): Promise<void> {
  await openWindow('answer', id);
}

/** The open window, told what to open by one query parameter: `req` (a stash id) or `answer`. */
async function openWindow(param: 'req' | 'answer', value: string): Promise<void> {
  await browser.windows.create({
    type: 'popup',
    url: browser.runtime.getURL(`/open.html?${param}=${encodeURIComponent(value)}`),
    ...OPEN_WINDOW,
  });
}

/** The menu's click: only a link to the configured server's /s/ opens (the menu shows no other). */
export async function onOpenMenuClicked(info: Browser.contextMenus.OnClickData): Promise<void> {
  if (info.menuItemId !== OPEN_MENU_ID || !info.linkUrl) return;
  const { server } = await loadSettings();
  const parts = parseLink(info.linkUrl);
  if (parts.publicUrl !== server.replace(/\/+$/, '')) {
    throw new ProtocolError('BAD_LINK', `not a link of ${server}`);
  }
  await openLinkWindow(info.linkUrl);
}
