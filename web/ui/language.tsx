// The words of a Preact surface in one language: `loadWords` fetches the chosen language's
// catalogs (English is bundled; another language is one chunk per surface), a provider hands
// them down, `useT(surface)` gives a component its translator, and `LanguagePicker` lets the
// person choose. Where the choice is kept is the caller's business (page-language.tsx for the
// web pages; the extension keeps its own).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type Catalog, type Translate } from '../../shared/i18n/format';
import { directionOf, LANGUAGE_NAMES, LOCALES, type Locale } from '../../shared/i18n/locale';
import { speakMessages } from '../../shared/messages';
import { common } from '../../shared/i18n/surfaces/common';
import { messages } from '../../shared/i18n/surfaces/messages';
import type { Surface } from '../../shared/i18n/surface';
import './language.css';

export interface Words {
  locale: Locale;
  dir: 'ltr' | 'rtl';
  /** A translator per surface name; a surface absent here speaks English. */
  byName: ReadonlyMap<string, Translate>;
}

const ENGLISH: Words = { locale: 'en', dir: 'ltr', byName: new Map() };
const englishOf = new WeakMap<Surface, Translate>();

/**
 * The words of `surfaces` in `locale` (the failures of shared/messages.ts and the shared
 * components' words always come along), and from now on shared/messages.ts speaks it too.
 */
export async function loadWords(locale: Locale, surfaces: readonly Surface[]): Promise<Words> {
  const all = [...new Set([messages, common, ...surfaces] as Surface[])];
  const catalogs = await Promise.all(all.map((s) => (locale === 'en' ? s.en : s.load(locale))));
  const byName = new Map(
    all.map((s, i) => [s.name, translator(locale, catalogs[i] as Catalog, s.en)] as const),
  );
  speakMessages(byName.get(messages.name)!);
  return { locale, dir: directionOf(locale), byName };
}

const WordsContext = createContext<Words>(ENGLISH);
export const WordsProvider = WordsContext.Provider;

/** The current language and direction (for Intl formatting and layout decisions). */
export const useWords = () => useContext(WordsContext);

/** `t(key, params)` for `surface` in the current language (English outside a provider). */
export function useT<C extends Catalog>(surface: Surface<C>): Translate<keyof C & string> {
  const found = useContext(WordsContext).byName.get(surface.name);
  if (found) return found;
  let en = englishOf.get(surface as Surface);
  if (!en) englishOf.set(surface as Surface, (en = translator('en', surface.en, surface.en)));
  return en;
}

/** The value of the `first` option: no language tag looks like it. */
const FIRST = 'first';

/**
 * A select of every language by its own name (the pseudo-locale only when it is the current
 * one: it is for tests). Each option carries its own lang, so a screen reader says "Deutsch" in
 * German.
 */
export function LanguagePicker(props: {
  onChoose: (locale: Locale) => void;
  testid?: string;
  /** An option before the languages (the extension's "As the browser"), chosen when `chosen`. */
  first?: { label: string; chosen: boolean; onChoose: () => void };
}) {
  const { locale } = useWords();
  const t = useT(common);
  const { first } = props;
  const testid = props.testid ?? 'language';
  const shown = LOCALES.filter((l) => l !== 'en-XA' || l === locale);
  return (
    <label class="language-picker">
      <span>{t('language.label')}</span>{' '}
      <select
        data-testid={testid}
        value={first?.chosen ? FIRST : locale}
        onChange={(e) => {
          const value = (e.currentTarget as HTMLSelectElement).value;
          if (value === FIRST) first?.onChoose();
          else props.onChoose(value as Locale);
        }}
      >
        {first && <option value={FIRST}>{first.label}</option>}
        {shown.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l] ?? l}
          </option>
        ))}
      </select>
    </label>
  );
}
