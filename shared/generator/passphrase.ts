// Passphrases (docs/generator.md#kinds-and-options): 3–12 words from the BIP39 English list the protocol's own passphrases
// use (docs/protocol.md#passphrase), joined by a separator, optionally capitalised and with one digit.
//
// Entropy: 11 bits a word (2048 = 2^11 words, uniformInt(2048) is exact). includeDigit appends
// one digit 0–9 to one word chosen uniformly, adding log2(10) + log2(words) bits: the digit can
// be read back (it is the only digit after a word, where the separator would start), so every
// (words, digit, position) choice gives a distinct passphrase. Capitalising adds nothing.
// One caveat: with an empty separator and no capitalisation, 83 of the 2048² word pairs run
// together ambiguously ("canalarm" is can+alarm and canal+arm), so distinct outputs fall short of
// the count by a fraction under 10^-4 of a bit a boundary; below display precision, and we report
// the plain sum (docs/generator.md).
import { WORDLIST } from '../wordlist';
import { uniformInt, type RandomSource } from './random';
import type { PassphraseOptions } from './options';

export const BITS_PER_WORD = 11;

/** A passphrase for validated options. */
export function generatePassphraseValue(opts: PassphraseOptions, random: RandomSource): string {
  const words: string[] = [];
  for (let i = 0; i < opts.words; i++) {
    const w = WORDLIST[uniformInt(WORDLIST.length, random)]!;
    words.push(opts.capitalize ? w[0]!.toUpperCase() + w.slice(1) : w);
  }
  if (opts.includeDigit) {
    const at = uniformInt(opts.words, random);
    words[at] += String(uniformInt(10, random));
  }
  return words.join(opts.separator);
}

export function passphraseEntropy(opts: PassphraseOptions): number {
  const words = opts.words * BITS_PER_WORD;
  return opts.includeDigit ? words + Math.log2(10) + Math.log2(opts.words) : words;
}
