// One plain word for an entropy figure (docs/generator.md#strength-words). The figures are for
// secrets drawn uniformly at random, where entropy is exactly the log2 of the guesses an attacker
// needs in the worst case: not for human-chosen passwords, which need a model such as zxcvbn.
//
// Thresholds (lower bound inclusive), and why:
// -   0 weak:        under 2^40 guesses, minutes for one GPU against a fast hash. Only
//                    fit where the verifier throttles guesses (a PIN behind a lockout).
// -  40 fair:        out of reach online, within reach offline: DES's 2^56 fell to brute force in
//                    1998.
// -  64 good:        NIST SP 800-63B (rev. 3) §5.1.2.2: a random look-up secret under 64 bits
//                    needs throttling (≤ 100 failures in 30 days) and a salted hash, while from
//                    64 bits a plain hash will do, so NIST deems 64 random bits safe offline.
// -  80 strong:      10^24 guesses: out of reach short of Bitcoin-mining-scale hardware aimed at
//                    one fast hash; 80 bits was NIST's minimum security strength through 2013
//                    (SP 800-131A); SP 800-57 Part 1 Rev. 5 Table 4 now asks 112 of keys.
// - 128 very strong: the strength of AES-128, which SP 800-57 Part 1 Rev. 5 Table 4 deems
//                    acceptable beyond 2030.
// So: default passphrase (8 words) 88 bits strong; 6 words 66 good; PINs always weak (39.9 bits at
// 12 digits); a 20-character password of all classes, 130.9 bits, very strong; UUID v4 strong.

export type Strength = 'weak' | 'fair' | 'good' | 'strong' | 'very strong';

export const STRENGTH_THRESHOLDS: readonly { min: number; strength: Strength }[] = Object.freeze([
  { min: 128, strength: 'very strong' },
  { min: 80, strength: 'strong' },
  { min: 64, strength: 'good' },
  { min: 40, strength: 'fair' },
  { min: 0, strength: 'weak' },
]);

export function strengthOf(bits: number): Strength {
  if (typeof bits !== 'number')
    throw new TypeError(`entropy bits must be a number, got ${typeof bits}`);
  if (!Number.isFinite(bits) || bits < 0) {
    throw new RangeError(`entropy bits must be finite and non-negative, got ${bits}`);
  }
  return STRENGTH_THRESHOLDS.find((t) => bits >= t.min)!.strength;
}
