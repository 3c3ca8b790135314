// The BIP39 English wordlist, the only list protocol v1 draws from (docs/protocol.md#passphrase).
// Imported by path so that bundles carry this one list and not bip39's code or other languages.
// The `type: 'json'` attribute is what browsers and Node's own ESM loader require for JSON;
// bundlers and tsx accept it too.
import english from 'bip39/src/wordlists/english.json' with { type: 'json' };

// 2048 = 2^11: a word is exactly 11 bits, and `u16 & 0x7ff` indexes it without bias. A list of
// any other length would silently change every passphrase, so refuse to load.
if (!Array.isArray(english) || english.length !== 2048) {
  throw new Error(`BIP39 English wordlist: expected 2048 words, got ${String(english?.length)}`);
}

export const WORDLIST: readonly string[] = Object.freeze(english.slice());
