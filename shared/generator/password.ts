// Passwords (docs/generator.md#kinds-and-options): 4–1024 characters from up to four classes, at least one of each chosen
// class, uniform over exactly the passwords that satisfy that rule.
//
// Construction: draw every character uniformly from the union of the chosen classes, and start
// again if some chosen class is missing. Rejection keeps the result uniform over the valid set,
// so the entropy below is exact. The common "one forced character per class, fill, shuffle"
// construction is not uniform: with classes {a} and {b} at length 4 it makes `aaab` with
// probability 1/16 but `aabb` with 1/12 (password.test.ts shows this), so it favours balanced
// passwords and has less entropy than log2(valid count). Rejection is cheap: the worst case (length
// 4, all four classes, look-alikes avoided) accepts 6.2% of draws, about 16 tries of 4 characters.
import { uniformString, type RandomSource } from './random';
import type { PasswordOptions } from './options';

/**
 * The four classes, 94 characters in all: printable ASCII without the space. Symbols are the 32
 * of 0x21–0x7e that are neither letters nor digits: OWASP's list of password special characters
 * without the space, which is invisible at either end and often trimmed.
 */
export const PASSWORD_CLASSES = {
  lower: 'abcdefghijklmnopqrstuvwxyz',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  digits: '0123456789',
  symbols: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
} as const;

/**
 * Look-alikes left out when avoidAmbiguous is set: `I l 1 |` (a vertical stroke in many fonts),
 * `O 0 o` (a ring), and the quotes `` ` ' " `` (alike in small sizes, and turned into curly quotes
 * by word processors and chat apps). Every class keeps most of its characters (24, 24, 8, 28).
 */
export const AMBIGUOUS_CHARS = 'Il1|O0o`\'"';

type ClassName = keyof typeof PASSWORD_CLASSES;
const CLASS_NAMES = Object.keys(PASSWORD_CLASSES) as ClassName[];

/** The chosen classes' alphabets, look-alikes removed when asked. Disjoint by construction. */
export function passwordClasses(opts: PasswordOptions): string[] {
  return CLASS_NAMES.filter((c) => opts[c]).map((c) =>
    opts.avoidAmbiguous
      ? [...PASSWORD_CLASSES[c]].filter((ch) => !AMBIGUOUS_CHARS.includes(ch)).join('')
      : PASSWORD_CLASSES[c],
  );
}

/** Above any honest need (see the header); reaching it means the random source is broken. */
const MAX_TRIES = 10_000;

/**
 * A uniformly random string of `length` over the union of the disjoint `classes` that contains
 * at least one character of each class. Exported for tests with tiny alphabets.
 */
export function sampleWithEachClass(
  classes: readonly string[],
  length: number,
  random: RandomSource,
): string {
  const union = classes.join('');
  if (length < classes.length) {
    throw new RangeError(
      `length must be at least ${classes.length} (one per class), got ${length}`,
    );
  }
  for (let i = 0; i < MAX_TRIES; i++) {
    const s = uniformString(union, length, random);
    if (classes.every((c) => [...c].some((ch) => s.includes(ch)))) return s;
  }
  throw new Error(`random source looks broken: ${MAX_TRIES} passwords in a row lacked a class`);
}

/** A password for validated options. */
export function generatePasswordValue(opts: PasswordOptions, random: RandomSource): string {
  return sampleWithEachClass(passwordClasses(opts), opts.length, random);
}

/**
 * How many strings of `length` characters over an alphabet of `alphabet` symbols contain at least
 * one symbol of each of the disjoint classes of sizes `required`, exactly, by inclusion–exclusion:
 *   Σ over subsets S of the classes of (−1)^|S| · (alphabet − Σ_{c∈S} |c|)^length
 * (the strings that avoid every class of S, added and subtracted so each string missing some class
 * cancels out). BigInt, because 94^1024 has 6,700 bits.
 */
export function countWithEachClass(
  alphabet: number,
  required: readonly number[],
  length: number,
): bigint {
  let total = 0n;
  for (let subset = 0; subset < 1 << required.length; subset++) {
    let avoided = 0;
    let negative = false;
    required.forEach((size, i) => {
      if (subset & (1 << i)) {
        avoided += size;
        negative = !negative;
      }
    });
    const term = BigInt(alphabet - avoided) ** BigInt(length);
    total += negative ? -term : term;
  }
  return total;
}

/** log2 of a positive BigInt, to double precision (Number() alone overflows past 2^1024). */
export function log2BigInt(n: bigint): number {
  if (n <= 0n) throw new RangeError(`log2 needs a positive number, got ${n}`);
  const bits = n.toString(2).length;
  const shift = Math.max(0, bits - 64);
  return Math.log2(Number(n >> BigInt(shift))) + shift;
}

/**
 * log2 of the number of passwords the options allow, which is the entropy since every one is
 * equally likely: less than length · log2(alphabet) by the strings that miss a class
 * (length 4, all classes: 22.3 bits, not 26.2).
 */
export function passwordEntropyBits(opts: PasswordOptions): number {
  const classes = passwordClasses(opts);
  const sizes = classes.map((c) => c.length);
  const alphabet = sizes.reduce((a, b) => a + b, 0);
  return log2BigInt(countWithEachClass(alphabet, sizes, opts.length));
}
