// Which language to speak: the first of the person's languages (navigator.languages, the
// browser's UI language, or a choice they made) that a catalog exists for, else English.

/**
 * The languages with a catalog for every surface (a folder in catalogs/; the parity test holds
 * each to English). en-XA is the pseudo-locale (accented, 40% longer) for tests.
 */
export const LOCALES = [
  'en',
  'de',
  'fr',
  'es',
  'pt-BR',
  'it',
  'nl',
  'pl',
  'uk',
  'ja',
  'zh-CN',
  'ar',
  'en-XA',
] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language by its own name, as a language picker lists it, by tag. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  it: 'Italiano',
  nl: 'Nederlands',
  pl: 'Polski',
  uk: 'Українська',
  ja: '日本語',
  'zh-CN': '简体中文',
  ar: 'العربية',
  'en-XA': '[Éñglíšh (pšéüdö)]',
};

const RTL = new Set(['ar', 'fa', 'he', 'ur']);

/**
 * The best match for `preferred`, in order: the exact tag (pt-BR), then the same language with
 * another region (pt-PT → pt-BR, de-AT → de, zh → zh-CN). Tags compare case-insensitively.
 */
export function chooseLocale<L extends string>(
  preferred: readonly (string | null | undefined)[],
  available: readonly L[],
  fallback: L,
): L {
  const lower = available.map((a) => a.toLowerCase());
  for (const tag of preferred) {
    if (!tag) continue;
    const want = tag.toLowerCase();
    const exact = lower.indexOf(want);
    if (exact >= 0) return available[exact]!;
    const lang = want.split('-')[0];
    const near = lower.findIndex((a) => a.split('-')[0] === lang && a !== 'en-xa');
    if (near >= 0) return available[near]!;
  }
  return fallback;
}

/** The writing direction for `<html dir>`. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL.has(locale.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
