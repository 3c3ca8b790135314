import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { takeSelection } from './selection-stash';
import { MENU_ID, onCommand, onMenuClicked } from './share-selection';

type Exec = typeof fakeBrowser.scripting.executeScript;

describe('share selection', () => {
  let create: MockInstance<typeof fakeBrowser.windows.create>;
  const openedUrl = () => new URL(create.mock.calls[0]![0]!.url as string);

  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.scripting.executeScript = vi.fn(async () => [
      { frameId: 0, result: { text: 'exact\n  text', focused: true } },
    ]) as unknown as Exec;
    create = vi.spyOn(fakeBrowser.windows, 'create');
  });
  afterEach(() => vi.restoreAllMocks());

  it('opens the share window with only a one-time id in its URL', async () => {
    const info = {
      menuItemId: MENU_ID,
      frameId: 0,
      selectionText: 'exact text',
      editable: false,
      pageUrl: 'https://a.example/',
    };
    await onMenuClicked(info, { id: 4 } as never);
    expect(create.mock.calls[0]![0]).toMatchObject({ type: 'popup' });
    const url = openedUrl();
    expect(url.pathname).toBe('/share.html');
    expect(url.search).not.toContain('exact');
    expect(await takeSelection(url.searchParams.get('req')!)).toEqual({
      text: 'exact\n  text',
      lossy: false,
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('ignores other menu items and commands', async () => {
    await onMenuClicked(
      { menuItemId: 'other', editable: false, pageUrl: '' } as never,
      { id: 4 } as never,
    );
    await onCommand('other', { id: 4 } as never);
    expect(create).not.toHaveBeenCalled();
  });

  it('shares the selection of the active tab on the keyboard command', async () => {
    await onCommand('share-selection', { id: 9 } as never);
    expect((await takeSelection(openedUrl().searchParams.get('req')!))?.text).toBe('exact\n  text');
  });
});
