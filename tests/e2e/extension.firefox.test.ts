// The built Firefox extension (.output/firefox-mv3) in Debian's Firefox ESR against the real
// backend, one browser for the file: the popup's share revealed in Firefox's recipient page, the
// real context menu on a multi-line selection in a page, in a textarea and in a cross-origin
// frame (where Firefox's selectionText, unlike Chromium's, is exact), the shortcut, Sent with a
// notification after the reveal, Options refusing an unreachable server, and secret requests.
// Argon2id runs as WASM in the event page for every share here. Screenshots: ff-ext-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/chromium';
import {
  createShareIn,
  idOf,
  readLinkAndPassphrase,
  selectInField,
  selectTextOnPage,
  waitForFieldValue,
  waitForSentState,
} from './support/extension-stories';
import { EXTENSION_ORIGIN } from './support/firefox';
import {
  chooseFromContextMenu,
  notificationsShown,
  openExtensionTab,
  openFirefoxPopup,
  pressFirefoxShortcut,
  startFirefoxExtensionEnv,
  type FirefoxExtensionEnv,
} from './support/firefox-extension';
import type { FirefoxPage } from './support/firefox-page';
import { openAndReveal, readSecret } from './support/page-stories';

const PRE_TEXT = 'ssh-ed25519 AAAAC3Nza line one\n    indented   line two\twith tab\n\nline four';
const AREA_TEXT = 'user: deploy\npassword: hunter2  \n  second line';
const FRAME_TEXT = 'from a frame\n   kept   exactly\tin Firefox\n';
const ANSWER = 'line one ✓\n  line two, indented\tand tabbed\nпароль: 🔑\n';

describe(
  'extension in Firefox (built, over WebDriver BiDi)',
  { timeout: 120_000, retry: 1 },
  () => {
    let env: FirefoxExtensionEnv;
    const links: Record<string, string> = {};

    beforeAll(async () => {
      // The frame comes from another origin (localhost, not 127.0.0.1): activeTab cannot reach it.
      const site = (port: string) => ({
        '/': `<!doctype html><html><head><title>A page</title></head><body>
<h1>Notes</h1><pre id="pre">${PRE_TEXT}</pre>
<textarea id="area" rows="4">before\n${AREA_TEXT}\nafter</textarea>
<iframe id="frame" src="http://localhost:${port}/frame" width="400" height="120"></iframe>
</body></html>`,
        '/frame': `<!doctype html><pre id="fpre">${FRAME_TEXT}</pre>`,
      });
      // The site's port is known only once it listens: serve a placeholder, then the real pages.
      const pages: Record<string, string> = {};
      env = await startFirefoxExtensionEnv(pages);
      Object.assign(pages, site(new URL(env.site.url).port));
    });
    afterAll(() => env?.close());

    async function visitSite(): Promise<FirefoxPage> {
      const page = await env.x.ff.newPage();
      await page.goto(env.site.url);
      return page;
    }
    const shareWindow = (action: () => Promise<unknown>) =>
      env.x.ff.pageOpenedBy(action, `${EXTENSION_ORIGIN}/share.html`);
    async function revealInFirefox(link: string, passphrase: string): Promise<string> {
      const page = await env.x.ff.newPage();
      try {
        return (await openAndReveal(page, link, passphrase)).value;
      } finally {
        await page.close();
      }
    }

    it('shares from the popup, and Firefox’s recipient page reveals exactly that', async () => {
      const popup = await openFirefoxPopup(env.x, 'share');
      await screenshot(popup, 'ff-ext-popup-share-empty');
      const text = 'wifi: correct horse\n  guest: battery staple\t✓';
      await popup.getByTestId('share-secret').fill(text);
      await popup.getByTestId('share-label').fill('Wi-Fi');
      await createShareIn(popup); // Argon2id (64 MiB) in the event page, as WASM.
      await screenshot(popup, 'ff-ext-popup-share-result');
      const { link, passphrase } = await readLinkAndPassphrase(popup);
      expect(link.startsWith(`${env.server.url}/s/`)).toBe(true);
      expect(await revealInFirefox(link, passphrase)).toBe(text);
      await popup.close();
    });

    it('shares a multi-line selection on a page from the real context menu, exactly', async () => {
      const page = await visitSite();
      expect(await selectTextOnPage(page, '#pre')).toBe(PRE_TEXT);
      const win = await shareWindow(() => chooseFromContextMenu(page, '#pre', 'share-selection'));
      try {
        await win.getByTestId('share-window').waitFor();
        expect(await win.getByTestId('share-secret').inputValue()).toBe(PRE_TEXT);
        expect(await win.getByTestId('share-note').count()).toBe(0);
        await screenshot(win, 'ff-ext-share-window-prefilled');
        await createShareIn(win);
        await screenshot(win, 'ff-ext-share-window-result');
        const { link, passphrase } = await readLinkAndPassphrase(win);
        links.pre = link;
        expect(await revealInFirefox(link, passphrase)).toBe(PRE_TEXT);
      } finally {
        // A window left open holds the chrome the next story's context menu is looked for in.
        await win.close();
        await page.close();
      }
    });

    it('shares a multi-line selection inside a textarea exactly', async () => {
      const page = await visitSite();
      const start = 'before\n'.length;
      expect(await selectInField(page, '#area', start, start + AREA_TEXT.length)).toBe(AREA_TEXT);
      const win = await shareWindow(() => chooseFromContextMenu(page, '#area', 'share-selection'));
      try {
        await waitForFieldValue(win, 'share-secret', AREA_TEXT);
        await createShareIn(win);
        const { link, passphrase } = await readLinkAndPassphrase(win);
        expect(await revealInFirefox(link, passphrase)).toBe(AREA_TEXT);
      } finally {
        // A failed try must not leave its window to the next story (or to its own retry).
        await win.close();
        await page.close();
      }
    });

    it('shares the selection with the keyboard shortcut (Alt+Shift+S)', async () => {
      const page = await visitSite();
      const selected = await selectTextOnPage(page, '#pre');
      const win = await shareWindow(() => pressFirefoxShortcut(env.x, 'S', 'alt,shift'));
      await waitForFieldValue(win, 'share-secret', selected);
      expect(await win.getByTestId('share-note').count()).toBe(0);
      await win.close();
      await page.close();
    });

    it('takes Firefox’s selectionText as exact where the page cannot be read (a cross-origin frame)', async () => {
      const page = await visitSite();
      const [frame] = await page.frames();
      await frame!.waitForSelector('#fpre');
      expect(await selectTextOnPage(frame!, '#fpre')).toBe(FRAME_TEXT);
      const win = await shareWindow(() =>
        chooseFromContextMenu(frame!, '#fpre', 'share-selection'),
      );
      await waitForFieldValue(win, 'share-secret', FRAME_TEXT);
      // Chromium would collapse the whitespace and say so; Firefox keeps it, so no warning.
      expect(await win.getByTestId('share-note').count()).toBe(0);
      await screenshot(win, 'ff-ext-share-window-frame');
      await win.close();
      await page.close();
    });

    it('shows the revealed share as viewed in Sent, with a notification', async () => {
      const popup = await openFirefoxPopup(env.x, 'sent');
      const id = idOf(links.pre!);
      await waitForSentState(popup, id, 'viewed');
      await screenshot(popup, 'ff-ext-popup-sent');
      expect(await notificationsShown(env.x)).toContain(`viewed:${id}:1`);
      await popup.close();
    });

    it('refuses an unreachable server in Options and keeps the old one', async () => {
      const popup = await openFirefoxPopup(env.x, 'options');
      await popup.getByTestId('options-server').fill('http://127.0.0.1:9');
      await popup.getByTestId('options-save').click();
      await popup.getByTestId('options-error').waitFor();
      expect(await popup.getByTestId('options-error').textContent()).toContain('Could not reach');
      await screenshot(popup, 'ff-ext-popup-options-unreachable');
      const stored = await popup.evaluate(() => chrome.storage.local.get('settings'));
      expect((stored.settings as { server: string }).server).toBe(env.server.url);
      await popup.close();
    });

    it('requests a secret, answered in Firefox’s request page, read once in the extension', async () => {
      const popup = await openFirefoxPopup(env.x, 'request');
      await popup.getByTestId('request-note').fill('The staging DB password, please');
      await popup.getByTestId('request-create').click();
      const link = (await popup.getByTestId('request-link').textContent())!;
      const id = /\/r\/([\w-]{22})#/.exec(link)![1]!;
      await screenshot(popup, 'ff-ext-popup-request-link');
      await popup.getByTestId('request-done').click();
      await popup.close();

      const page = await env.x.ff.newPage();
      await page.goto(link);
      await page.getByTestId('answer').fill(ANSWER);
      await page.getByTestId('send').click();
      await page.getByTestId('state-sent').waitFor();
      await page.close();

      // The tab asks the background for a round of polling when it is shown.
      const item = `[data-request-id="${id}"]`;
      let answered: FirefoxPage | null = null;
      for (let i = 0; i < 20 && !answered; i++) {
        const popup = await openFirefoxPopup(env.x, 'request');
        const state = popup.locator(`${item} [data-testid="request-state"]`);
        const ok = await state
          .filter({ hasText: 'answered' })
          .waitFor({ state: 'attached', timeout: 3000 })
          .then(
            () => true,
            () => false,
          );
        if (ok) answered = popup;
        else await popup.close();
      }
      if (!answered) throw new Error(`request ${id} was never answered`);
      expect(await notificationsShown(env.x)).toContain(`answered:${id}`);
      // Read opens the answer in the extension's open window, where share links open too.
      const win = await env.x.ff.pageOpenedBy(
        () => answered.locator(item).getByTestId('request-read').click(),
        `${EXTENSION_ORIGIN}/open.html?answer=`,
      );
      await win.waitForSelector('[data-testid="state-revealed"]');
      expect(await readSecret(win)).toBe(ANSWER);
      await screenshot(win, 'ff-ext-open-answer');
      await win.close();
      const again = await answered.evaluate(
        (id) => chrome.runtime.sendMessage({ type: 'request.read', id }),
        id,
      );
      expect(again).toMatchObject({ ok: false });
      await answered.close();
    });

    it('opens its pages at their moz-extension:// address', async () => {
      const options = await openExtensionTab(env.x, 'options.html');
      await options.getByTestId('options-server').waitFor();
      expect(await options.getByTestId('options-server').inputValue()).toBe(env.server.url);
      await screenshot(options, 'ff-ext-options');
      await options.close();
    });
  },
);
