// The built extension in Chromium against the real backend: selections from a page and from a
// textarea through the context-menu handler to a link and a passphrase, the link revealing
// exactly that text, and the Sent list's live status. The popup's own stories are in
// extension-popup.test.ts. Screenshots go to tests/artifacts/screenshots/ext-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TestServer } from '../support/server';
import { screenshot } from './support/chromium';
import { expectNoAxeViolations } from './support/axe';
import { startExtensionEnv, type ExtensionEnv, type ExtensionSession } from './support/extension';
import {
  clickShareSecurely,
  createShareIn,
  idOf,
  openLinkAndReveal,
  openPopup,
  readLinkAndPassphrase,
  selectInField,
  selectTextOnPage,
  pressShareShortcut,
  shareSelectionViaMenu,
  waitForFieldValue,
  waitForSentState,
} from './support/extension-stories';

const PRE_TEXT = 'ssh-ed25519 AAAAC3Nza line one\n    indented   line two\twith tab\n\nline four';
const AREA_TEXT = 'user: deploy\npassword: hunter2  \n  second line';
const SITE = `<!doctype html><html><head><title>A page</title></head><body>
<h1>Notes</h1><pre id="pre">${PRE_TEXT}</pre>
<textarea id="area" rows="4">before\n${AREA_TEXT}\nafter</textarea>
</body></html>`;

describe('extension: share a selection (built, in Chromium)', () => {
  let env: ExtensionEnv;
  let s: ExtensionSession;
  let server: TestServer;
  const links: Record<string, string> = {};

  beforeAll(async () => {
    env = await startExtensionEnv(SITE);
    ({ s, server } = env);
  });
  afterAll(() => env?.close());

  async function visitSite(): Promise<Page> {
    const page = await s.context.newPage();
    await page.goto(env.site.url);
    return page;
  }

  it('shares a multi-line selection on a page exactly, and the link reveals it', async () => {
    const page = await visitSite();
    const selected = await selectTextOnPage(page, '#pre');
    expect(selected).toBe(PRE_TEXT);
    const win = await shareSelectionViaMenu(s, page, selected);
    expect(await win.getByTestId('share-secret').inputValue()).toBe(PRE_TEXT);
    expect(await win.getByTestId('share-note').count()).toBe(0);
    await win.getByTestId('share-label').fill('Deploy key');
    await screenshot(win, 'ext-share-window-prefilled');
    await expectNoAxeViolations(win, 'ext-share-window-prefilled');

    await win.getByTestId('share-create').click();
    await screenshot(win, 'ext-share-window-busy');
    await win.getByTestId('share-result').waitFor({ timeout: 20_000 });
    await screenshot(win, 'ext-share-window-result');
    await expectNoAxeViolations(win, 'ext-share-window-result');
    const { link, passphrase } = await readLinkAndPassphrase(win);
    expect(link.startsWith(`${server.url}/s/`)).toBe(true);
    expect(passphrase.split(' ')).toHaveLength(6);
    expect(await win.getByTestId('result-qr').count()).toBe(1);
    links.pre = link;

    const revealed = await openLinkAndReveal(s, link, passphrase);
    expect(revealed.value).toBe(PRE_TEXT);
    await win.close();
    await page.close();
  });

  it('shares a multi-line selection inside a textarea exactly', async () => {
    const page = await visitSite();
    const start = 'before\n'.length;
    const selected = await selectInField(page, '#area', start, start + AREA_TEXT.length);
    expect(selected).toBe(AREA_TEXT);
    const win = await shareSelectionViaMenu(s, page, selected);
    expect(await win.getByTestId('share-secret').inputValue()).toBe(AREA_TEXT);
    await createShareIn(win);
    const { link, passphrase } = await readLinkAndPassphrase(win);
    expect((await openLinkAndReveal(s, link, passphrase)).value).toBe(AREA_TEXT);
    await win.close();
    await page.close();
  });

  it('shares the selection with the keyboard shortcut, looking in every frame', async () => {
    const page = await visitSite();
    const selected = await selectTextOnPage(page, '#pre');
    const win = await pressShareShortcut(s, page);
    await waitForFieldValue(win, 'share-secret', selected);
    expect(await win.getByTestId('share-note').count()).toBe(0);
    await win.close();
    await page.close();
  });

  it('falls back to selectionText, saying so, where the page cannot be read', async () => {
    // No activeTab grant: executeScript fails as on a browser page or in the PDF viewer.
    const page = await visitSite();
    const selected = await selectTextOnPage(page, '#pre');
    const win = await clickShareSecurely(s, page, selected);
    await win.getByTestId('share-note').waitFor();
    expect(await win.getByTestId('share-note').textContent()).toContain('line breaks');
    expect(await win.getByTestId('share-secret').inputValue()).toBe(selected.replace(/\s+/g, ' '));
    await screenshot(win, 'ext-share-window-lossy');
    await expectNoAxeViolations(win, 'ext-share-window-lossy');
    await win.close();
    await page.close();
  });

  it('shows the revealed share as viewed in the Sent list, with a notification', async () => {
    const popup = await openPopup(s, 'sent');
    const id = idOf(links.pre!);
    await waitForSentState(popup, id, 'viewed');
    await popup.locator(`[data-share-id="${id}"]`).getByTestId('sent-details').click();
    const events = await popup
      .locator(`[data-share-id="${id}"] [data-testid="sent-events"]`)
      .textContent();
    expect(events).toContain('Viewed');
    await screenshot(popup, 'ext-popup-sent');
    await expectNoAxeViolations(popup, 'ext-popup-sent');
    const notes = await s.worker.evaluate(() => chrome.notifications.getAll());
    expect(Object.keys(notes)).toContain(`viewed:${id}:1`);
    await popup.close();
  });
});
