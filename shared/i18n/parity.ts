// What a translation must keep of English: every key, no key English lacks, the same
// placeholders in each message, and every plural form its language's rules can ask for.
import { placeholdersOf, type Catalog } from './format';

export function catalogProblems(en: Catalog, other: Catalog, locale: string): string[] {
  const problems: string[] = [];
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  for (const key of Object.keys(en)) {
    const m = other[key];
    if (m === undefined) {
      problems.push(`${locale}: ${key} is missing`);
      continue;
    }
    const want = placeholdersOf(en[key]!).join(',');
    const got = placeholdersOf(m).join(',');
    if (want !== got) problems.push(`${locale}: ${key} has {${got}}, English has {${want}}`);
    if (typeof en[key] !== typeof m) problems.push(`${locale}: ${key} is plural in one only`);
    if (typeof m !== 'string') {
      const absent = categories.filter((c) => m[c] === undefined);
      if (absent.length) problems.push(`${locale}: ${key} lacks the forms ${absent.join(', ')}`);
    }
  }
  for (const key of Object.keys(other)) {
    if (!(key in en)) problems.push(`${locale}: ${key} is not in English`);
  }
  return problems;
}
