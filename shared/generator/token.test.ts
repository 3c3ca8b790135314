import { describe, expect, it } from 'vitest';
import { b64uDecode } from '../encoding';
import { entropyBits, generate } from './generate';
import type { TokenOptions } from './options';
import { base32Encode, hexEncode } from './token';
import {
  fixedRandom,
  histogram,
  seededRandom,
  uniformPValue,
} from '../../tests/support/generator-testkit';

const token = (bits: number, encoding: TokenOptions['encoding']) => ({
  kind: 'token' as const,
  bits,
  encoding,
});
const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('token encodings', () => {
  it('base32 and hex match the RFC 4648 §10 test vectors (unpadded, hex lowercase)', () => {
    const vectors: [string, string, string][] = [
      ['', '', ''],
      ['f', 'MY', '66'],
      ['fo', 'MZXQ', '666f'],
      ['foo', 'MZXW6', '666f6f'],
      ['foob', 'MZXW6YQ', '666f6f62'],
      ['fooba', 'MZXW6YTB', '666f6f6261'],
      ['foobar', 'MZXW6YTBOI', '666f6f626172'],
    ];
    for (const [input, b32, b16] of vectors) {
      expect(base32Encode(ascii(input))).toBe(b32);
      expect(hexEncode(ascii(input))).toBe(b16);
    }
    expect(base32Encode(new Uint8Array(5).fill(0xff))).toBe('77777777');
  });
});

describe('token', () => {
  it('known answer: the source bytes, encoded', () => {
    const bytes = [...Array(8).keys()];
    expect(generate(token(64, 'hex'), fixedRandom(bytes)).value).toBe('0001020304050607');
    expect(generate(token(64, 'base64url'), fixedRandom(bytes)).value).toBe('AAECAwQFBgc');
    expect(generate(token(64, 'base32'), fixedRandom(bytes)).value).toBe('AAAQEAYEAUDAO');
  });

  it('has the right length and alphabet for every size and encoding', () => {
    const random = seededRandom(1);
    for (let bits = 64; bits <= 512; bits += 8) {
      const hex = generate(token(bits, 'hex'), random).value;
      expect(hex).toMatch(new RegExp(`^[0-9a-f]{${bits / 4}}$`));
      const b64 = generate(token(bits, 'base64url'), random).value;
      expect(b64).toMatch(new RegExp(`^[A-Za-z0-9_-]{${Math.ceil(bits / 6)}}$`));
      expect(b64uDecode(b64).length).toBe(bits / 8);
      const b32 = generate(token(bits, 'base32'), random).value;
      expect(b32).toMatch(new RegExp(`^[A-Z2-7]{${Math.ceil(bits / 5)}}$`));
    }
  });

  it('entropy is the bits', () => {
    for (const bits of [64, 128, 256, 512]) expect(entropyBits(token(bits, 'base32'))).toBe(bits);
    expect(generate(token(128, 'hex')).strength).toBe('very strong');
    expect(generate(token(64, 'hex')).strength).toBe('good');
  });

  it('hex digits are uniform (seeded)', () => {
    const random = seededRandom(2);
    const digits = Array.from({ length: 2000 }, () =>
      [...generate(token(128, 'hex'), random).value].map((c) => parseInt(c, 16)),
    ).flat();
    expect(uniformPValue(histogram(digits, 16))).toBeGreaterThan(1e-3);
  });
});
