import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  browserLanguages,
  browserLocale,
  currentLocale,
  LANGUAGE_KEY,
  loadLanguageChoice,
  saveLanguageChoice,
} from './language';
import { registerMenu } from './share-selection';
import { currentWords } from './words';
import pseudo from '../../shared/i18n/catalogs/en-XA/extension';

/** The browser's language list and UI language, as Chromium would report them. */
function speaks(languages: string[], ui: string) {
  vi.stubGlobal('navigator', { languages });
  fakeBrowser.i18n.getUILanguage = () => ui;
}

describe('the extension’s language', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.unstubAllGlobals());

  it('follows the browser by default: its language list first, then its UI language', async () => {
    // The pseudo-locale stands for any language with a catalog (LOCALES), Swahili for one without.
    speaks(['en-XA', 'sw'], 'en-US');
    expect(browserLanguages()).toEqual(['en-XA', 'sw', 'en-US']);
    expect(await loadLanguageChoice()).toBe('auto');
    expect(await currentLocale()).toBe('en-XA');
    speaks(['sw'], 'en-XA');
    expect(await currentLocale()).toBe('en-XA');
    speaks(['sw', 'sw-KE'], 'sw');
    expect(await currentLocale()).toBe('en');
    speaks([], 'en-GB');
    expect(await currentLocale()).toBe('en');
  });

  it('speaks the choice made in Options, kept in storage.local, until it is set back to auto', async () => {
    speaks(['fr'], 'fr');
    await saveLanguageChoice('en-XA');
    expect(await fakeBrowser.storage.local.get(LANGUAGE_KEY)).toEqual({ [LANGUAGE_KEY]: 'en-XA' });
    expect(await currentLocale()).toBe('en-XA');
    expect((await currentWords())('tab.share')).toMatch(/^\[Šháré /);
    await saveLanguageChoice('auto');
    expect(await fakeBrowser.storage.local.get(LANGUAGE_KEY)).toEqual({});
    expect(await currentLocale()).toBe(browserLocale(['fr']));
  });

  it('reads a damaged or unknown stored value as auto, and refuses to store one', async () => {
    speaks(['en-XA'], 'en-XA');
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'xx-YY' });
    expect(await loadLanguageChoice()).toBe('auto');
    expect(await currentLocale()).toBe('en-XA');
    await expect(saveLanguageChoice('klingon' as 'en')).rejects.toThrow(TypeError);
  });

  it('names the context-menu items in the extension’s language', async () => {
    speaks(['en-US'], 'en-US');
    const created: { id?: string; title?: string }[] = [];
    fakeBrowser.contextMenus.removeAll = async () => void created.splice(0);
    fakeBrowser.contextMenus.create = (p: { id?: string; title?: string }) => {
      created.push(p);
      return p.id!;
    };
    await registerMenu();
    expect(created.map((c) => c.title)).toEqual(['Share securely', 'Open with oncelink']);
    await saveLanguageChoice('en-XA');
    // Two at once (a language and a server change): still one item of each.
    await Promise.all([registerMenu(), registerMenu()]);
    expect(created.map((c) => c.title)).toEqual([pseudo['menu.share'], pseudo['menu.open']]);
  });
});
