// The built Firefox extension (.output/firefox-mv3) in Firefox ESR, and what a test needs to
// drive its real paths headless (docs/testing.md#firefox-over-webdriver-bidi):
// - extension pages opened as tabs by the browser itself (BiDi may not navigate to them);
// - the real context menu: a right click opens Firefox's own menu, whose item is activated
//   from the browser's chrome, which grants activeTab exactly as a person's click does;
// - the real shortcut: the <key> element Firefox made for the command, fired from the chrome.
// The background is an event page, not a worker; `chrome.*` calls run in an extension tab.
import { pglite } from '../../support/databases';
import { startServerOn, type TestServer } from '../../support/server';
import { POPUP_SIZE, servePage } from './extension';
import { EXTENSION_ORIGIN, launchFirefox, type Firefox } from './firefox';
import type { FirefoxPage } from './firefox-page';

export interface FirefoxExtension {
  ff: Firefox;
  /** An extension page kept open to call the extension's APIs from (its Options). */
  harness: FirefoxPage;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxExtension> {
  const ff = await launchFirefox({ extension: true });
  try {
    const harness = await ff.openTab(`${EXTENSION_ORIGIN}/options.html`);
    // Firefox lists a notification in getAll() only while it is on screen, and headless it
    // closes at once: the harness remembers every one that closed.
    await harness.evaluate(() => {
      const w = window as unknown as { __closedNotices: string[] };
      w.__closedNotices = [];
      chrome.notifications.onClosed.addListener((id) => void w.__closedNotices.push(id));
    });
    return { ff, harness };
  } catch (err) {
    await ff.close();
    throw err;
  }
}

/** Points the extension at `server` as the Options page would after its checks. */
export async function setServerIn(x: FirefoxExtension, server: string): Promise<void> {
  await x.harness.evaluate(async (server) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), server } });
  }, server);
}

/** An extension page (popup.html, share.html…) in a tab the size of the popup. */
export async function openExtensionTab(x: FirefoxExtension, path: string): Promise<FirefoxPage> {
  const page = await x.ff.openTab(`${EXTENSION_ORIGIN}/${path}`);
  await page.setViewportSize(POPUP_SIZE);
  return page;
}

export async function openFirefoxPopup(x: FirefoxExtension, tab = 'share') {
  const page = await openExtensionTab(x, `popup.html?tab=${tab}`);
  await page.getByTestId(`panel-${tab}`).waitFor();
  return page;
}

// In the chrome: waits for the content context menu to reach `state` ('open' or 'closed').
const MENU_STATE = `async (menu, state) => {
  for (let i = 0; i < 100 && menu.state !== state; i++) await new Promise((r) => setTimeout(r, 50));
  return menu.state === state;
}`;

/**
 * Right-clicks `selector` in `page` (a real mouse event: Firefox opens its context menu, with
 * the extension's items filled in for what is under the pointer), then activates the item
 * `menuId` of the extension as a click on it would. Tried again if the menu opened without
 * the item (a menu still closing from the last story takes the click).
 */
export async function chooseFromContextMenu(page: FirefoxPage, selector: string, menuId: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.chrome(`(async () => {
      const menu = document.getElementById('contentAreaContextMenu');
      if (menu.state !== 'closed') menu.hidePopup();
      await (${MENU_STATE})(menu, 'closed');
    })()`);
    const el = await page.resolve([{ css: selector }]);
    if (!el?.sharedId) throw new Error(`nothing at ${selector} to right-click`);
    await page.clickElement(el.sharedId, 2);
    const chosen = await page.chrome(`(async () => {
      const menu = document.getElementById('contentAreaContextMenu');
      if (!(await (${MENU_STATE})(menu, 'open'))) return false;
      const item = menu.querySelector('[id$="-menuitem-_${menuId}"]');
      if (!item || item.hidden) { menu.hidePopup(); return false; }
      menu.activateItem(item);
      return true;
    })()`);
    if (chosen) return;
  }
  throw new Error(`the context menu at ${selector} has no visible item ${menuId}`);
}

/** What the menu would show at `selector`: the extension's visible items' ids. */
export async function contextMenuItems(page: FirefoxPage, selector: string): Promise<string[]> {
  const el = await page.resolve([{ css: selector }]);
  await page.clickElement(el!.sharedId!, 2);
  return (await page.chrome(`(async () => {
    const menu = document.getElementById('contentAreaContextMenu');
    for (let i = 0; i < 100 && menu.state !== 'open'; i++) await new Promise((r) => setTimeout(r, 50));
    const ids = [...menu.querySelectorAll('[id*="-menuitem-_"]')].filter((i) => !i.hidden)
      .map((i) => i.id.replace(/^.*-menuitem-_/, ''));
    menu.hidePopup();
    return ids;
  })()`)) as string[];
}

/**
 * Presses the extension's keyboard shortcut (`modifiers`+`key`, as in the manifest): Firefox
 * binds it as a <key> in the browser window, whose command is what the keys would run (and
 * grants activeTab). Synthesised key events reach only the page, never that binding.
 */
export async function pressFirefoxShortcut(x: FirefoxExtension, key: string, modifiers: string) {
  const fired = await x.ff.chrome(`(() => {
    const k = [...document.querySelectorAll('keyset[id^="ext-keyset-id-"] > key')]
      .find((k) => k.getAttribute('key') === ${JSON.stringify(key)} &&
        k.getAttribute('modifiers') === ${JSON.stringify(modifiers)});
    if (!k) return false;
    k.doCommand();
    return true;
  })()`);
  if (!fired) throw new Error(`no shortcut ${modifiers}+${key} is bound`);
}

/** The ids of the notifications the extension has shown: on screen now, or closed since. */
export async function notificationsShown(x: FirefoxExtension): Promise<string[]> {
  return x.harness.evaluate(async () => [
    ...Object.keys(await chrome.notifications.getAll()),
    ...(window as unknown as { __closedNotices: string[] }).__closedNotices,
  ]);
}

export interface FirefoxExtensionEnv {
  x: FirefoxExtension;
  server: TestServer;
  site: { url: string };
  close(): Promise<void>;
}

/** The real backend (PGlite), a site serving `html`, and Firefox with the extension set to it. */
export async function startFirefoxExtensionEnv(
  html: string | Record<string, string>,
): Promise<FirefoxExtensionEnv> {
  const server = await startServerOn(pglite);
  const site = await servePage(html);
  const x = await launchFirefoxWithExtension();
  await setServerIn(x, server.url);
  return {
    x,
    server,
    site,
    async close() {
      await x.ff.close();
      await site.close();
      await server.close();
    },
  };
}
