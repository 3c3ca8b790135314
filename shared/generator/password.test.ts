import { describe, expect, it } from 'vitest';
import { generate, entropyBits } from './generate';
import { DEFAULT_GENERATOR_OPTIONS, type PasswordOptions } from './options';
import {
  AMBIGUOUS_CHARS,
  countWithEachClass,
  log2BigInt,
  PASSWORD_CLASSES,
  passwordClasses,
  sampleWithEachClass,
} from './password';
import { uniformInt, type RandomSource } from './random';
import {
  chiSquare,
  chiSquarePValue,
  fixedRandom,
  histogram,
  seededRandom,
  uniformPValue,
} from '../../tests/support/generator-testkit';

const ALL = { ...DEFAULT_GENERATOR_OPTIONS.password };
const opts = (o: Partial<PasswordOptions>) => ({ ...ALL, ...o });
const CLASS_RE = { lower: /[a-z]/, upper: /[A-Z]/, digits: /[0-9]/, symbols: /[^a-zA-Z0-9]/ };

describe('password alphabets', () => {
  it('are the documented, disjoint printable ASCII sets (94 characters in all)', () => {
    const all = Object.values(PASSWORD_CLASSES).join('');
    expect(all.length).toBe(94);
    expect(new Set(all).size).toBe(94);
    for (let c = 0x21; c <= 0x7e; c++) expect(all).toContain(String.fromCharCode(c));
    expect(PASSWORD_CLASSES.symbols.length).toBe(32);
  });

  it('avoidAmbiguous removes exactly the look-alikes', () => {
    const sizes = passwordClasses(opts({ avoidAmbiguous: true })).map((c) => c.length);
    expect(sizes).toEqual([24, 24, 8, 28]);
    const kept = passwordClasses(opts({ avoidAmbiguous: true })).join('');
    for (const ch of AMBIGUOUS_CHARS) expect(kept).not.toContain(ch);
    expect(kept.length + AMBIGUOUS_CHARS.length).toBe(94);
  });
});

describe('password generation', () => {
  it('known answer: lower only, rejection of 26..31 (5-bit draws)', () => {
    const g = generate(
      opts({ length: 4, upper: false, digits: false, symbols: false }),
      fixedRandom([0, 1, 26, 31, 2, 25]),
    );
    expect(g.value).toBe('abcz');
  });

  it('has the requested length and only the chosen classes', () => {
    const random = seededRandom(1);
    for (const [length, o] of [
      [4, { lower: false, upper: false, digits: true, symbols: false }],
      [17, { lower: true, upper: false, digits: false, symbols: true }],
      [1024, {}],
    ] as const) {
      const { value } = generate(opts({ length, ...o }), random);
      expect(value.length).toBe(length);
      for (const c of ['lower', 'upper', 'digits', 'symbols'] as const) {
        if (opts(o)[c]) continue;
        expect(value).not.toMatch(CLASS_RE[c]);
      }
    }
  });

  it('contains every chosen class, always (2,000 passwords at the minimum length 4)', () => {
    const random = seededRandom(2);
    for (const avoidAmbiguous of [false, true]) {
      for (let i = 0; i < 2000; i++) {
        const { value } = generate(opts({ length: 4, avoidAmbiguous }), random);
        for (const re of Object.values(CLASS_RE)) expect(value).toMatch(re);
      }
    }
    // Two classes, and the real source.
    for (let i = 0; i < 500; i++) {
      const { value } = generate(opts({ length: 4, lower: false, symbols: false }));
      expect(value).toMatch(CLASS_RE.upper);
      expect(value).toMatch(CLASS_RE.digits);
    }
  });

  it('avoidAmbiguous never emits a look-alike', () => {
    const random = seededRandom(3);
    for (let i = 0; i < 200; i++) {
      const { value } = generate(opts({ length: 64, avoidAmbiguous: true }), random);
      for (const ch of AMBIGUOUS_CHARS) expect(value).not.toContain(ch);
    }
  });

  it('gives up on a broken source instead of looping', () => {
    // All zeros: always "aaaa", which never has an upper-case letter.
    expect(() => generate(opts({ length: 4 }), (n) => new Uint8Array(n))).toThrow(/broken/);
    expect(() => sampleWithEachClass(['a', 'b', 'c'], 2, seededRandom(1))).toThrow(RangeError);
  });
});

describe('password entropy', () => {
  it('counts by inclusion–exclusion agree with brute force over tiny alphabets', () => {
    // Classes of sizes 2, 2, 1, 3 over an 8-symbol alphabet: enumerate every string.
    const classOf = [0, 0, 1, 1, 2, 3, 3, 3];
    for (let length = 1; length <= 6; length++) {
      let n = 0;
      for (let s = 0; s < 8 ** length; s++) {
        let seen = 0;
        for (let x = s, i = 0; i < length; i++, x = Math.floor(x / 8)) seen |= 1 << classOf[x % 8]!;
        if (seen === 0b1111) n++;
      }
      expect(countWithEachClass(8, [2, 2, 1, 3], length)).toBe(BigInt(n));
      // Only some classes required (the rest of the alphabet is free filler).
    }
    expect(countWithEachClass(8, [], 3)).toBe(512n);
    expect(countWithEachClass(3, [1, 2], 3)).toBe(18n); // 27 − 8 (no a) − 1 (aaa)
  });

  it('counts agree with an independent count over class patterns, real alphabet', () => {
    // Sum over every assignment of a class to each position that uses all four classes of the
    // product of the class sizes: a different method from inclusion–exclusion.
    const sizes = [26, 26, 10, 32];
    for (let length = 4; length <= 7; length++) {
      let n = 0n;
      for (let p = 0; p < 4 ** length; p++) {
        let seen = 0;
        let product = 1n;
        for (let x = p, i = 0; i < length; i++, x >>= 2) {
          seen |= 1 << (x & 3);
          product *= BigInt(sizes[x & 3]!);
        }
        if (seen === 0b1111) n += product;
      }
      expect(countWithEachClass(94, sizes, length)).toBe(n);
    }
    // At length 4 each class appears once: 4! orders · 26 · 26 · 10 · 32.
    expect(countWithEachClass(94, sizes, 4)).toBe(24n * 26n * 26n * 10n * 32n);
  });

  it('known figures', () => {
    const lowerOnly = opts({ length: 20, upper: false, digits: false, symbols: false });
    expect(entropyBits(lowerOnly)).toBeCloseTo(20 * Math.log2(26), 9); // 94.01
    expect(entropyBits(lowerOnly)).toBeCloseTo(94.01, 2);
    expect(entropyBits(opts({ length: 4 }))).toBeCloseTo(Math.log2(24 * 26 * 26 * 10 * 32), 9); // 22.31
    expect(entropyBits(opts({ length: 4 }))).toBeCloseTo(22.31, 2);
    expect(entropyBits(opts({ length: 20 }))).toBeCloseTo(130.93, 2);
    // Below the naive length · log2(94), and the gap closes as missing a class gets unlikely.
    for (const length of [4, 8, 16, 64]) {
      expect(entropyBits(opts({ length }))).toBeLessThan(length * Math.log2(94));
    }
    expect(entropyBits(opts({ length: 1024 }))).toBeCloseTo(1024 * Math.log2(94), 9);
    expect(entropyBits(opts({ length: 1024, avoidAmbiguous: true }))).toBeCloseTo(
      1024 * Math.log2(84),
      9,
    );
    expect(
      entropyBits(opts({ length: 12, lower: false, upper: false, symbols: false })),
    ).toBeCloseTo(12 * Math.log2(10), 9);
  });

  it('log2BigInt is exact to double precision, past 2^1024', () => {
    expect(log2BigInt(1n)).toBe(0);
    expect(log2BigInt(1n << 5000n)).toBe(5000);
    expect(log2BigInt(3n << 2000n)).toBeCloseTo(2000 + Math.log2(3), 12);
    expect(() => log2BigInt(0n)).toThrow(RangeError);
  });
});

describe('password uniformity', () => {
  /** All strings of `length` over `union` that contain a character of each class, in order. */
  function validSet(classes: string[], length: number): string[] {
    const union = classes.join('');
    let all = [''];
    for (let i = 0; i < length; i++) all = all.flatMap((s) => [...union].map((c) => s + c));
    return all.filter((s) => classes.every((c) => [...c].some((ch) => s.includes(ch))));
  }

  /** The "force one of each class, fill, shuffle" construction the header warns about. */
  function forceAndShuffle(classes: string[], length: number, random: RandomSource): string {
    const union = classes.join('');
    const chars = classes.map((c) => c[uniformInt(c.length, random)]!);
    while (chars.length < length) chars.push(union[uniformInt(union.length, random)]!);
    for (let i = chars.length - 1; i > 0; i--) {
      const j = uniformInt(i + 1, random);
      [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    }
    return chars.join('');
  }

  it('is uniform over exactly the valid passwords; force-and-shuffle is not', () => {
    for (const [classes, length] of [
      [['a', 'b'], 4],
      [['ab', 'cde'], 4],
    ] as const) {
      // (With a single filler character, length = classes + 1, force-and-shuffle happens to be
      // uniform; from two fillers on it is not.)
      const valid = validSet([...classes], length);
      const index = new Map(valid.map((s, i) => [s, i]));
      const n = valid.length * 400;
      const sample = (f: (r: RandomSource) => string, seed: number) => {
        const random = seededRandom(seed);
        return histogram(
          Array.from({ length: n }, () => index.get(f(random))!),
          valid.length,
        );
      };
      const ours = sample((r) => sampleWithEachClass(classes, length, r), 21);
      expect(uniformPValue(ours), `${classes}`).toBeGreaterThan(1e-3);
      const forced = sample((r) => forceAndShuffle([...classes], length, r), 21);
      expect(uniformPValue(forced), `${classes}`).toBeLessThan(1e-6);
    }
  });

  it('lower only: every position uniform over a–z (seeded, and real source)', () => {
    const o = opts({ length: 16, upper: false, digits: false, symbols: false });
    const code = (ch: string) => ch.charCodeAt(0) - 97;
    for (const [random, p] of [
      [seededRandom(4), 1e-3],
      [undefined, 1e-6],
    ] as const) {
      const chars = Array.from({ length: 1000 }, () => [...generate(o, random).value].map(code));
      // Positions are independent here, so pooling them is sound; check two alone as well.
      expect(uniformPValue(histogram(chars.flat(), 26))).toBeGreaterThan(p);
      expect(
        uniformPValue(
          histogram(
            chars.map((c) => c[0]!),
            26,
          ),
        ),
      ).toBeGreaterThan(p);
      expect(
        uniformPValue(
          histogram(
            chars.map((c) => c[15]!),
            26,
          ),
        ),
      ).toBeGreaterThan(p);
    }
  });

  it('all classes: a position follows the exact distribution of a uniform valid password', () => {
    // In a uniform valid password of length L, P(first char = x of class c) is the number of
    // strings of length L−1 that complete it (every class but c still required) over the total.
    const L = 6;
    const union = Object.values(PASSWORD_CLASSES).join('');
    const sizes = Object.values(PASSWORD_CLASSES).map((c) => c.length);
    const total = Number(countWithEachClass(94, sizes, L));
    const probs = [...union].map((ch) => {
      const c = Object.values(PASSWORD_CLASSES).findIndex((cls) => cls.includes(ch));
      return (
        Number(
          countWithEachClass(
            94,
            sizes.filter((_, i) => i !== c),
            L - 1,
          ),
        ) / total
      );
    });
    expect(probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const n = 40_000;
    const random = seededRandom(5);
    const first = Array.from({ length: n }, () =>
      union.indexOf(generate(opts({ length: L }), random).value[0]!),
    );
    const stat = chiSquare(
      histogram(first, 94),
      probs.map((p) => p * n),
    );
    expect(chiSquarePValue(stat, 93)).toBeGreaterThan(1e-3);
    // Not simply uniform over the 94: a digit (small class) is more likely than a letter.
    expect(probs[union.indexOf('5')]!).toBeGreaterThan(probs[union.indexOf('a')]!);
  });
});
