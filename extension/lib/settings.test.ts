import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SHARE_OPTIONS } from '../../web/ui/share-options';
import { DEFAULT_SERVER, loadSettings, saveSettings } from './settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the build-time server and the default options', async () => {
    expect(DEFAULT_SERVER).toMatch(/^https?:\/\//);
    expect(await loadSettings()).toEqual({
      server: DEFAULT_SERVER,
      defaults: DEFAULT_SHARE_OPTIONS,
    });
  });

  it('saves normalised values and reads them back', async () => {
    await saveSettings({
      server: 'https://ex.ample/',
      defaults: { ...DEFAULT_SHARE_OPTIONS, maxViews: 5 },
    });
    expect(await loadSettings()).toEqual({
      server: 'https://ex.ample',
      defaults: { ...DEFAULT_SHARE_OPTIONS, maxViews: 5 },
    });
  });

  it('refuses to save a bad server', async () => {
    await expect(
      saveSettings({ server: 'http://ex.ample', defaults: DEFAULT_SHARE_OPTIONS }),
    ).rejects.toThrow();
    expect((await loadSettings()).server).toBe(DEFAULT_SERVER);
  });

  it('falls back to defaults for damaged stored values', async () => {
    await fakeBrowser.storage.local.set({
      settings: { server: 'javascript:alert(1)', defaults: { words: 2 } },
    });
    expect(await loadSettings()).toEqual({
      server: DEFAULT_SERVER,
      defaults: DEFAULT_SHARE_OPTIONS,
    });
  });
});
