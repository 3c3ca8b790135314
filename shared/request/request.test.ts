// Misuse, damage and tampering of requests: each must fail with a typed ProtocolError (or a
// schema refusal), never a garbled note or answer.
import { describe, expect, it } from 'vitest';
import { b64uDecode, b64uEncode, randomBytes } from '../encoding';
import { ProtocolError } from '../errors';
import { REQUEST_NOTE_BYTES } from '../limits';
import {
  exportRequestKey,
  generateRequestKeyPair,
  importRequestKey,
  KEM_P256,
  KEM_X25519,
  type KemId,
} from './hpke';
import { decodeRequestFragment, encodeRequestFragment, parseRequestLink } from './link';
import {
  answerRequest,
  createRequest,
  openRequestNote,
  readRequestAnswer,
  type CreatedRequest,
} from './protocol';
import { RequestAnswerInput, RequestCreateInput, RequestPeekOutput } from './schemas';

const publicUrl = 'https://once.example/base';

async function failsWith(code: string, p: Promise<unknown> | (() => unknown)) {
  let err: unknown;
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(ProtocolError);
  expect((err as ProtocolError).code).toBe(code);
}

function flip(s: string, i: number): string {
  const b = b64uDecode(s);
  b[i]! ^= 1;
  return b64uEncode(b);
}

describe.each([
  ['X25519', KEM_X25519],
  ['P-256', KEM_P256],
] as [string, KemId][])('a %s request', (_name, kem) => {
  let created: CreatedRequest;
  const answerOf = async (value = 'line one\nline two ✓') =>
    answerRequest(parseRequestLink(created.link), { value });

  it('round-trips from a fresh key pair, and the input passes the API schema', async () => {
    created = await createRequest({
      note: 'the staging DB password',
      expiresIn: 3600,
      publicUrl,
      kem,
    });
    expect(created.link).toMatch(/^https:\/\/once\.example\/base\/r\/[\w-]{22}#[\w-]+$/);
    expect(created.keyPair.keys.privateKey.extractable).toBe(false);
    expect(RequestCreateInput.parse(created.input)).toEqual(created.input);
    const parts = parseRequestLink(created.link);
    expect(parts).toMatchObject({ id: created.input.id, kem, publicUrl });
    expect(await openRequestNote(parts, created.input)).toBe('the staging DB password');
    const answer = await answerOf();
    expect(RequestAnswerInput.parse(answer)).toEqual(answer);
    expect(await readRequestAnswer(created.keyPair, answer)).toEqual({
      kind: 'text',
      value: 'line one\nline two ✓',
    });
    const { noteIv, note } = created.input;
    const peek = { state: 'open', expiresAt: new Date().toISOString(), noteIv, note };
    expect(RequestPeekOutput.parse(peek)).toEqual(peek);
  });

  it('gives a fresh encapsulation for every answer', async () => {
    const [a, b] = [await answerOf('same'), await answerOf('same')];
    expect(a.enc).not.toBe(b.enc);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('refuses a changed ciphertext, tag or enc as DECRYPT_FAILED', async () => {
    const a = await answerOf();
    const n = b64uDecode(a.ciphertext).length;
    for (const i of [0, 100, n - 17, n - 1]) {
      await failsWith(
        'DECRYPT_FAILED',
        readRequestAnswer(created.keyPair, { ...a, ciphertext: flip(a.ciphertext, i) }),
      );
    }
    await failsWith(
      'DECRYPT_FAILED',
      readRequestAnswer(created.keyPair, { ...a, enc: flip(a.enc, 5) }),
    );
    const short = b64uEncode(b64uDecode(a.ciphertext).subarray(0, n - 1));
    await failsWith(
      'DECRYPT_FAILED',
      readRequestAnswer(created.keyPair, { ...a, ciphertext: short }),
    );
    await failsWith('DECRYPT_FAILED', readRequestAnswer(created.keyPair, { ...a, enc: 'AAAA' }));
  });

  it('cannot be moved to another request (the id is in the HPKE info)', async () => {
    const a = await answerOf();
    const other = b64uEncode(randomBytes(16));
    await failsWith('DECRYPT_FAILED', readRequestAnswer(created.keyPair, { ...a, id: other }));
  });

  it("is unreadable with another requester's key", async () => {
    const a = await answerOf();
    const stranger = await generateRequestKeyPair({ kem });
    await failsWith('DECRYPT_FAILED', readRequestAnswer(stranger, a));
  });

  it('refuses a note from another request, or a changed one', async () => {
    const parts = parseRequestLink(created.link);
    const note = created.input.note;
    await failsWith(
      'DECRYPT_FAILED',
      openRequestNote(parts, { ...created.input, note: flip(note, 3) }),
    );
    await failsWith(
      'DECRYPT_FAILED',
      openRequestNote({ ...parts, id: b64uEncode(randomBytes(16)) }, created.input),
    );
    await failsWith('DECRYPT_FAILED', openRequestNote(parts, { ...created.input, noteIv: 'AAAA' }));
  });

  it('the CLI key file round-trips as a non-extractable key', async () => {
    const pair = await generateRequestKeyPair({ kem, extractable: true });
    const back = await importRequestKey(kem, await exportRequestKey(pair));
    expect(back.keys.privateKey.extractable).toBe(false);
    expect(back.publicKey).toEqual(pair.publicKey);
    const c = await createRequest({ note: 'n', expiresIn: 60, publicUrl, kem });
    const answer = await answerRequest(parseRequestLink(c.link), { value: 'x' });
    await failsWith('DECRYPT_FAILED', readRequestAnswer(back, answer));
  });
});

describe('request limits', () => {
  it('refuses a note over REQUEST_NOTE_BYTES before any crypto, and an empty one', async () => {
    const over = 'x'.repeat(REQUEST_NOTE_BYTES);
    await failsWith('TOO_LARGE', createRequest({ note: over, expiresIn: 60, publicUrl }));
    await expect(createRequest({ note: '', expiresIn: 60, publicUrl })).rejects.toThrow(RangeError);
    await expect(createRequest({ note: 'n', expiresIn: 59, publicUrl })).rejects.toThrow(
      RangeError,
    );
    await expect(createRequest({ note: 'n', expiresIn: 60, publicUrl: 'nope' })).rejects.toThrow(
      RangeError,
    );
  });

  it('refuses an answer over the server limit with TOO_LARGE', async () => {
    const c = await createRequest({ note: 'n', expiresIn: 60, publicUrl });
    const parts = parseRequestLink(c.link);
    await failsWith(
      'TOO_LARGE',
      answerRequest(parts, { value: 'x'.repeat(300), maxSecretBytes: 256 }),
    );
  });
});

describe('request links', () => {
  const fragment = (kem: KemId, n: number) =>
    encodeRequestFragment({ kem, linkKey: randomBytes(16), publicKey: randomBytes(n) });
  const id = b64uEncode(randomBytes(16));

  it('carries the KEM, linkKey and public key', () => {
    const linkKey = randomBytes(16);
    const publicKey = randomBytes(32);
    const f = encodeRequestFragment({ kem: KEM_X25519, linkKey, publicKey });
    expect(f).toHaveLength(68);
    expect(decodeRequestFragment(`#${f}`)).toEqual({ kem: KEM_X25519, linkKey, publicKey });
    expect(fragment(KEM_P256, 65)).toHaveLength(112);
    expect(() => fragment(KEM_P256, 32)).toThrow(RangeError);
  });

  it('explains what is wrong with a pasted link', async () => {
    const f = fragment(KEM_X25519, 32);
    await failsWith('BAD_LINK', () => parseRequestLink(`https://o.example/r/${id}`));
    await failsWith('BAD_LINK', () =>
      parseRequestLink(`https://o.example/r/${id}#${f.slice(0, 60)}`),
    );
    await failsWith('BAD_LINK', () => parseRequestLink(`https://o.example/s/${id}#${f}`));
    await failsWith('BAD_LINK', () => parseRequestLink(`https://o.example/r/${id.slice(1)}#${f}`));
    await failsWith('BAD_LINK', () => parseRequestLink('not a link'));
    const bytes = b64uDecode(f);
    bytes[0] = 2;
    await failsWith('BAD_LINK', () =>
      parseRequestLink(`https://o.example/r/${id}#${b64uEncode(bytes)}`),
    );
    bytes[0] = 1;
    bytes[2] = 0x21; // X448: not a KEM oncelink uses
    await failsWith('BAD_LINK', () =>
      parseRequestLink(`https://o.example/r/${id}#${b64uEncode(bytes)}`),
    );
    expect(parseRequestLink(` https://o.example/r/${id}/?utm=1#${f}\n`).id).toBe(id);
  });

  it('refuses a public key that is not a key as BAD_LINK', async () => {
    const linkKey = randomBytes(16);
    // X25519's zero point (low order: the shared secret would be all zeros) and an off-curve P-256 point.
    for (const [kem, publicKey] of [
      [KEM_X25519, new Uint8Array(32)],
      [KEM_P256, Uint8Array.of(4, ...new Uint8Array(64).fill(1))],
    ] as [KemId, Uint8Array][]) {
      const link = `https://o.example/r/${id}#${encodeRequestFragment({ kem, linkKey, publicKey })}`;
      await failsWith('BAD_LINK', answerRequest(parseRequestLink(link), { value: 'x' }));
    }
  });
});
