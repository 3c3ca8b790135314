// Uniform integers from a byte source, for every generator kind (docs/generator.md#sampling).
// `byte % n` is biased whenever n does not divide 256 (`% 10` makes 0–5 come up 26 times in 256
// and 6–9 only 25), and Math.random is not a CSPRNG. So: draw the fewest bytes that can hold
// max - 1, keep only the bits it needs (a power-of-two range, so masking is exact), and reject
// values ≥ max. Each draw is accepted with probability > 1/2, so two draws are expected at worst.
import { randomBytes } from '../encoding';

/**
 * Fills `n` random bytes; default uses crypto.getRandomValues (shared/encoding randomBytes).
 * Injectable for tests. The generator zeroes each returned array once it has used it.
 */
export type RandomSource = (n: number) => Uint8Array;

/** Largest `max` uniformInt accepts: max - 1 fits in 32 bits, and the arithmetic stays exact. */
export const UNIFORM_INT_MAX = 2 ** 32;

/**
 * A false alarm after this many rejected draws has probability below 2^-128; reaching it means
 * the source is broken (a constant stub, say), and looping forever would hide that.
 */
const MAX_DRAWS = 128;

/** `n` bytes from `random`, checked: a short or wrong result would silently skew every value. */
export function draw(random: RandomSource, n: number): Uint8Array {
  const out = random(n);
  if (!(out instanceof Uint8Array) || out.length !== n) {
    const got = out instanceof Uint8Array ? `${out.length} bytes` : typeof out;
    throw new TypeError(`random source must return a Uint8Array of ${n} bytes, got ${got}`);
  }
  return out;
}

/** Uniform integer in [0, max), by rejection sampling over the fewest whole bytes. */
export function uniformInt(max: number, random: RandomSource = randomBytes): number {
  if (typeof max !== 'number' || !Number.isSafeInteger(max)) {
    throw new TypeError(`uniformInt max must be an integer, got ${String(max)}`);
  }
  if (max < 1 || max > UNIFORM_INT_MAX) {
    throw new RangeError(`uniformInt max must be 1..${UNIFORM_INT_MAX}, got ${max}`);
  }
  if (typeof random !== 'function') {
    throw new TypeError(`random source must be a function, got ${typeof random}`);
  }
  if (max === 1) return 0;
  const bits = 32 - Math.clz32(max - 1); // 1..32: bit length of the largest wanted value
  const n = Math.ceil(bits / 8);
  const topMask = 0xff >> (8 * n - bits); // keep `bits` bits in total, big-endian
  for (let i = 0; i < MAX_DRAWS; i++) {
    const b = draw(random, n);
    let v = b[0]! & topMask;
    for (let j = 1; j < n; j++) v = v * 256 + b[j]!; // not `<<`: JS shifts are signed 32-bit
    b.fill(0);
    if (v < max) return v;
  }
  throw new Error(`random source looks broken: ${MAX_DRAWS} draws in a row were rejected`);
}

/** `length` characters drawn independently and uniformly from `alphabet` (distinct characters). */
export function uniformString(alphabet: string, length: number, random: RandomSource): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[uniformInt(alphabet.length, random)]!;
  return out;
}
