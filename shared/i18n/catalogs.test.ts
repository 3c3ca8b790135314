import { describe, expect, it } from 'vitest';
import type { Catalog } from './format';
import { catalogProblems } from './parity';

/** Every catalog file, by "<locale>/<surface>", offered yet (LOCALES) or not. */
const FILES = Object.fromEntries(
  Object.entries(
    import.meta.glob<Catalog>('./catalogs/*/*.ts', { eager: true, import: 'default' }),
  ).map(([path, catalog]) => [path.replace(/^\.\/catalogs\/|\.ts$/g, ''), catalog]),
);

describe('catalogs', () => {
  // A language joins LOCALES once every surface has it (i18n.test.ts holds those to English);
  // the catalogs written before that are held to the same rules from the day they exist.
  it('every catalog of every language folder matches English, keys, placeholders and plurals', () => {
    const others = Object.keys(FILES).filter((f) => !f.startsWith('en/'));
    expect(others.length).toBeGreaterThan(0);
    for (const file of others) {
      const [locale, surface] = file.split('/') as [string, string];
      const en = FILES[`en/${surface}`];
      expect(en, `${file} has no English source`).toBeDefined();
      expect(catalogProblems(en!, FILES[file]!, locale), file).toEqual([]);
    }
  });

  it('the extension speaks the twelve languages of issue 18', () => {
    const have = Object.keys(FILES).filter((f) => f.endsWith('/extension'));
    expect(have.map((f) => f.split('/')[0]).sort()).toEqual(
      [
        'ar',
        'de',
        'en',
        'en-XA',
        'es',
        'fr',
        'it',
        'ja',
        'nl',
        'pl',
        'pt-BR',
        'uk',
        'zh-CN',
      ].sort(),
    );
  });
});
