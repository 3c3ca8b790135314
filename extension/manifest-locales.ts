// The manifest's words in every language, through the browser's own i18n: wxt.config.ts writes
// _locales/<lang>/messages.json from the extension's catalogs at build time (one source for
// every string), and the manifest says __MSG_…__. The browser picks by its UI language; the
// menu and the views follow the choice in Options instead (extension/lib/language.ts).
// Read in Node at build time, never bundled.
import ar from '../shared/i18n/catalogs/ar/extension';
import de from '../shared/i18n/catalogs/de/extension';
import en from '../shared/i18n/catalogs/en/extension';
import es from '../shared/i18n/catalogs/es/extension';
import fr from '../shared/i18n/catalogs/fr/extension';
import it from '../shared/i18n/catalogs/it/extension';
import ja from '../shared/i18n/catalogs/ja/extension';
import nl from '../shared/i18n/catalogs/nl/extension';
import pl from '../shared/i18n/catalogs/pl/extension';
import ptBR from '../shared/i18n/catalogs/pt-BR/extension';
import uk from '../shared/i18n/catalogs/uk/extension';
import zhCN from '../shared/i18n/catalogs/zh-CN/extension';

/** By the browsers' folder names (pt_BR, not pt-BR). The pseudo-locale is no browser's. */
const CATALOGS: Record<string, Record<'manifest.description' | 'manifest.command', string>> = {
  en,
  de,
  fr,
  es,
  pt_BR: ptBR,
  it,
  nl,
  pl,
  uk,
  ja,
  zh_CN: zhCN,
  ar,
};

export const DEFAULT_LOCALE = 'en';
/** The brand: the same in every language, still a message so that stores list it per locale. */
const NAME = 'oncelink';

/** The manifest fields that take a __MSG_…__ (wxt.config.ts puts them in). */
export const MANIFEST_MESSAGES = {
  name: '__MSG_extName__',
  description: '__MSG_extDescription__',
  command: '__MSG_shareSelectionCommand__',
} as const;

/** Each language's messages.json, as WXT's generated public files. */
export function localeFiles(): { relativeDest: string; contents: string }[] {
  return Object.entries(CATALOGS).map(([folder, c]) => ({
    relativeDest: `_locales/${folder}/messages.json`,
    contents: `${JSON.stringify(
      {
        extName: { message: NAME },
        extDescription: { message: c['manifest.description'] },
        shareSelectionCommand: { message: c['manifest.command'] },
      },
      null,
      2,
    )}\n`,
  }));
}
