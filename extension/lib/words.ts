// The extension's words outside a view (the background: the menu, notifications, failures) in
// the language it speaks now (language.ts). English is built in and fills any gap; another
// language is loaded from its catalog (shared/i18n/surfaces/).
import en from '../../shared/i18n/catalogs/en/extension';
import { translator, type Catalog, type Translate } from '../../shared/i18n/format';
import type { Locale } from '../../shared/i18n/locale';
import { extension } from '../../shared/i18n/surfaces/extension';
import { messages } from '../../shared/i18n/surfaces/messages';
import type { Surface } from '../../shared/i18n/surface';
import { speakMessages } from '../../shared/messages';
import { currentLocale } from './language';

export type ExtensionKey = keyof typeof en;
export type ExtensionT = Translate<ExtensionKey>;

export const englishWords: ExtensionT = translator('en', en, en);

/** `surface`'s translator in `locale`. */
export async function wordsOf<C extends Catalog>(
  surface: Surface<C>,
  locale: Locale,
): Promise<Translate<keyof C & string>> {
  const catalog = locale === 'en' ? surface.en : await surface.load(locale);
  return translator(locale, catalog, surface.en);
}

/**
 * The extension's words in the language it speaks now; from then on the failures of
 * shared/messages.ts that this context words (the bridge's answers) are in it too.
 */
export async function currentWords(): Promise<ExtensionT> {
  const locale = await currentLocale();
  const [words, failures] = await Promise.all([
    wordsOf(extension, locale),
    wordsOf(messages, locale),
  ]);
  speakMessages(failures);
  return words;
}
