// The file envelope: byte-exact round trips, the limit exactly and one byte over (TOO_LARGE
// before any key derivation), names, and a strict decoder that takes one encoding per file.
import { describe, expect, it } from 'vitest';
import { randomBytes, utf8Encode } from './encoding';
import { ProtocolError } from './errors';
import {
  decodeFileEnvelope,
  encodeFileEnvelope,
  FILE_NAME_BYTES,
  maxFileEnvelopeBytes,
  paddedFileSize,
  type FileContent,
} from './file';
import { KDF } from './limits';
import { createShare } from './protocol';
import { decodeSecret, encodeSecret } from './secret-content';

const file = (
  bytes: Uint8Array,
  name = 'a.bin',
  type = 'application/octet-stream',
): FileContent => ({
  name,
  type,
  bytes,
});

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof ProtocolError ? e.code : (e as Error).name;
  }
  return undefined;
}

describe('file envelope', () => {
  it('round-trips byte for byte: empty, random binary, a UTF-8 name with spaces and emoji', () => {
    for (const f of [
      file(new Uint8Array(0), 'empty'),
      file(randomBytes(100_000)),
      file(randomBytes(3), 'résumé final 🔑 (2).pdf', 'application/pdf'),
    ]) {
      const env = encodeFileEnvelope(f);
      expect(env.length).toBe(paddedFileSize(env.length));
      expect(decodeFileEnvelope(env)).toEqual(f);
      expect(decodeSecret(env)).toEqual({ kind: 'file', file: f });
    }
  });

  it('an empty type is application/octet-stream; a bad one is the caller’s bug', () => {
    expect(decodeFileEnvelope(encodeFileEnvelope(file(new Uint8Array(1), 'x', ''))).type).toBe(
      'application/octet-stream',
    );
    expect(codeOf(() => encodeFileEnvelope(file(new Uint8Array(1), 'x', 'text')))).toBe(
      'TypeError',
    );
  });

  it('takes exactly maxFileBytes and refuses one byte more with TOO_LARGE', () => {
    const max = 50_000;
    const at = encodeFileEnvelope(file(new Uint8Array(max)), max);
    expect(at.length).toBeLessThanOrEqual(maxFileEnvelopeBytes(max));
    expect(codeOf(() => encodeFileEnvelope(file(new Uint8Array(max + 1)), max))).toBe('TOO_LARGE');
  });

  it('refuses an empty name and names over 255 bytes (a 10,000-character name)', () => {
    expect(codeOf(() => encodeFileEnvelope(file(new Uint8Array(1), '')))).toBe('BAD_FILE_NAME');
    expect(codeOf(() => encodeFileEnvelope(file(new Uint8Array(1), 'x'.repeat(10_000))))).toBe(
      'BAD_FILE_NAME',
    );
    const longest = 'é'.repeat(FILE_NAME_BYTES / 2) + 'x'; // 255 bytes of UTF-8
    expect(decodeFileEnvelope(encodeFileEnvelope(file(new Uint8Array(1), longest))).name).toBe(
      longest,
    );
  });

  it('keeps hostile names as they are: sanitising is for saving (file-name.ts)', () => {
    for (const name of ['../../etc/passwd', 'a\u202Etxt.exe', 'CON', 'a\u0000b']) {
      expect(decodeFileEnvelope(encodeFileEnvelope(file(new Uint8Array(1), name))).name).toBe(name);
    }
  });

  it('decodes strictly: padding, bucket, header form and fields', () => {
    const env = encodeFileEnvelope(file(utf8Encode('hi'), 'n.txt', 'text/plain'));
    const tamper = (f: (b: Uint8Array) => Uint8Array) =>
      codeOf(() => decodeFileEnvelope(f(env.slice())));
    expect(tamper((b) => ((b[b.length - 1] = 1), b))).toBe('BAD_ENVELOPE'); // padding not zeros
    expect(tamper((b) => b.subarray(0, b.length - 512))).toBe('BAD_ENVELOPE'); // wrong bucket
    expect(tamper((b) => ((b[4] = 200), b))).toBe('BAD_ENVELOPE'); // header length
    expect(tamper((b) => ((b[1] = 0xff), b))).toBe('BAD_ENVELOPE'); // header length huge
    const spaced = utf8Encode('{"v":1, "kind":"file","name":"n","type":"text/plain","size":2}');
    const bad = new Uint8Array(4096);
    bad.set([0, 0, 0, 0, spaced.length]);
    bad.set(spaced, 5);
    bad.set(utf8Encode('hi'), 5 + spaced.length);
    expect(codeOf(() => decodeFileEnvelope(bad))).toBe('BAD_ENVELOPE');
    const extra = utf8Encode('{"v":1,"kind":"file","name":"n","type":"text/plain","size":2,"x":1}');
    bad.fill(0).set([0, 0, 0, 0, extra.length]);
    bad.set(extra, 5);
    expect(codeOf(() => decodeFileEnvelope(bad))).toBe('BAD_ENVELOPE');
  });

  it('text and file envelopes are told apart by the first byte', () => {
    expect(decodeSecret(encodeSecret({ value: 'x' }, {}))).toEqual({ kind: 'text', value: 'x' });
    expect(codeOf(() => encodeSecret({ value: 'x', file: file(new Uint8Array(1)) }, {}))).toBe(
      'TypeError',
    );
  });
});

describe('createShare with a file', () => {
  it('refuses TOO_LARGE before any key derivation (at the costliest KDF, at once)', async () => {
    const started = performance.now();
    const err = await createShare({
      file: file(new Uint8Array(1025)),
      maxFileBytes: 1024,
      kdf: { alg: 'argon2id', ...KDF.max },
      expiresIn: 3600,
      maxViews: 1,
      maxAttempts: 1,
      publicUrl: 'https://once.example',
    }).catch((e: unknown) => e);
    expect((err as ProtocolError).code).toBe('TOO_LARGE');
    // Argon2id at m = 256 MiB, t = 10 takes seconds; the refusal takes a few milliseconds.
    expect(performance.now() - started).toBeLessThan(250);
  });
});
