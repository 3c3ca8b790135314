// The surfaces a person reads, each one catalog per language: `en` is the source and fallback,
// bundled with whatever shows it; `load` fetches one other language's catalog as its own chunk
// (Vite's import.meta.glob, which the pages and the extension are built with, makes one lazy
// chunk per catalogs/<locale>/<surface>.ts), so a page carries only the surfaces it imports from
// here and downloads only the language it speaks. Every value is a plain object literal, so a
// bundle drops the surfaces it never names.
// A new surface: catalogs/en/<name>.ts, the same file in every other locale folder (the parity
// test in i18n.test.ts lists them), en-XA made with pseudoLocalize, and one entry here.
import type { Catalog, Message } from './format';
import type { Locale } from './locale';
import commonEn from './catalogs/en/common';
import extensionEn from './catalogs/en/extension';
import messagesEn from './catalogs/en/messages';
import panelsEn from './catalogs/en/panels';
import respondEn from './catalogs/en/respond';

export interface Surface<C extends Catalog = Catalog> {
  /** The folder file name: catalogs/<locale>/<name>.ts. */
  name: string;
  en: C;
  load: (locale: Exclude<Locale, 'en'>) => Promise<Partial<Record<keyof C, Message>>>;
}

type Loaders = Record<string, () => Promise<Catalog>>;
/** The loader of `locale`'s file among a surface's files (English is never among them). */
const pick = (files: Loaders, name: string, locale: string) =>
  files[`./catalogs/${locale}/${name}.ts`]!();

/** The sentences of shared/messages.ts: failures, said the same on every surface. */
export const messages: Surface<typeof messagesEn> = {
  name: 'messages',
  en: messagesEn,
  load: (l) =>
    pick(
      import.meta.glob<Catalog>(['./catalogs/*/messages.ts', '!./catalogs/en/messages.ts'], {
        import: 'default',
      }),
      'messages',
      l,
    ),
};

/** The shared components every surface shows (web/ui: notices, copy, progress, language, expiry). */
export const common: Surface<typeof commonEn> = {
  name: 'common',
  en: commonEn,
  load: (l) =>
    pick(
      import.meta.glob<Catalog>(['./catalogs/*/common.ts', '!./catalogs/en/common.ts'], {
        import: 'default',
      }),
      'common',
      l,
    ),
};

/** The request page (/r/<id>). */
export const respond: Surface<typeof respondEn> = {
  name: 'respond',
  en: respondEn,
  load: (l) =>
    pick(
      import.meta.glob<Catalog>(['./catalogs/*/respond.ts', '!./catalogs/en/respond.ts'], {
        import: 'default',
      }),
      'respond',
      l,
    ),
};

/** The extension's own views, menu, notifications and manifest (extension/). */
export const extension: Surface<typeof extensionEn> = {
  name: 'extension',
  en: extensionEn,
  load: (l) =>
    pick(
      import.meta.glob<Catalog>(['./catalogs/*/extension.ts', '!./catalogs/en/extension.ts'], {
        import: 'default',
      }),
      'extension',
      l,
    ),
};

/** The panels the popup and the home page share (web/ui: share form and result, Sent, requests). */
export const panels: Surface<typeof panelsEn> = {
  name: 'panels',
  en: panelsEn,
  load: (l) =>
    pick(
      import.meta.glob<Catalog>(['./catalogs/*/panels.ts', '!./catalogs/en/panels.ts'], {
        import: 'default',
      }),
      'panels',
      l,
    ),
};
