// A web page's language: the person's choice (kept in this origin's localStorage), else the
// first of navigator.languages with a catalog, else English. `speakPage` loads it, sets
// <html lang dir> and the static page's [data-i18n] texts, and hands the words to `draw`; a
// choice in the picker runs it again, and `draw` re-rendering the same tree keeps what the
// person has typed (Preact keeps the components' state).
import { chooseLocale, DEFAULT_LOCALE, LOCALES, type Locale } from '../../shared/i18n/locale';
import type { Surface } from '../../shared/i18n/surfaces';
import { loadWords, type Words } from './language';

const KEY = 'oncelink.language';

function stored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null; // storage blocked: the browser's languages decide
  }
}

function remember(locale: Locale) {
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // storage blocked: the choice lasts as long as the page
  }
}

/** The language this page should speak now. */
export function pageLocale(): Locale {
  const browser = navigator.languages?.length ? navigator.languages : [navigator.language];
  return chooseLocale([stored(), ...browser], LOCALES, DEFAULT_LOCALE);
}

/**
 * Speaks `locale` on this page: loads `surfaces`, sets the document's language and direction,
 * fills elements marked data-i18n="<surface>:<key>", then calls `draw(words, choose)`; `choose`
 * remembers a new choice and speaks it.
 */
export async function speakPage(
  surfaces: readonly Surface[],
  draw: (words: Words, choose: (locale: Locale) => void) => void,
  locale: Locale = pageLocale(),
): Promise<void> {
  const words = await loadWords(locale, surfaces);
  const root = document.documentElement;
  root.lang = locale;
  root.dir = words.dir;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const [name, key] = el.dataset.i18n!.split(':');
    const t = words.byName.get(name!);
    if (t && key) el.textContent = t(key);
  }
  draw(words, (next) => {
    remember(next);
    void speakPage(surfaces, draw, next);
  });
}
