import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const sel = { text: 'line one\n  line two', lossy: false };

describe('selection stash', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules(); // A fresh module is a fresh service worker: empty memory.
  });

  it('hands a selection over once, then forgets both copies', async () => {
    const { stashSelection, takeSelection } = await import('./selection-stash');
    const id = await stashSelection(sel);
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(await takeSelection(id)).toEqual(sel);
    expect(await takeSelection(id)).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('survives a restart of the worker (storage.session), never touching storage.local', async () => {
    const id = await (await import('./selection-stash')).stashSelection(sel);
    vi.resetModules();
    expect(await (await import('./selection-stash')).takeSelection(id)).toEqual(sel);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('drops selections nobody took within five minutes', async () => {
    const { stashSelection, takeSelection } = await import('./selection-stash');
    const t0 = Date.parse('2030-01-01T10:00:00Z');
    const stale = await stashSelection(sel, t0);
    expect(await takeSelection(stale, t0 + 5 * 60_000 + 1)).toBeNull();
    await stashSelection(sel, t0);
    await stashSelection(sel, t0 + 6 * 60_000); // Sweeps the first one away.
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toHaveLength(1);
  });

  it('hands a share link over the same way, kept apart from selections', async () => {
    const { stashLink, takeLink, takeSelection } = await import('./selection-stash');
    const link = 'https://oncelink.example/s/AAAAAAAAAAAAAAAAAAAAAA#key';
    const id = await stashLink(link);
    expect(await takeSelection(id)).toBeNull(); // Another kind's id finds nothing, takes nothing.
    expect(await takeLink(id)).toBe(link);
    expect(await takeLink(id)).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
