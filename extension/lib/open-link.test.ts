import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  linkPatterns,
  OPEN_MENU_ID,
  onOpenMenuClicked,
  openAnswerWindow,
  openLinkWindow,
} from './open-link';
import { takeLink } from './selection-stash';

const SERVER = 'https://oncelink.example:8443';
const LINK = `${SERVER}/s/AAAAAAAAAAAAAAAAAAAAAA#AgAAAAAAAAAAAAAAAAAAAAAAAA`;

describe('open a link in the extension', () => {
  let create: MockInstance<typeof fakeBrowser.windows.create>;
  const opened = () => new URL(create.mock.calls[0]![0]!.url as string);

  beforeEach(async () => {
    fakeBrowser.reset();
    create = vi.spyOn(fakeBrowser.windows, 'create');
    await fakeBrowser.storage.local.set({ settings: { server: SERVER } });
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows the menu on the server’s share links: with its port in Chromium, any in Firefox', () => {
    expect(linkPatterns(SERVER, false)).toEqual(['https://oncelink.example:8443/s/*']);
    expect(linkPatterns(SERVER, true)).toEqual(['https://oncelink.example/s/*']);
    expect(linkPatterns('https://a.example/base/', false)).toEqual(['https://a.example/base/s/*']);
  });

  it('hands the link to the open window once, never in its URL nor on disk', async () => {
    await openLinkWindow(` ${LINK}\n`);
    expect(create.mock.calls[0]![0]).toMatchObject({ type: 'popup' });
    const url = opened();
    expect(url.pathname).toBe('/open.html');
    expect(url.href).not.toContain('AgAAAA');
    expect(await takeLink(url.searchParams.get('req')!)).toBe(LINK);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ settings: { server: SERVER } });
  });

  it('refuses what is not a share link, opening nothing', async () => {
    await expect(openLinkWindow('https://oncelink.example/nothing')).rejects.toMatchObject({
      code: 'BAD_LINK',
    });
    expect(create).not.toHaveBeenCalled();
  });

  it('opens from the menu only a link of the configured server (Firefox matches any port)', async () => {
    const click = (linkUrl: string) =>
      onOpenMenuClicked({ menuItemId: OPEN_MENU_ID, linkUrl, editable: false, pageUrl: linkUrl });
    await expect(click(LINK.replace(':8443', ':9999'))).rejects.toMatchObject({
      code: 'BAD_LINK',
    });
    expect(create).not.toHaveBeenCalled();
    await click(LINK);
    expect(opened().pathname).toBe('/open.html');
    await onOpenMenuClicked({ menuItemId: 'share-selection', editable: false, pageUrl: LINK });
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('opens the window that reads an answer by the request id alone', async () => {
    await openAnswerWindow('BBBBBBBBBBBBBBBBBBBBBB');
    expect(create.mock.calls[0]![0]).toMatchObject({ type: 'popup', width: 520, height: 720 });
    expect(opened().pathname).toBe('/open.html');
    expect([...opened().searchParams]).toEqual([['answer', 'BBBBBBBBBBBBBBBBBBBBBB']]);
  });
});
