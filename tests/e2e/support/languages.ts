// Helpers of the language stories: a page's words in a language as the catalogs have them (the
// test reads the same files the page loads), and what a longer language could break.
import type { Page } from 'playwright-core';
import { translator, type Catalog, type Params } from '../../../shared/i18n/format';
import type { Locale } from '../../../shared/i18n/locale';
import type { Surface } from '../../../shared/i18n/surface';

/** `t(key, params)` of `surface` in `locale`, from its catalog file. */
export async function wordsOf<C extends Catalog>(surface: Surface<C>, locale: Locale) {
  const catalog = locale === 'en' ? surface.en : await surface.load(locale);
  const t = translator(locale, catalog, surface.en);
  return (key: keyof C & string, params?: Params) => t(key, params);
}

/** The language the page will speak from its first load (its stored choice). */
export async function chooseBeforeLoad(page: Page, locale: Locale): Promise<void> {
  await page.addInitScript((l) => localStorage.setItem('oncelink.language', l), locale);
}

/**
 * Elements of the page's main card that cut their own content off: overflow other than visible
 * and content larger than the box (text areas scroll by design and are left out).
 */
export async function clippedElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *, footer *')]
      .filter((el) => el.tagName !== 'TEXTAREA' && el.offsetParent !== null)
      .filter((el) => {
        const s = getComputedStyle(el);
        const cuts = (o: string) => o !== 'visible';
        return (
          (cuts(s.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
          (cuts(s.overflowY) && el.scrollHeight > el.clientHeight + 1)
        );
      })
      .map((el) => el.dataset.testid ?? `${el.tagName.toLowerCase()}.${el.className}`),
  );
}
