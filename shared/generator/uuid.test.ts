import { describe, expect, it } from 'vitest';
import { entropyBits, generate } from './generate';
import {
  fixedRandom,
  histogram,
  seededRandom,
  uniformPValue,
} from '../../tests/support/generator-testkit';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const uuid = { kind: 'uuid' as const };

describe('uuid', () => {
  it('known answers: version and variant bits forced, the other 122 bits from the source', () => {
    expect(generate(uuid, fixedRandom([...Array(16).keys()])).value).toBe(
      '00010203-0405-4607-8809-0a0b0c0d0e0f',
    );
    expect(generate(uuid, fixedRandom(new Array(16).fill(0xff))).value).toBe(
      'ffffffff-ffff-4fff-bfff-ffffffffffff',
    );
    expect(generate(uuid, fixedRandom(new Array(16).fill(0))).value).toBe(
      '00000000-0000-4000-8000-000000000000',
    );
  });

  it('is RFC 9562 version 4 format, lowercase, and unique', () => {
    const random = seededRandom(1);
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const { value } = generate(uuid, i % 2 ? random : undefined);
      expect(value).toMatch(UUID_V4);
      seen.add(value);
    }
    expect(seen.size).toBe(1000);
  });

  it('has 122 bits of entropy (strong), and the variant nibble is uniform over 8, 9, a, b', () => {
    expect(entropyBits(uuid)).toBe(122);
    expect(generate(uuid).strength).toBe('strong');
    const random = seededRandom(2);
    const variant = Array.from(
      { length: 4000 },
      () => parseInt(generate(uuid, random).value[19]!, 16) - 8,
    );
    expect(uniformPValue(histogram(variant, 4))).toBeGreaterThan(1e-3);
  });
});
