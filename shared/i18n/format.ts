// Messages in a catalog: plain text with {name} placeholders, or plural forms picked with the
// language's own rules (Intl.PluralRules) from the `count` parameter. Numbers in placeholders are
// written the language's way (Intl.NumberFormat). No library: this is all the pages need, and
// it costs the recipient page well under a kilobyte.

/** Forms of a message by plural category ("one", "few", "many"…); "other" is always there. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;
export type Catalog = Record<string, Message>;
export type Params = Record<string, string | number>;
export type Translate<K extends string = string> = (key: K, params?: Params) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * `t(key, params)` in `locale`: the message from `catalog`, or from `fallback` (English) where
 * the catalog has none, so a missing translation shows English rather than a key.
 */
export function translator<C extends Catalog>(
  locale: string,
  catalog: Partial<Record<keyof C, Message>>,
  fallback: C,
): Translate<keyof C & string> {
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return (key, params = {}) => {
    // A key no catalog has (a typo in a static page's data-i18n) shows as itself, never throws.
    const m = catalog[key] ?? fallback[key] ?? key;
    const text = typeof m === 'string' ? m : (m[plurals.select(Number(params.count))] ?? m.other);
    return text.replace(PLACEHOLDER, (whole, name: string) => {
      const v = params[name];
      if (v === undefined) return whole;
      return typeof v === 'number' ? numbers.format(v) : v;
    });
  };
}

/** The placeholder names a message uses, in all its forms, sorted. */
export function placeholdersOf(m: Message): string[] {
  const texts = typeof m === 'string' ? [m] : Object.values(m);
  const names = new Set(
    texts.flatMap((t) => [...(t ?? '').matchAll(PLACEHOLDER)].map((x) => x[1]!)),
  );
  return [...names].sort();
}
