import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { b64uDecode, b64uEncode, b64uLength, isB64u, utf8Decode, utf8Encode } from './encoding';

const ascii = (s: string) => utf8Encode(s);

describe('b64u', () => {
  // RFC 4648 §10 vectors; these use no '+' or '/', so only the padding differs in base64url.
  const RFC4648: [string, string][] = [
    ['', ''],
    ['f', 'Zg'],
    ['fo', 'Zm8'],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg'],
    ['fooba', 'Zm9vYmE'],
    ['foobar', 'Zm9vYmFy'],
  ];
  it.each(RFC4648)('RFC 4648 §10: %j ↔ %j', (plain, encoded) => {
    expect(b64uEncode(ascii(plain))).toBe(encoded);
    expect(b64uDecode(encoded)).toEqual(ascii(plain));
    expect(b64uLength(plain.length)).toBe(encoded.length);
  });

  it('uses the URL alphabet (RFC 4648 §5)', () => {
    expect(b64uEncode(Uint8Array.of(0xfb, 0xff))).toBe('-_8');
    expect(b64uEncode(Uint8Array.of(0xff, 0xff, 0xff))).toBe('____');
    expect(b64uDecode('-_8')).toEqual(Uint8Array.of(0xfb, 0xff));
    expect(() => b64uDecode('+/8')).toThrow(RangeError);
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (b) => {
        const s = b64uEncode(b);
        expect(s).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(s.length).toBe(b64uLength(b.length));
        expect(b64uDecode(s)).toEqual(b);
      }),
    );
  });

  it('rejects non-zero trailing bits, so each byte string has one spelling', () => {
    expect(() => b64uDecode('Zh')).toThrow(/trailing bits/); // 'Zg' is canonical for "f"
    expect(() => b64uDecode('Zm9')).toThrow(/trailing bits/); // 'Zm8' is canonical for "fo"
    expect(isB64u('Zh')).toBe(false);
  });

  it('rejects padding, whitespace and characters outside the alphabet', () => {
    for (const s of ['Zg==', 'Zm8=', 'Zm 9v', ' Zm9v', 'Zm9v\n', 'Zm+v', 'Zm/v', 'Zm9é', 'Zm.v']) {
      expect(() => b64uDecode(s), s).toThrow(RangeError);
    }
  });

  it('rejects lengths of 1 mod 4', () => {
    for (const s of ['Z', 'Zm9vY', 'Zm9vYmFyZ']) expect(() => b64uDecode(s)).toThrow(/length/);
  });

  it('checks an expected byte length', () => {
    expect(b64uDecode('Zm9v', 3)).toEqual(ascii('foo'));
    expect(() => b64uDecode('Zm9v', 4)).toThrow(RangeError);
    expect(isB64u('Zm9v', 3)).toBe(true);
    expect(isB64u('Zm9v', 2)).toBe(false);
    expect(isB64u(42)).toBe(false);
  });

  it('names misuse', () => {
    expect(() => b64uEncode('foo' as unknown as Uint8Array)).toThrow(TypeError);
    expect(() => b64uDecode(1 as unknown as string)).toThrow(TypeError);
  });
});

describe('utf8', () => {
  it('decodes strictly', () => {
    expect(utf8Decode(utf8Encode('✓ 🔐'))).toBe('✓ 🔐');
    expect(() => utf8Decode(Uint8Array.of(0xff))).toThrow(TypeError);
    expect(() => utf8Decode(Uint8Array.of(0xe2, 0x9c))).toThrow(TypeError); // truncated ✓
  });
});
