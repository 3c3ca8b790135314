import { describe, expect, it } from 'vitest';
import { entropyBits, generate } from './generate';
import {
  fixedRandom,
  histogram,
  seededRandom,
  uniformPValue,
} from '../../tests/support/generator-testkit';

const pin = (length: number) => ({ kind: 'pin' as const, length });

describe('pin', () => {
  it('known answer: 4-bit draws, 10..15 rejected (never byte % 10)', () => {
    const bytes = [...Array(16).keys(), 16, 0xff, 0x19]; // 0..15, then 16 → 0, 0xff ✗, 0x19 → 9
    expect(generate(pin(12), fixedRandom(bytes)).value).toBe('012345678909');
  });

  it('is digits of the requested length, leading zeros kept', () => {
    const random = seededRandom(1);
    for (let length = 4; length <= 12; length++) {
      for (let i = 0; i < 50; i++)
        expect(generate(pin(length), random).value).toMatch(new RegExp(`^[0-9]{${length}}$`));
    }
  });

  it('entropy is length · log2(10): 6 digits 19.93 bits, always weak', () => {
    expect(entropyBits(pin(6))).toBeCloseTo(19.93, 2);
    expect(entropyBits(pin(6))).toBeCloseTo(6 * Math.log2(10), 12);
    expect(generate(pin(12)).strength).toBe('weak');
    expect(entropyBits(pin(12))).toBeLessThan(40);
  });

  it('digits are uniform: seeded (p ≥ 0.001) and real source (p ≥ 1e-6)', () => {
    for (const [random, p] of [
      [seededRandom(2), 1e-3],
      [undefined, 1e-6],
    ] as const) {
      const digits = Array.from({ length: 5000 }, () =>
        [...generate(pin(8), random).value].map(Number),
      ).flat();
      expect(uniformPValue(histogram(digits, 10))).toBeGreaterThan(p);
    }
  });
});
