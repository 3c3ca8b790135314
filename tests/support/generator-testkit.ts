// Test helpers for shared/generator: deterministic random sources and a chi-square
// goodness-of-fit test with an exact p-value. Tests only: never part of a build.
import type { RandomSource } from '../../shared/generator/random';

/**
 * Seeded byte stream: xoshiro128** (Blackman & Vigna 2018), seeded by splitmix32. Fast and
 * statistically sound, so a deterministic chi-square test checks our sampling, not the PRNG.
 * Not cryptographic: tests only.
 */
export function seededRandom(seed: number): RandomSource {
  let x = seed >>> 0;
  const splitmix32 = () => {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix32();
  let b = splitmix32();
  let c = splitmix32();
  let d = splitmix32();
  const rotl = (v: number, k: number) => (v << k) | (v >>> (32 - k));
  const next = () => {
    const r = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return r;
  };
  let word = 0;
  let left = 0;
  return (n) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      if (left === 0) {
        word = next();
        left = 4;
      }
      out[i] = word & 0xff;
      word >>>= 8;
      left--;
    }
    return out;
  };
}

/** A source that returns exactly these bytes, in order, then fails: for known-answer tests. */
export function fixedRandom(bytes: readonly number[]): RandomSource & { used: () => number } {
  let o = 0;
  const f = (n: number) => {
    if (o + n > bytes.length) throw new Error(`fixed source exhausted at ${o} + ${n}`);
    const out = Uint8Array.from(bytes.slice(o, o + n));
    o += n;
    return out;
  };
  return Object.assign(f, { used: () => o });
}

/** Pearson's statistic Σ (observed − expected)² / expected. */
export function chiSquare(observed: readonly number[], expected: readonly number[]): number {
  if (observed.length !== expected.length) throw new RangeError('length mismatch');
  return observed.reduce((s, o, i) => s + (o - expected[i]!) ** 2 / expected[i]!, 0);
}

/** Counts of each value 0..k-1. */
export function histogram(values: Iterable<number>, k: number): number[] {
  const h = new Array<number>(k).fill(0);
  for (const v of values) {
    if (!(v >= 0 && v < k)) throw new RangeError(`value ${v} out of 0..${k - 1}`);
    h[v]!++;
  }
  return h;
}

/** p-value of a chi-square test of counts against equal expected counts (df = k − 1). */
export function uniformPValue(counts: readonly number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  const expected = counts.map(() => total / counts.length);
  return chiSquarePValue(chiSquare(counts, expected), counts.length - 1);
}

/** P(X ≥ x) for X chi-square with `df` degrees of freedom: Q(df/2, x/2). */
export function chiSquarePValue(x: number, df: number): number {
  return gammaQ(df / 2, x / 2);
}

// Lanczos approximation (g = 7, n = 9), good to ~15 digits for z ≥ 0.5.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];
function lnGamma(z: number): number {
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - lnGamma(1 - z);
  z -= 1;
  let s = LANCZOS[0]!;
  for (let i = 1; i < 9; i++) s += LANCZOS[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(s);
}

/** Regularised upper incomplete gamma Q(a, x) (Numerical Recipes §6.2: series or Lentz). */
function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const front = Math.exp(-x + a * Math.log(x) - lnGamma(a));
  if (x < a + 1) {
    let ap = a;
    let del = 1 / a;
    let sum = del;
    for (let n = 0; n < 10_000 && Math.abs(del) > Math.abs(sum) * 1e-16; n++) {
      ap++;
      del *= x / ap;
      sum += del;
    }
    return 1 - sum * front;
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return front * h;
}
