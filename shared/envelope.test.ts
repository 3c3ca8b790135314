import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Encode } from './encoding';
import { decodeEnvelope, encodeEnvelope, envelopeSize, SECRET_KINDS } from './envelope';
import { ProtocolError } from './errors';
import { PAD_BLOCK, SECRET_BYTES } from './limits';

/** {"v":1,"kind":"text","value":""} */
const TEXT_OVERHEAD = envelopeSize('text', 'a') - 1;

function padded(json: string, fill = 0x20): Uint8Array {
  const raw = utf8Encode(json);
  const out = new Uint8Array(Math.max(1, Math.ceil(raw.length / PAD_BLOCK)) * PAD_BLOCK).fill(fill);
  out.set(raw);
  return out;
}

function badEnvelope(bytes: Uint8Array): string {
  try {
    decodeEnvelope(bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(ProtocolError);
    expect((e as ProtocolError).code).toBe('BAD_ENVELOPE');
    return (e as ProtocolError).message;
  }
  throw new Error('accepted a bad envelope');
}

describe('encodeEnvelope', () => {
  it('is JSON {v, kind, value} padded with spaces to 256-byte blocks', () => {
    const e = encodeEnvelope('pin', '1234');
    const json = '{"v":1,"kind":"pin","value":"1234"}';
    expect(e.length).toBe(256);
    expect(e.subarray(0, json.length)).toEqual(utf8Encode(json));
    expect(e.subarray(json.length).every((b) => b === 0x20)).toBe(true);
    expect(envelopeSize('pin', '1234')).toBe(json.length);
    expect(TEXT_OVERHEAD).toBe(32);
  });

  it('does not pad a JSON that fills whole blocks', () => {
    const v = 'x'.repeat(PAD_BLOCK - TEXT_OVERHEAD);
    expect(encodeEnvelope('text', v).length).toBe(PAD_BLOCK);
    expect(encodeEnvelope('text', v + 'x').length).toBe(2 * PAD_BLOCK);
  });

  it('round-trips any non-empty string of every kind', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SECRET_KINDS),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }),
        (kind, value) => {
          const e = encodeEnvelope(kind, value);
          expect(e.length % PAD_BLOCK).toBe(0);
          expect(decodeEnvelope(e)).toEqual({ kind, value });
        },
      ),
    );
  });

  it('keeps values exactly: whitespace, newlines, quotes, emoji, lone surrogates', () => {
    for (const value of [
      ' ',
      '  padded  ',
      'a\r\nb\n',
      '"}\\',
      '🔐👩‍👩‍👧',
      'é vs é',
      '\ud800',
      '\u0000',
    ]) {
      expect(decodeEnvelope(encodeEnvelope('text', value)).value).toBe(value);
    }
  });

  it('applies the size limit to the unpadded JSON, exactly', () => {
    const atLimit = 'a'.repeat(SECRET_BYTES.default - TEXT_OVERHEAD);
    expect(encodeEnvelope('text', atLimit).length).toBe(SECRET_BYTES.default);
    try {
      encodeEnvelope('text', atLimit + 'a');
      throw new Error('accepted');
    } catch (e) {
      expect(e).toMatchObject({ code: 'TOO_LARGE' });
      expect((e as Error).message).toMatch(/65537 bytes, the limit is 65536 bytes/);
    }
    expect(encodeEnvelope('text', 'abc', TEXT_OVERHEAD + 3).length).toBe(256);
    expect(() => encodeEnvelope('text', 'abcd', TEXT_OVERHEAD + 3)).toThrow(ProtocolError);
    // Multi-byte characters count in bytes, not in string length.
    expect(() => encodeEnvelope('text', '✓', TEXT_OVERHEAD + 2)).toThrow(/35 bytes/);
  });

  it('names misuse', () => {
    expect(() => encodeEnvelope('text', '')).toThrow(RangeError);
    expect(() => encodeEnvelope('note' as 'text', 'x')).toThrow(/unknown secret kind "note"/);
    expect(() => encodeEnvelope('text', 42 as unknown as string)).toThrow(TypeError);
    expect(() => encodeEnvelope('text', 'x', 0)).toThrow(RangeError);
    expect(() => encodeEnvelope('text', 'x', SECRET_BYTES.hardMax + 1)).toThrow(RangeError);
    expect(() => envelopeSize('text', '')).toThrow(RangeError);
  });
});

describe('decodeEnvelope is strict', () => {
  const ok = '{"v":1,"kind":"text","value":"hi"}';

  it('accepts the encoding', () => {
    expect(decodeEnvelope(padded(ok))).toEqual({ kind: 'text', value: 'hi' });
  });

  it('refuses sizes that are not whole blocks, or too much padding', () => {
    expect(badEnvelope(utf8Encode(ok))).toMatch(/multiple of 256/);
    expect(badEnvelope(new Uint8Array(0))).toMatch(/multiple/);
    const twoBlocks = new Uint8Array(512).fill(0x20);
    twoBlocks.set(utf8Encode(ok));
    expect(badEnvelope(twoBlocks)).toMatch(/padding/);
    expect(badEnvelope(new Uint8Array(256).fill(0x20))).toMatch(/padding/);
  });

  it('refuses padding other than spaces, and leading whitespace', () => {
    expect(badEnvelope(padded(ok, 0x00))).toMatch(/JSON/);
    expect(badEnvelope(padded(ok, 0x09))).toMatch(/JSON/);
    expect(badEnvelope(padded(` ${ok}`))).toMatch(/JSON object/);
  });

  it('refuses invalid UTF-8', () => {
    const b = padded(ok);
    b[30] = 0xff;
    expect(badEnvelope(b)).toMatch(/UTF-8/);
  });

  it('refuses other shapes', () => {
    for (const json of [
      '{"v":1,"kind":"text","value":"hi"',
      '[1]',
      '"hi"',
      '{"v":2,"kind":"text","value":"hi"}',
      '{"v":"1","kind":"text","value":"hi"}',
      '{"v":1,"kind":"note","value":"hi"}',
      '{"v":1,"kind":"text","value":42}',
      '{"v":1,"kind":"text","value":""}',
      '{"v":1,"kind":"text"}',
      '{"v":1,"kind":"text","value":"hi","extra":0}',
      '{"v":1,"kind":"text","value":"hi","__proto__":{}}',
    ]) {
      badEnvelope(padded(json));
    }
  });
});
