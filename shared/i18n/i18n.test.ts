import { describe, expect, it } from 'vitest';
import { placeholdersOf, translator, type Catalog } from './format';
import { chooseLocale, directionOf, LANGUAGE_NAMES, LOCALES } from './locale';
import { catalogProblems } from './parity';
import type { Surface } from './surface';

/** Every catalog file there is, by "<locale>/<surface>". */
const FILES = Object.fromEntries(
  Object.entries(
    import.meta.glob<Catalog>('./catalogs/*/*.ts', { eager: true, import: 'default' }),
  ).map(([path, catalog]) => [path.replace(/^\.\/catalogs\/|\.ts$/g, ''), catalog]),
);
/** Every surface there is (surfaces/<name>.ts, each exporting one). */
const SURFACES = Object.values(
  import.meta.glob<Record<string, Surface>>('./surfaces/*.ts', { eager: true }),
).flatMap((m) => Object.values(m));

describe('languages', () => {
  it('every surface is in every language, with every English key and placeholder, no other key', () => {
    const names = SURFACES.map((s) => s.name).sort();
    expect(
      Object.keys(FILES)
        .filter((f) => f.startsWith('en/'))
        .map((f) => f.slice(3))
        .sort(),
    ).toEqual(names);
    for (const s of SURFACES) {
      expect(FILES[`en/${s.name}`], s.name).toBe(s.en);
      for (const locale of LOCALES) {
        const catalog = FILES[`${locale}/${s.name}`];
        expect(catalog, `${locale}/${s.name}.ts`).toBeDefined();
        expect(catalogProblems(s.en, catalog!, locale), `${locale}/${s.name}`).toEqual([]);
      }
    }
    for (const locale of LOCALES) expect(LANGUAGE_NAMES[locale], locale).toBeDefined();
  });

  it('a surface loads the catalog of the language asked for, and only that one', async () => {
    for (const s of SURFACES) {
      for (const locale of LOCALES.filter((l) => l !== 'en')) {
        expect(await s.load(locale), `${locale}/${s.name}`).toBe(FILES[`${locale}/${s.name}`]);
      }
    }
  });

  it('the parity check catches a missing key, an extra one, a lost placeholder and a plural form', () => {
    const base = { a: 'Hi {name}', b: { one: '{count} day', other: '{count} days' } };
    expect(catalogProblems(base, { a: 'Salut {name}' }, 'fr')).toEqual(['fr: b is missing']);
    expect(catalogProblems(base, { ...base, c: 'x' }, 'en')).toEqual(['en: c is not in English']);
    expect(catalogProblems(base, { ...base, a: 'Hallo {nom}' }, 'de')).toEqual([
      'de: a has {nom}, English has {name}',
    ]);
    const pl = { a: 'Cześć {name}', b: { one: '{count} dzień', other: '{count} dni' } };
    expect(catalogProblems(base, pl, 'pl')).toEqual(['pl: b lacks the forms few, many']);
  });

  it('picks plural forms by the language’s rules and writes numbers its way', () => {
    const cat = { left: { one: '{count} attempt left', other: '{count} attempts left' } };
    const t = translator('en', cat, cat);
    expect(t('left', { count: 1 })).toBe('1 attempt left');
    expect(t('left', { count: 1200 })).toBe('1,200 attempts left');
    const pl = {
      left: {
        one: '{count} próba',
        few: '{count} próby',
        many: '{count} prób',
        other: '{count} próby',
      },
    };
    const tp = translator('pl', pl, cat);
    expect([1, 3, 5, 22].map((count) => tp('left', { count }))).toEqual([
      '1 próba',
      '3 próby',
      '5 prób',
      '22 próby',
    ]);
    expect(translator('de', { left: 'x' }, cat)('left')).toBe('x');
  });

  it('chooses the first of the person’s languages it has, by tag then by language', () => {
    const has = ['en', 'de', 'pt-BR', 'ar'] as const;
    expect(chooseLocale(['fr-FR', 'de-AT', 'en'], has, 'en')).toBe('de');
    expect(chooseLocale(['pt-PT'], has, 'en')).toBe('pt-BR');
    expect(chooseLocale(['PT-br'], has, 'en')).toBe('pt-BR');
    expect(chooseLocale(['ja', 'ko'], has, 'en')).toBe('en');
    expect(chooseLocale([], has, 'en')).toBe('en');
    expect(chooseLocale(['en-XA'], LOCALES, 'en')).toBe('en-XA');
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ar-EG')).toBe('rtl');
    expect(directionOf('de')).toBe('ltr');
  });

  it('the pseudo-locale is every message accented, 40% longer, in brackets, placeholders kept', () => {
    for (const s of SURFACES) {
      const pseudo = FILES[`en-XA/${s.name}`]!;
      for (const [key, message] of Object.entries(s.en)) {
        const forms = typeof message === 'string' ? { other: message } : message;
        const p = pseudo[key]!;
        const pForms: Record<string, string | undefined> = typeof p === 'string' ? { other: p } : p;
        for (const [form, m] of Object.entries(forms)) {
          const got = pForms[form]!;
          expect(got.length, key).toBeGreaterThanOrEqual(Math.ceil(m.length * 1.4));
          expect(got).toMatch(/^\[.*\]$/s);
          if (/[a-zA-Z]/.test(m.replace(/\{\w+\}/g, ''))) expect(got).not.toContain(m);
          expect(placeholdersOf(got)).toEqual(placeholdersOf(m));
        }
      }
    }
  });
});
