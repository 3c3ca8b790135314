// The extension's language: the person's choice in Options (storage.local, not secret), or, by
// default, the browser's: its language list (navigator.languages, as the web pages read it) and
// then its UI language. Every view and the background read it here, so the popup, the share
// window, the menu and the notifications always speak the same language.
import { browser } from 'wxt/browser';
import { chooseLocale, DEFAULT_LOCALE, LOCALES, type Locale } from '../../shared/i18n/locale';

export const LANGUAGE_KEY = 'language';
/** A language with a catalog, or "auto": whatever the browser says, read anew each time. */
export type LanguageChoice = Locale | 'auto';

/** The browser's languages, best first. */
export function browserLanguages(): string[] {
  const tags = [...(globalThis.navigator?.languages ?? [])];
  try {
    tags.push(browser.i18n.getUILanguage());
  } catch {
    // No i18n API (a test's fake browser): the list above is all there is.
  }
  return tags;
}

export function browserLocale(tags: readonly string[] = browserLanguages()): Locale {
  return chooseLocale(tags, LOCALES, DEFAULT_LOCALE);
}

function isLocale(v: unknown): v is Locale {
  return (LOCALES as readonly unknown[]).includes(v);
}

/** The stored choice; anything else (nothing yet, an old or damaged value) is "auto". */
export async function loadLanguageChoice(): Promise<LanguageChoice> {
  const stored: unknown = (await browser.storage.local.get(LANGUAGE_KEY))[LANGUAGE_KEY];
  return isLocale(stored) ? stored : 'auto';
}

export async function saveLanguageChoice(choice: LanguageChoice): Promise<void> {
  if (choice === 'auto') await browser.storage.local.remove(LANGUAGE_KEY);
  else if (isLocale(choice)) await browser.storage.local.set({ [LANGUAGE_KEY]: choice });
  else throw new TypeError(`not a language: ${String(choice)}`);
}

/** The language to speak now. */
export async function currentLocale(tags?: readonly string[]): Promise<Locale> {
  const choice = await loadLanguageChoice();
  return choice === 'auto' ? browserLocale(tags) : choice;
}
