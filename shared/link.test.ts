import { describe, expect, it } from 'vitest';
import { b64uEncode, randomBytes } from './encoding';
import { ProtocolError } from './errors';
import { buildLink, decodeFragment, encodeFragment, FRAGMENT_VERSION, parseLink } from './link';

const linkKey = Uint8Array.from({ length: 16 }, (_, i) => 0x10 + i);
const check = Uint8Array.of(0xf6, 0x7f);
const id = 'ICEiIyQlJicoKSorLC0uLw';
const fragmentV1 = 'ARAREhMUFRYXGBkaGxwdHh_2fw'; // docs/protocol.md#known-answer-vector
const fragment = 'AhAREhMUFRYXGBkaGxwdHh_2fw'; // the same, v2

function badLink(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ProtocolError);
    expect((e as ProtocolError).code).toBe('BAD_LINK');
    return (e as ProtocolError).message;
  }
  throw new Error('expected BAD_LINK');
}

describe('fragment', () => {
  it('is b64u(0x02 ‖ linkKey ‖ check), 26 chars', () => {
    expect(FRAGMENT_VERSION).toBe(2);
    expect(encodeFragment(linkKey, check)).toBe(fragment);
    expect(decodeFragment(fragment)).toEqual({ version: 2, linkKey, check });
    expect(decodeFragment(`#${fragment}`)).toEqual({ version: 2, linkKey, check });
  });

  it('still reads v1 fragments, and writes one only when asked', () => {
    expect(decodeFragment(fragmentV1)).toEqual({ version: 1, linkKey, check });
    expect(encodeFragment(linkKey, check, 1)).toBe(fragmentV1);
    expect(() => encodeFragment(linkKey, check, 3 as 2)).toThrow(/unknown link version 3/);
  });

  it('round-trips random keys', () => {
    for (let i = 0; i < 50; i++) {
      const k = randomBytes(16);
      const c = randomBytes(2);
      const f = encodeFragment(k, c);
      expect(f).toHaveLength(26);
      expect(decodeFragment(f)).toEqual({ version: 2, linkKey: k, check: c });
    }
  });

  it('refuses a wrong version byte', () => {
    const bytes = Uint8Array.of(3, ...linkKey, ...check);
    expect(badLink(() => decodeFragment(b64uEncode(bytes)))).toMatch(/another version/);
    expect(badLink(() => decodeFragment(b64uEncode(Uint8Array.of(0, ...linkKey, ...check)))));
  });

  it('refuses damaged fragments', () => {
    expect(badLink(() => decodeFragment(fragment.slice(0, 25)))).toMatch(/damaged/);
    expect(badLink(() => decodeFragment(fragment + 'A'))).toMatch(/damaged/);
    expect(badLink(() => decodeFragment(fragment.slice(0, 25) + '+'))).toMatch(/damaged/);
    // Last char carries 4 unused bits: a non-zero one is a second spelling, so refused.
    expect(badLink(() => decodeFragment(fragment.slice(0, 25) + 'x'))).toMatch(/damaged/);
    expect(badLink(() => decodeFragment(''))).toMatch(/missing/);
    expect(badLink(() => decodeFragment('#'))).toMatch(/missing/);
  });

  it('names misuse', () => {
    expect(() => encodeFragment(linkKey.subarray(1), check)).toThrow(/linkKey must be 16/);
    expect(() => encodeFragment(linkKey, Uint8Array.of(1))).toThrow(/check must be 2/);
  });
});

describe('buildLink / parseLink', () => {
  it('round-trips', () => {
    const link = buildLink('https://once.example', id, linkKey, check);
    expect(link).toBe(`https://once.example/s/${id}#${fragment}`);
    expect(parseLink(link)).toEqual({
      origin: 'https://once.example',
      id,
      version: 2,
      linkKey,
      check,
      publicUrl: 'https://once.example',
    });
  });

  it('reads a v1 link as version 1', () => {
    const link = buildLink('https://once.example', id, linkKey, check, 1);
    expect(link).toBe(`https://once.example/s/${id}#${fragmentV1}`);
    expect(parseLink(link)).toMatchObject({ id, version: 1, linkKey, check });
  });

  it('drops trailing slashes and keeps a base path and port', () => {
    expect(buildLink('https://once.example/', id, linkKey, check)).toBe(
      `https://once.example/s/${id}#${fragment}`,
    );
    const link = buildLink('http://localhost:8080/tools/once//', id, linkKey, check);
    expect(link).toBe(`http://localhost:8080/tools/once/s/${id}#${fragment}`);
    const parts = parseLink(link);
    expect(parts.origin).toBe('http://localhost:8080');
    expect(parts.publicUrl).toBe('http://localhost:8080/tools/once');
    expect(parts.id).toBe(id);
  });

  it('accepts surrounding whitespace, a trailing slash and a query', () => {
    const parts = parseLink(`  https://once.example/s/${id}/?utm=x#${fragment}\n`);
    expect(parts.id).toBe(id);
    expect(parts.linkKey).toEqual(linkKey);
  });

  it('explains a missing fragment', () => {
    const msg = 'the link is incomplete: the part after # is missing';
    expect(badLink(() => parseLink(`https://once.example/s/${id}`))).toBe(msg);
    expect(badLink(() => parseLink(`https://once.example/s/${id}#`))).toBe(msg);
  });

  it('explains a damaged fragment or id', () => {
    expect(
      badLink(() => parseLink(`https://once.example/s/${id}#${fragment.slice(0, 20)}`)),
    ).toMatch(/damaged/);
    expect(
      badLink(() => parseLink(`https://once.example/s/${id.slice(0, 21)}#${fragment}`)),
    ).toMatch(/id in the link is damaged/);
  });

  it('explains what is not a link or has no id', () => {
    expect(badLink(() => parseLink('not a link'))).toMatch(/not a link/);
    expect(badLink(() => parseLink(''))).toMatch(/not a link/);
    expect(badLink(() => parseLink(`ftp://once.example/s/${id}#${fragment}`))).toMatch(/web link/);
    expect(badLink(() => parseLink(`https://once.example/#${fragment}`))).toMatch(/no secret id/);
    expect(badLink(() => parseLink(`https://once.example/x/${id}#${fragment}`))).toMatch(
      /no secret id/,
    );
  });

  it('names misuse in buildLink', () => {
    expect(() => buildLink('once.example', id, linkKey, check)).toThrow(RangeError);
    expect(() => buildLink('javascript:alert(1)', id, linkKey, check)).toThrow(RangeError);
    expect(() => buildLink('https://once.example/?a=1', id, linkKey, check)).toThrow(RangeError);
    expect(() => buildLink('https://once.example', 'short', linkKey, check)).toThrow(RangeError);
  });
});
