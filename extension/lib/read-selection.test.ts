import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fallbackIsLossy, pickSelection, readSelection } from './read-selection';

type Exec = typeof fakeBrowser.scripting.executeScript;

function stubExecute(impl: (...args: unknown[]) => Promise<unknown>) {
  const fn = vi.fn(impl);
  fakeBrowser.scripting.executeScript = fn as unknown as Exec;
  return fn;
}

describe('reading the selection', () => {
  beforeEach(() => fakeBrowser.reset());

  it('prefers the focused frame, then any frame with text', () => {
    expect(
      pickSelection([
        { text: 'a', focused: false },
        { text: 'b', focused: true },
      ]),
    ).toBe('b');
    expect(pickSelection([null, { text: '', focused: true }, { text: 'c', focused: false }])).toBe(
      'c',
    );
    expect(pickSelection([undefined])).toBe('');
  });

  it('reads the clicked frame exactly', async () => {
    const exec = stubExecute(async () => [
      { frameId: 3, result: { text: 'a\n  b', focused: true } },
    ]);
    expect(await readSelection(7, 3, 'a b')).toEqual({ text: 'a\n  b', lossy: false });
    expect(exec.mock.calls[0]![0]).toMatchObject({ target: { tabId: 7, frameIds: [3] } });
  });

  it('looks in every frame for a keyboard shortcut', async () => {
    const exec = stubExecute(async () => [{ frameId: 0, result: { text: 'x', focused: true } }]);
    await readSelection(7, undefined, undefined);
    expect(exec.mock.calls[0]![0]).toMatchObject({ target: { tabId: 7, allFrames: true } });
  });

  it("falls back to the menu's selectionText, marked lossy, where the page cannot be scripted", async () => {
    stubExecute(async () => Promise.reject(new Error('Cannot access contents of the page')));
    expect(await readSelection(7, 0, 'a b')).toEqual({ text: 'a b', lossy: true });
    expect(await readSelection(7, undefined, undefined)).toEqual({ text: '', lossy: false });
  });

  it("trusts Firefox's selectionText, which keeps whitespace, up to the length it cuts at", async () => {
    stubExecute(async () => Promise.reject(new Error('Missing host permission for the tab')));
    const firefox = { exact: true, limit: 10 };
    expect(await readSelection(7, 0, 'a\n  b', firefox)).toEqual({ text: 'a\n  b', lossy: false });
    expect(await readSelection(7, 0, 'x'.repeat(10), firefox)).toMatchObject({ lossy: true });
    expect(fallbackIsLossy('a b', { exact: false, limit: null })).toBe(true);
    expect(fallbackIsLossy('', { exact: false, limit: null })).toBe(false);
  });

  it('falls back too when the page answers with nothing (a cross-origin frame)', async () => {
    stubExecute(async () => [{ frameId: 0, result: { text: '', focused: true } }]);
    expect(await readSelection(7, 0, 'secret')).toEqual({ text: 'secret', lossy: true });
  });
});
