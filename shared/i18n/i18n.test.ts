import { describe, expect, it } from 'vitest';
import en from './catalogs/en/respond';
import pseudo from './catalogs/en-XA/respond';
import { placeholdersOf, translator, type Catalog } from './format';
import { chooseLocale, directionOf, LOCALES } from './locale';
import { catalogProblems } from './parity';

/** Every catalog of every language, by namespace (a new language adds its modules here). */
const CATALOGS: Record<string, Record<string, Catalog>> = {
  respond: { en, 'en-XA': pseudo },
};

describe('languages', () => {
  it('every catalog has every English key with the same placeholders, and no other key', () => {
    for (const [ns, byLocale] of Object.entries(CATALOGS)) {
      expect(Object.keys(byLocale).sort(), ns).toEqual([...LOCALES].sort());
      for (const [locale, catalog] of Object.entries(byLocale)) {
        expect(catalogProblems(byLocale.en!, catalog, locale), `${ns}/${locale}`).toEqual([]);
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
    for (const [key, m] of Object.entries(en)) {
      const p = pseudo[key as keyof typeof en];
      expect(typeof p).toBe('string');
      expect(p.length, key).toBeGreaterThanOrEqual(Math.ceil(m.length * 1.4));
      expect(p).toMatch(/^\[.*\]$/s);
      expect(p).not.toContain(m);
      expect(placeholdersOf(p)).toEqual(placeholdersOf(m));
    }
  });
});
