// A surface is what one page or view shows a person, with one catalog per language: `en` is the
// source and fallback, bundled with whatever shows it; `load` fetches one other language's
// catalog as its own chunk (Vite's import.meta.glob, which the pages and the extension are
// built with, makes one lazy chunk per catalogs/<locale>/<surface>.ts). Each surface is a module
// of its own in surfaces/, so a page's bundle holds the English of the surfaces it imports and
// nothing of the others. A new surface: catalogs/en/<name>.ts, the same file in every other
// locale folder (en-XA made with pseudoLocalize), and surfaces/<name>.ts like the others; the
// parity test (i18n.test.ts) finds it.
import type { Catalog, Message } from './format';
import type { Locale } from './locale';

export interface Surface<C extends Catalog = Catalog> {
  /** The catalog's file name: catalogs/<locale>/<name>.ts. */
  name: string;
  en: C;
  load: (locale: Exclude<Locale, 'en'>) => Promise<Partial<Record<keyof C, Message>>>;
}

/** A surface's files other than English, by path, as import.meta.glob lists them. */
export type Loaders = Record<string, () => Promise<{ default: Catalog }>>;

/** The loader of `locale`'s file among a surface's files. */
export async function pick(files: Loaders, name: string, locale: string): Promise<Catalog> {
  const load = files[`../catalogs/${locale}/${name}.ts`];
  if (!load) throw new Error(`no ${locale} catalog for ${name}`);
  return (await load()).default;
}
