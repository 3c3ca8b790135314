import { describe, expect, it } from 'vitest';
import { draw, uniformInt, UNIFORM_INT_MAX, type RandomSource } from './random';
import {
  chiSquarePValue,
  fixedRandom,
  histogram,
  seededRandom,
  uniformPValue,
} from '../../tests/support/generator-testkit';

/** p-value thresholds: seeded runs are deterministic; real-source runs fail once in a million. */
const P_SEEDED = 1e-3;
const P_REAL = 1e-6;

describe('testkit', () => {
  it('chi-square p-values match published critical values (p = 0.001)', () => {
    // Critical values of the chi-square distribution at p = 0.001 (NIST/SEMATECH e-Handbook 1.3.6.7.4).
    const table: [number, number][] = [
      [1, 10.828],
      [2, 13.816],
      [5, 20.515],
      [9, 27.877],
      [10, 29.588],
      [30, 59.703],
      [100, 149.449],
    ];
    for (const [df, x] of table) expect(chiSquarePValue(x, df)).toBeCloseTo(0.001, 5);
    expect(chiSquarePValue(0, 5)).toBe(1);
    expect(chiSquarePValue(9, 9)).toBeCloseTo(0.4373, 4); // median-ish: P(X ≥ df) for df = 9
  });

  it('seeded sources are deterministic and differ by seed', () => {
    expect(seededRandom(1)(32)).toEqual(seededRandom(1)(32));
    expect(seededRandom(1)(32)).not.toEqual(seededRandom(2)(32));
    // Byte-at-a-time and bulk reads see the same stream.
    const a = seededRandom(7);
    const one = Uint8Array.from({ length: 9 }, () => a(1)[0]!);
    expect(one).toEqual(seededRandom(7)(9));
  });
});

describe('uniformInt', () => {
  it('refuses bad bounds and sources, naming the value', () => {
    for (const m of [0, -1, UNIFORM_INT_MAX + 1]) {
      expect(() => uniformInt(m)).toThrow(RangeError);
      expect(() => uniformInt(m)).toThrow(String(m));
    }
    for (const m of [1.5, NaN, Infinity, '10' as unknown as number]) {
      expect(() => uniformInt(m)).toThrow(TypeError);
    }
    expect(() => uniformInt(10, 'x' as unknown as RandomSource)).toThrow(TypeError);
    expect(() => uniformInt(10, () => new Uint8Array(0))).toThrow(/1 bytes, got 0 bytes/);
    expect(() => uniformInt(10, () => [1] as unknown as Uint8Array)).toThrow(TypeError);
    expect(() => draw(() => new Uint8Array(3), 2)).toThrow(TypeError);
  });

  it('gives up on a source that is constant and always rejected', () => {
    expect(() => uniformInt(10, (n) => new Uint8Array(n).fill(0xff))).toThrow(/broken/);
  });

  it('draws the fewest bytes, masks the top bits, rejects values ≥ max (known answers)', () => {
    const cases: [max: number, bytes: number[], want: number, used: number][] = [
      [1, [], 0, 0], // nothing to choose: no draw
      [2, [0xff], 1, 1], // 1 bit: 0xff & 0x01
      [10, [0xf3], 3, 1], // 4 bits: 0xf3 & 0x0f = 3
      [10, [0x0f, 0x0a, 0x07], 7, 3], // 15 and 10 rejected, then 7
      [256, [0xab], 0xab, 1],
      [257, [0xff, 0xff, 0x01, 0x00], 256, 4], // 9 bits: 0x1ff rejected, then 0x100
      [2048, [0xff, 0xfe], 2046, 2], // 11 bits, never rejects
      [1000, [0x03, 0xe8, 0x03, 0xe7], 999, 4], // 1000 rejected
      [2 ** 32, [0xde, 0xad, 0xbe, 0xef], 0xdeadbeef, 4], // above 2^31: no sign trouble
    ];
    for (const [max, bytes, want, used] of cases) {
      const src = fixedRandom(bytes);
      expect(uniformInt(max, src), `max ${max}`).toBe(want);
      expect(src.used(), `bytes for max ${max}`).toBe(used);
    }
  });

  it('zeroes the bytes it drew', () => {
    const seen: Uint8Array[] = [];
    uniformInt(1000, (n) => {
      const b = new Uint8Array(n).fill(0x01);
      seen.push(b);
      return b;
    });
    for (const b of seen) expect([...b]).toEqual(new Array(b.length).fill(0));
  });

  it('stays in range', () => {
    const random = seededRandom(1);
    for (const max of [1, 2, 3, 7, 10, 62, 94, 255, 256, 257, 1000, 2048, 65537, 2 ** 31 + 1]) {
      for (let i = 0; i < 200; i++) {
        const v = uniformInt(max, random);
        expect(Number.isInteger(v) && v >= 0 && v < max).toBe(true);
      }
    }
  });

  it('is uniform: chi-square over a seeded source (p ≥ 0.001)', () => {
    for (const [max, seed] of [
      [3, 11],
      [10, 12],
      [62, 13],
      [94, 14],
      [1000, 15],
    ] as const) {
      const random = seededRandom(seed);
      const n = max * 200;
      const counts = histogram(
        Array.from({ length: n }, () => uniformInt(max, random)),
        max,
      );
      expect(uniformPValue(counts), `uniformInt(${max})`).toBeGreaterThan(P_SEEDED);
    }
  });

  it('the chi-square test has teeth: `byte % 10` fails it where uniformInt(10) passes', () => {
    // byte % 10 gives 0–5 a weight of 26/256 and 6–9 of 25/256; 200,000 samples make the
    // statistic ≈ 82 against 27.9 for p = 0.001 at 9 degrees of freedom.
    const n = 200_000;
    const biased = seededRandom(99);
    const modulo = histogram(
      Array.from({ length: n }, () => biased(1)[0]! % 10),
      10,
    );
    expect(uniformPValue(modulo)).toBeLessThan(1e-6);
    const fair = seededRandom(99);
    const rejection = histogram(
      Array.from({ length: n }, () => uniformInt(10, fair)),
      10,
    );
    expect(uniformPValue(rejection)).toBeGreaterThan(P_SEEDED);
  });

  it('is uniform on the real source (crypto.getRandomValues, p ≥ 1e-6)', () => {
    for (const max of [10, 62, 2048]) {
      const n = max * 100;
      const counts = histogram(
        Array.from({ length: n }, () => uniformInt(max)),
        max,
      );
      expect(uniformPValue(counts), `uniformInt(${max})`).toBeGreaterThan(P_REAL);
    }
  });
});
