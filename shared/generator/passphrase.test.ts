import { describe, expect, it } from 'vitest';
import { WORDLIST } from '../wordlist';
import { entropyBits, generate } from './generate';
import { DEFAULT_GENERATOR_OPTIONS, type PassphraseOptions } from './options';
import { uniformInt } from './random';
import {
  fixedRandom,
  histogram,
  seededRandom,
  uniformPValue,
} from '../../tests/support/generator-testkit';

const opts = (o: Partial<PassphraseOptions>) => ({ ...DEFAULT_GENERATOR_OPTIONS.passphrase, ...o });
const INDEX = new Map(WORDLIST.map((w, i) => [w, i]));
/** The known-answer vector's words (docs/protocol.md#known-answer-vector): indices 0, 1, 2, 2045, 2046, 2047 as big-endian u16s. */
const KAT_BYTES = [0x00, 0x00, 0x00, 0x01, 0x00, 0x02, 0x07, 0xfd, 0x07, 0xfe, 0x07, 0xff];

describe('passphrase generation', () => {
  it('known answers: words, separator, capitals, digit', () => {
    const six = { words: 6 };
    expect(generate(opts({ ...six, separator: ' ' }), fixedRandom(KAT_BYTES)).value).toBe(
      'abandon ability able zero zone zoo',
    );
    // 11-bit draws ignore the top five bits of the first byte.
    const high = KAT_BYTES.map((b, i) => (i % 2 === 0 ? b | 0xf8 : b));
    expect(generate(opts({ ...six, separator: '' }), fixedRandom(high)).value).toBe(
      'abandonabilityablezerozonezoo',
    );
    expect(
      generate(opts({ ...six, separator: '-', capitalize: true }), fixedRandom(KAT_BYTES)).value,
    ).toBe('Abandon-Ability-Able-Zero-Zone-Zoo');
    // Digit: position uniformInt(6) over 3-bit draws (6 rejected, then 2), then digit 7.
    expect(
      generate(
        opts({ ...six, separator: '.', includeDigit: true }),
        fixedRandom([...KAT_BYTES, 6, 2, 7]),
      ).value,
    ).toBe('abandon.ability.able7.zero.zone.zoo');
  });

  it('makes list words joined by the separator, capitalised when asked', () => {
    const random = seededRandom(1);
    for (const sep of ['-', ' ', '', '_.', '123']) {
      for (const capitalize of [false, true]) {
        const words = 3 + uniformInt(10, random);
        const { value } = generate(opts({ words, separator: sep, capitalize }), random);
        if (sep === '' && !capitalize) {
          expect(value).toMatch(/^[a-z]+$/); // word boundaries are not visible: see the caveat
          continue;
        }
        const parts = sep === '' ? value.match(/[A-Z][a-z]*/g)! : value.split(sep);
        expect(parts.length).toBe(words);
        for (const p of parts) {
          expect(INDEX.has(p.toLowerCase())).toBe(true);
          expect(p).toBe(capitalize ? p[0]!.toUpperCase() + p.slice(1) : p.toLowerCase());
        }
      }
    }
  });

  it('includeDigit adds exactly one digit, right after a word', () => {
    const random = seededRandom(2);
    for (let i = 0; i < 300; i++) {
      const { value } = generate(opts({ words: 5, separator: '-', includeDigit: true }), random);
      expect(value.replace(/[^0-9]/g, '').length).toBe(1);
      const parts = value.split('-');
      expect(parts.length).toBe(5);
      expect(parts.filter((p) => /^[a-z]+[0-9]$/.test(p)).length).toBe(1);
    }
  });
});

describe('passphrase entropy', () => {
  it('is 11 bits a word, plus log2(10 · words) with a digit', () => {
    expect(entropyBits(opts({ words: 6 }))).toBe(66);
    expect(entropyBits(opts({ words: 3 }))).toBe(33);
    expect(entropyBits(opts({ words: 12, capitalize: true }))).toBe(132);
    expect(entropyBits(opts({ words: 6, includeDigit: true }))).toBeCloseTo(66 + Math.log2(60), 12);
    expect(entropyBits(opts({ words: 6, includeDigit: true }))).toBeCloseTo(71.91, 2);
  });

  it('every (words, position, digit) choice is a distinct passphrase: exhaustive at 3 tiny words', () => {
    // With a digit-bearing separator the digit must still be recoverable: check all 3 · 10
    // placements over a fixed word triple give 30 different strings, for several separators.
    for (const separator of ['', '1', '-', '12']) {
      const seen = new Set<string>();
      for (let at = 0; at < 3; at++) {
        for (let d = 0; d < 10; d++) {
          const bytes = [0x00, 0x00, 0x00, 0x01, 0x00, 0x02, at, d];
          seen.add(
            generate(opts({ words: 3, separator, includeDigit: true }), fixedRandom(bytes)).value,
          );
        }
      }
      expect(seen.size, JSON.stringify(separator)).toBe(30);
    }
  });

  it('the documented caveat: 83 word pairs run together ambiguously without a separator', () => {
    // Pairs (a, b) ≠ (c, d) with a + b = c + d. They cost under 1e-4 bit a word boundary.
    const words = new Set(WORDLIST);
    let pairs = 0;
    for (const a of WORDLIST) {
      for (const c of WORDLIST) {
        if (c.length <= a.length || !c.startsWith(a)) continue;
        const rest = c.slice(a.length); // a + b = c + d  ⇔  b = rest + d
        for (const b of WORDLIST)
          if (b.startsWith(rest) && words.has(b.slice(rest.length))) pairs++;
      }
    }
    expect(pairs).toBe(83);
    const bitsLost = (2 * pairs) / 2048 ** 2; // each colliding output has 2 preimages: 1 bit each
    expect(bitsLost).toBeLessThan(1e-4);
  });
});

describe('passphrase uniformity', () => {
  function wordIndices(random?: (n: number) => Uint8Array, n = 4000): number[] {
    return Array.from({ length: n }, () =>
      generate(opts({ words: 8, separator: ' ' }), random)
        .value.split(' ')
        .map((w) => INDEX.get(w)!),
    ).flat();
  }

  it('word indices are uniform: 64 buckets of 32 words, and all 2048 (seeded)', () => {
    const idx = wordIndices(seededRandom(3), 16_000); // 128,000 words
    expect(
      uniformPValue(
        histogram(
          idx.map((i) => i >> 5),
          64,
        ),
      ),
    ).toBeGreaterThan(1e-3);
    expect(uniformPValue(histogram(idx, 2048))).toBeGreaterThan(1e-3);
  });

  it('word indices are uniform on the real source (p ≥ 1e-6)', () => {
    const idx = wordIndices(undefined, 4000);
    expect(
      uniformPValue(
        histogram(
          idx.map((i) => i >> 5),
          64,
        ),
      ),
    ).toBeGreaterThan(1e-6);
  });

  it('the digit and its word are uniform', () => {
    const random = seededRandom(4);
    const at: number[] = [];
    const digit: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      const parts = generate(
        opts({ words: 7, separator: '-', includeDigit: true }),
        random,
      ).value.split('-');
      const k = parts.findIndex((p) => /[0-9]$/.test(p));
      at.push(k);
      digit.push(Number(parts[k]!.slice(-1)));
    }
    expect(uniformPValue(histogram(at, 7))).toBeGreaterThan(1e-3);
    expect(uniformPValue(histogram(digit, 10))).toBeGreaterThan(1e-3);
  });
});
