// Words the page shows that depend on data: expiry in the reader's locale, uses left, what a
// generated secret is, and the live summary of a typed passphrase. Pure, so unit-tested.
import type { SecretKind } from '../../shared/envelope';
import { WORDS } from '../../shared/limits';
import type { WordCheck } from '../../shared/passphrase';

const KIND_LABELS: Record<Exclude<SecretKind, 'text'>, string> = {
  password: 'Generated password',
  passphrase: 'Generated passphrase',
  pin: 'Generated PIN',
  token: 'Generated token',
  uuid: 'Generated UUID',
};

/** A label for generated secrets; null for text the sender typed or selected. */
export function kindLabel(kind: SecretKind): string | null {
  return kind === 'text' ? null : KIND_LABELS[kind];
}

export { formatExpiry, relativeExpiry } from '../ui/expiry';

export function viewsText(viewsLeft: number): string {
  return viewsLeft === 1 ? 'Once, then it is deleted' : `${viewsLeft} more times`;
}

/** Attempts left are wrong passphrases that reach the server; the last one destroys the secret. */
export function attemptsText(attemptsLeft: number): string {
  const n =
    attemptsLeft === 1
      ? '1 wrong passphrase destroys it'
      : `${attemptsLeft} wrong passphrases destroy it`;
  return `${n}; typos are caught before they count`;
}

export function viewsLeftAfterReveal(
  viewsLeft: number,
  what: 'secret' | 'file' = 'secret',
): string {
  if (viewsLeft === 0 && what === 'file') {
    return 'It has been deleted from the server: this page holds the only copy. Download it before you close or reload this page.';
  }
  return viewsLeft === 0
    ? 'It has been deleted from the server: this page holds the only copy. Copy it somewhere safe before you close or reload this page.'
    : `It can be opened ${viewsLeft === 1 ? 'once more' : `${viewsLeft} more times`} with the same link and passphrase.`;
}

/**
 * One sentence about the passphrase as typed so far, for the field's live region. It names the
 * first word that cannot be right; it never says how many words are expected (the page does
 * not know: 4 to 12).
 */
export function passphraseSummary(words: WordCheck[], canonical: string | null): string {
  if (words.length === 0) return '';
  const unknown = words.findIndex((w) => w.status === 'unknown');
  if (unknown >= 0) {
    return `Word ${unknown + 1}, “${words[unknown]!.input}”, is not in the word list.`;
  }
  // Only the last word can still be in the middle of being typed.
  const short = words.findIndex((w, i) => w.word === null && i < words.length - 1);
  if (short >= 0) {
    const w = words[short]!;
    return w.status === 'ambiguous'
      ? `Word ${short + 1}, “${w.input}”, could be several words: type more letters.`
      : `Word ${short + 1}, “${w.input}”, is too short: type at least four letters.`;
  }
  const n = words.length === 1 ? '1 word' : `${words.length} words`;
  if (canonical !== null) return `${n}, all recognised.`;
  if (words[words.length - 1]!.word === null) return `${n} so far; keep typing.`;
  if (words.length > WORDS.max) return `${n}: a passphrase has at most ${WORDS.max}.`;
  return `${n} recognised; a passphrase has at least ${WORDS.min}.`;
}
