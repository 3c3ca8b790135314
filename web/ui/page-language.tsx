// A web page's language: the person's choice (kept in this origin's localStorage), else the
// first of navigator.languages with a catalog, else English. `speakPage` loads it, sets
// <html lang dir> and the static page's [data-i18n] texts, and hands the words to `draw`; a
// choice in the picker runs it again, and `draw` re-rendering the same tree keeps what the
// person has typed (Preact keeps the components' state).
import { render, type ComponentChild } from 'preact';
import { chooseLocale, DEFAULT_LOCALE, LOCALES, type Locale } from '../../shared/i18n/locale';
import type { Surface } from '../../shared/i18n/surface';
import { LanguagePicker, loadWords, WordsProvider, type Words } from './language';

const KEY = 'oncelink.language';
/** Only the latest choice is drawn, when two loads cross. */
let latest = 0;

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
  const mine = ++latest;
  const words = await loadWords(locale, surfaces);
  if (mine !== latest) return;
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

/**
 * A page's app in #app and the language picker in #language (the footer), in the page's
 * language; a choice re-renders both in place.
 */
export function renderPage(surfaces: readonly Surface[], app: ComponentChild): void {
  const root = document.getElementById('app');
  const picker = document.getElementById('language');
  if (!root) return;
  root.textContent = ''; // the <noscript> card
  void speakPage(surfaces, (words, choose) => {
    render(<WordsProvider value={words}>{app}</WordsProvider>, root);
    if (picker) {
      render(
        <WordsProvider value={words}>
          <LanguagePicker onChoose={choose} />
        </WordsProvider>,
        picker,
      );
    }
  });
}
