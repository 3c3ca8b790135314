// "Share securely" on selected text: the context-menu item and the keyboard command both end
// here. The selection is read from the page, stashed in memory and the share window opened
// with only the stash's id in its URL.
import { browser, type Browser } from 'wxt/browser';
import { fallbackIsLossy, readSelection, type SelectionRead } from './read-selection';
import { linkPatterns, OPEN_MENU_ID } from './open-link';
import { stashSelection } from './selection-stash';
import { loadSettings } from './settings';
import { currentWords } from './words';

export const MENU_ID = 'share-selection';
export const COMMAND = 'share-selection';

/** The share window: a popup window, which (unlike the toolbar popup) survives losing focus. */
export const SHARE_WINDOW = { width: 420, height: 680 } as const;

/**
 * (Re)creates the menu items; removeAll first so a second call cannot fail on a duplicate id.
 * Called again when the server changes ("Open with oncelink" shows on that server's links only)
 * and when the language does (the titles are in the extension's language).
 */
export function registerMenu(): Promise<void> {
  // One at a time: two overlapping runs (a server and a language change) would each removeAll
  // and then both create, and the second create of an id fails.
  const run = menus.then(createMenus);
  menus = run.catch(() => undefined);
  return run;
}
let menus: Promise<unknown> = Promise.resolve();

async function createMenus(): Promise<void> {
  const t = await currentWords();
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: t('menu.share'),
    contexts: ['selection'],
  });
  browser.contextMenus.create({
    id: OPEN_MENU_ID,
    title: t('menu.open'),
    contexts: ['link'],
    targetUrlPatterns: linkPatterns((await loadSettings()).server),
  });
}

export async function openShareWindow(selection: SelectionRead | null): Promise<void> {
  const query = selection ? `?req=${encodeURIComponent(await stashSelection(selection))}` : '';
  await browser.windows.create({
    type: 'popup',
    url: browser.runtime.getURL(`/share.html${query}`),
    ...SHARE_WINDOW,
  });
}

/** The context menu's click: read exactly what was selected in the clicked frame. */
export async function onMenuClicked(
  info: Browser.contextMenus.OnClickData,
  tab?: Browser.tabs.Tab,
): Promise<void> {
  if (info.menuItemId !== MENU_ID) return;
  const selection =
    tab?.id !== undefined
      ? await readSelection(tab.id, info.frameId ?? 0, info.selectionText)
      : { text: info.selectionText ?? '', lossy: fallbackIsLossy(info.selectionText ?? '') };
  await openShareWindow(selection);
}

/** The keyboard shortcut: no menu data, so look in every frame of the active tab. */
export async function onCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  if (command !== COMMAND) return;
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const selection =
    target?.id !== undefined ? await readSelection(target.id, undefined, undefined) : null;
  // Nothing readable (e.g. a browser page): the window opens empty and asks for a paste.
  await openShareWindow(selection?.text ? selection : { text: '', lossy: false });
}
