// Passphrases of protocol v1 (docs/protocol.md#passphrase).
// The canonical form (lowercase list words joined by one U+0020) is what Argon2id hashes, so
// every client must map the same human input to the same string, and must never guess.
import { ProtocolError } from './errors';
import { WORDS } from './limits';
import { WORDLIST } from './wordlist';

/** Bits of entropy a word adds: log2(2048). */
const BITS_PER_WORD = 11;
/** BIP39 English words are unique in their first four letters, so this many letters name one. */
const PREFIX_LETTERS = 4;

const EXACT = new Set(WORDLIST);
/** Words by their first four letters (a list, so a list without the BIP39 property stays sound). */
const BY_PREFIX = new Map<string, string[]>();
for (const w of WORDLIST) {
  const key = w.slice(0, PREFIX_LETTERS);
  const list = BY_PREFIX.get(key);
  if (list) list.push(w);
  else BY_PREFIX.set(key, [w]);
}

function checkWordCount(words: unknown): number {
  if (typeof words !== 'number' || !Number.isSafeInteger(words)) {
    throw new TypeError(`word count must be an integer, got ${String(words)}`);
  }
  if (words < WORDS.min || words > WORDS.max) {
    throw new RangeError(`word count must be ${WORDS.min}..${WORDS.max}, got ${words}`);
  }
  return words;
}

/**
 * A new passphrase of `words` words, in canonical form.
 * Each word is `WORDLIST[u16 & 0x7ff]`: 65536 is a multiple of 2048, so the low 11 bits of a
 * uniform u16 are uniform and no rejection sampling is needed.
 */
export function generatePassphrase(words: number = WORDS.default): string {
  const n = checkWordCount(words);
  const r = crypto.getRandomValues(new Uint16Array(n));
  const out = Array.from(r, (u16) => WORDLIST[u16 & 0x7ff]!);
  r.fill(0);
  return out.join(' ');
}

/** Entropy of a generated passphrase of `words` words, in bits (66 at the default 6). */
export function passphraseEntropyBits(words: number): number {
  if (!Number.isSafeInteger(words) || words < 0) {
    throw new RangeError(`word count must be a non-negative integer, got ${String(words)}`);
  }
  return words * BITS_PER_WORD;
}

export type WordStatus = 'ok' | 'completed' | 'unknown' | 'ambiguous' | 'short';

/**
 * One token of typed input. `input` is the token after normalisation (lowercase, accents
 * removed); `word` is the list word it stands for, or null.
 * - ok: an exact list word; completed: a prefix of 4+ letters of exactly one word;
 * - short: fewer than 4 letters and not yet a word (keep typing);
 * - unknown: no list word starts with it; ambiguous: a prefix of several words (never happens
 *   with the English list, kept so the rule stays sound for any list).
 */
export type WordCheck = { input: string; word: string | null; status: WordStatus };

/**
 * Lowercase letters only, split on every run of non-letters (docs/protocol.md#passphrase).
 * NFKD then dropping combining marks makes "Abándon" or full-width "ａｂａｎｄｏｎ" read as
 * "abandon": the list is plain ASCII, so a mark can only be a keyboard's doing. Invisible format
 * characters (soft hyphen, zero-width space) that copy and paste carry are dropped too. Without
 * this, either (not a letter) would split a word in two.
 */
function tokenize(input: string): string[] {
  const s = input
    .normalize('NFKD')
    .replace(/[\p{M}\p{Cf}]+/gu, '')
    .toLowerCase();
  return s.split(/[^\p{L}]+/u).filter((t) => t.length > 0);
}

function checkToken(input: string): WordCheck {
  if (EXACT.has(input)) return { input, word: input, status: 'ok' };
  if (input.length < PREFIX_LETTERS) {
    const isStart = WORDLIST.some((w) => w.startsWith(input));
    return { input, word: null, status: isStart ? 'short' : 'unknown' };
  }
  const candidates = (BY_PREFIX.get(input.slice(0, PREFIX_LETTERS)) ?? []).filter((w) =>
    w.startsWith(input),
  );
  if (candidates.length === 1) return { input, word: candidates[0]!, status: 'completed' };
  return { input, word: null, status: candidates.length === 0 ? 'unknown' : 'ambiguous' };
}

/**
 * Per-word feedback for input being typed, and the canonical passphrase once every token
 * resolves and the count is allowed (else null). Never throws on user input.
 */
export function checkPassphrase(input: string): { words: WordCheck[]; canonical: string | null } {
  if (typeof input !== 'string') throw new TypeError(`expected string, got ${typeof input}`);
  const words = tokenize(input).map(checkToken);
  const resolved = words.every((w) => w.word !== null);
  const countOk = words.length >= WORDS.min && words.length <= WORDS.max;
  const canonical = resolved && countOk ? words.map((w) => w.word).join(' ') : null;
  return { words, canonical };
}

const WHY: Record<Exclude<WordStatus, 'ok' | 'completed'>, string> = {
  short: 'is too short: type at least four letters of each word',
  unknown: 'is not a word of the list',
  ambiguous: 'could be several words: type more letters',
};

/**
 * The canonical form of typed input, or ProtocolError('BAD_PASSPHRASE') naming the first token
 * that does not resolve, or the wrong word count. Never guesses: a wrong guess would cost the
 * recipient an attempt.
 */
export function canonicalPassphrase(input: string): string {
  const { words, canonical } = checkPassphrase(input);
  if (canonical !== null) return canonical;
  const bad = words.findIndex((w) => w.word === null);
  if (bad >= 0) {
    const w = words[bad]!;
    const why = WHY[w.status as keyof typeof WHY];
    throw new ProtocolError('BAD_PASSPHRASE', `word ${bad + 1} "${w.input}" ${why}`);
  }
  if (words.length === 0) throw new ProtocolError('BAD_PASSPHRASE', 'the passphrase is empty');
  throw new ProtocolError(
    'BAD_PASSPHRASE',
    `the passphrase has ${words.length} words; it must have ${WORDS.min} to ${WORDS.max}`,
  );
}
