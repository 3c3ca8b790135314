// The request page's words in the reader's language. English is in the page (it is also the
// fallback); any other language is its own chunk, loaded only when chosen, so the page's weight
// does not grow with the number of languages.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import en from '../../shared/i18n/catalogs/en/respond';
import { translator, type Message, type Translate } from '../../shared/i18n/format';
import {
  chooseLocale,
  DEFAULT_LOCALE,
  directionOf,
  LOCALES,
  type Locale,
} from '../../shared/i18n/locale';

export type RespondKey = keyof typeof en;
type Loaded = Partial<Record<RespondKey, Message>>;

const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Loaded }>> = {
  'en-XA': () => import('../../shared/i18n/catalogs/en-XA/respond'),
};

const english = translator<typeof en>('en', en, en);
const T = createContext<Translate<RespondKey>>(english);
export const TranslateProvider = T.Provider;
export const useT = () => useContext(T);

/** The browser's languages, best first (navigator.language where the list is empty). */
export function browserLocale(): Locale {
  const tags = navigator.languages?.length ? navigator.languages : [navigator.language];
  return chooseLocale(tags, LOCALES, DEFAULT_LOCALE);
}

/** Loads `locale`, sets <html lang dir>, and fills the static page's [data-i18n] elements. */
export async function loadTranslator(locale: Locale): Promise<Translate<RespondKey>> {
  const t = locale === 'en' ? english : translator(locale, (await LOADERS[locale]()).default, en);
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n as RespondKey);
  }
  return t;
}
