// Words the page shows that depend on data: uses left, what a generated secret is, and the live
// summary of a typed passphrase, in the page's language (`t`, from the recipient surface). Pure,
// so unit-tested.
import type { SecretKind } from '../../shared/envelope';
import type { Translate } from '../../shared/i18n/format';
import type { recipient } from '../../shared/i18n/surfaces/recipient';
import { WORDS } from '../../shared/limits';
import type { WordCheck } from '../../shared/passphrase';

export type RecipientT = Translate<keyof typeof recipient.en>;

/** A label for generated secrets; null for text the sender typed or selected. */
export function kindLabel(t: RecipientT, kind: SecretKind): string | null {
  return kind === 'text' ? null : t(`kind.${kind}`);
}

export function viewsText(t: RecipientT, viewsLeft: number): string {
  return viewsLeft === 1 ? t('views.once') : t('views.more', { count: viewsLeft });
}

/** Attempts left are wrong passphrases that reach the server; the last one destroys the secret. */
export function attemptsText(t: RecipientT, attemptsLeft: number): string {
  return t('attempts', { count: attemptsLeft });
}

export function viewsLeftAfterReveal(
  t: RecipientT,
  viewsLeft: number,
  what: 'secret' | 'file' = 'secret',
): string {
  if (viewsLeft === 0) return t(what === 'file' ? 'after.deletedFile' : 'after.deleted');
  return t('after.more', { count: viewsLeft });
}

/**
 * One sentence about the passphrase as typed so far, for the field's live region. It names the
 * first word that cannot be right; it never says how many words are expected (the page does
 * not know: 4 to 12).
 */
export function passphraseSummary(
  t: RecipientT,
  words: WordCheck[],
  canonical: string | null,
): string {
  if (words.length === 0) return '';
  const unknown = words.findIndex((w) => w.status === 'unknown');
  if (unknown >= 0) {
    return t('summary.unknown', { index: unknown + 1, word: words[unknown]!.input });
  }
  // Only the last word can still be in the middle of being typed.
  const short = words.findIndex((w, i) => w.word === null && i < words.length - 1);
  if (short >= 0) {
    const at = { index: short + 1, word: words[short]!.input };
    return t(words[short]!.status === 'ambiguous' ? 'summary.ambiguous' : 'summary.short', at);
  }
  const count = words.length;
  if (canonical !== null) return t('summary.complete', { count });
  if (words[words.length - 1]!.word === null) return t('summary.typing', { count });
  if (words.length > WORDS.max) return t('summary.tooMany', { count, max: WORDS.max });
  return t('summary.tooFew', { count, min: WORDS.min });
}
