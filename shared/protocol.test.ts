// The high-level API end to end, with the cheapest allowed Argon2id (KDF.min) so that many
// round trips stay fast; the full-cost default is pinned by kat.test.ts.
import { describe, expect, it } from 'vitest';
import { b64uDecode, b64uEncode, isB64u, sha256 } from './encoding';
import { envelopeSize, type SecretKind } from './envelope';
import { ProtocolError } from './errors';
import { deriveMaster, MIN_KDF } from './kdf';
import { deriveKeys } from './keys';
import { PAD_BLOCK, SECRET_BYTES, TAG_BYTES } from './limits';
import { parseLink } from './link';
import { canonicalPassphrase } from './passphrase';
import {
  createShare,
  openShare,
  unlockShare,
  type CreatedShare,
  type CreateShareOptions,
} from './protocol';
import { linkAccess } from './recipient';
import { textOf } from './secret-content';

const base = {
  kdf: MIN_KDF,
  expiresIn: 3600,
  maxViews: 1,
  maxAttempts: 1,
  publicUrl: 'https://once.example',
} satisfies Partial<CreateShareOptions>;

async function roundTrip(created: CreatedShare, typed = created.passphrase) {
  const link = parseLink(created.link);
  const { authKey, encKey } = await unlockShare({
    id: link.id,
    linkKey: link.linkKey,
    check: link.check,
    passphrase: typed,
    salt: created.request.salt,
    kdf: created.request.kdf,
  });
  // What the server does with authKey (docs/protocol.md#reveal): SHA-256 of it equals the verifier.
  expect(b64uEncode(await sha256(b64uDecode(authKey, 32)))).toBe(created.request.verifier);
  // And with a v2 link's proof: SHA-256 of it equals the link verifier.
  const { linkProof } = await linkAccess(link);
  expect(b64uEncode(await sha256(b64uDecode(linkProof!, 32)))).toBe(created.request.linkVerifier);
  const { iv, ciphertext } = created.request;
  return openShare({ id: link.id, encKey, iv, ciphertext });
}

async function rejectsWith(p: Promise<unknown>, code: ProtocolError['code']) {
  const e = await p.then(
    () => {
      throw new Error(`expected ${code}`);
    },
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ProtocolError);
  expect((e as ProtocolError).code).toBe(code);
  return e as ProtocolError;
}

describe('createShare', () => {
  it('makes a well-formed request, link, passphrase and manage token', async () => {
    const c = await createShare({ ...base, value: 'hello', kind: 'password', words: 8 });
    const r = c.request;
    expect(isB64u(r.id, 16)).toBe(true);
    expect(isB64u(r.iv, 12)).toBe(true);
    expect(isB64u(r.salt, 16)).toBe(true);
    expect(isB64u(r.verifier, 32)).toBe(true);
    expect(isB64u(r.manageHash, 32)).toBe(true);
    expect(isB64u(c.manageToken, 32)).toBe(true);
    expect(b64uDecode(r.ciphertext).length).toBe(PAD_BLOCK + TAG_BYTES);
    expect(r.kdf).toEqual(MIN_KDF);
    expect(r).toMatchObject({ expiresIn: 3600, maxViews: 1, maxAttempts: 1 });
    expect(Object.keys(r).sort()).toEqual([
      'ciphertext',
      'expiresIn',
      'id',
      'iv',
      'kdf',
      'linkVerifier',
      'manageHash',
      'maxAttempts',
      'maxViews',
      'salt',
      'verifier',
    ]);
    // The manage token itself never goes in the request, only its hash.
    expect(JSON.stringify(r)).not.toContain(c.manageToken);
    expect(b64uEncode(await sha256(b64uDecode(c.manageToken)))).toBe(r.manageHash);
    expect(c.passphrase.split(' ')).toHaveLength(8);
    expect(canonicalPassphrase(c.passphrase)).toBe(c.passphrase);
    expect(c.link.startsWith(`https://once.example/s/${r.id}#`)).toBe(true);
    expect(await roundTrip(c)).toEqual({ kind: 'password', value: 'hello' });
  });

  it('checks the default 64 KiB size limit before any derivation', async () => {
    // kdf undefined means the full-cost default: refusing first means no Argon2id is paid for.
    const e = await rejectsWith(
      createShare({ ...base, kdf: undefined, value: 'x'.repeat(SECRET_BYTES.default) }),
      'TOO_LARGE',
    );
    expect(e.message).toMatch(/limit is 65536/);
  });

  it('refuses misuse before deriving anything', async () => {
    const v = { ...base, value: 'x' };
    await expect(createShare({ ...v, expiresIn: 0 })).rejects.toThrow(/expiresIn/);
    await expect(createShare({ ...v, expiresIn: 1.5 })).rejects.toThrow(RangeError);
    await expect(createShare({ ...v, maxViews: 0 })).rejects.toThrow(/maxViews/);
    await expect(createShare({ ...v, maxAttempts: 11 })).rejects.toThrow(/maxAttempts/);
    await expect(createShare({ ...v, words: 3 })).rejects.toThrow(RangeError);
    await expect(createShare({ ...v, value: '' })).rejects.toThrow(RangeError);
    await expect(createShare({ ...v, kind: 'note' as SecretKind })).rejects.toThrow(TypeError);
    await expect(createShare({ ...v, publicUrl: 'once.example' })).rejects.toThrow(RangeError);
    await rejectsWith(createShare({ ...v, kdf: { ...MIN_KDF, t: 1 } }), 'BAD_KDF_PARAMS');
  });
});

describe('round trips', () => {
  const cases: [SecretKind, string][] = [
    ['text', 'first line\nsecond line\r\n\ttabbed\n'],
    ['passphrase', 'Grüße, ünïcödé — 日本語 — العربية'],
    ['token', '🔐🗝️ 👩‍👩‍👧‍👦 emoji ZWJ'],
    ['pin', '0'],
    ['uuid', '123e4567-e89b-12d3-a456-426614174000'],
  ];
  it.each(cases)('%s: %j', async (kind, value) => {
    const c = await createShare({ ...base, kind, value, words: 4 });
    expect(await roundTrip(c)).toEqual({ kind, value });
  });

  it('exactly at the size limit, and one byte over', async () => {
    const limit = 1000;
    const overhead = envelopeSize('text', 'a') - 1;
    const value = 'é'.repeat((limit - overhead) / 2); // 2 bytes each: the limit is in bytes
    expect(envelopeSize('text', value)).toBe(limit);
    const c = await createShare({ ...base, value, words: 4, maxSecretBytes: limit });
    expect(b64uDecode(c.request.ciphertext).length).toBe(1024 + TAG_BYTES);
    expect(await roundTrip(c)).toEqual({ kind: 'text', value });
    const e = await rejectsWith(
      createShare({ ...base, value: value + 'a', words: 4, maxSecretBytes: limit }),
      'TOO_LARGE',
    );
    expect(e.message).toMatch(/1001 bytes, the limit is 1000 bytes/);
  });

  it('at the default 64 KiB limit', async () => {
    const value = 'z'.repeat(SECRET_BYTES.default - (envelopeSize('text', 'a') - 1));
    const c = await createShare({ ...base, value, words: 4 });
    expect(b64uDecode(c.request.ciphertext).length).toBe(SECRET_BYTES.default + TAG_BYTES);
    expect(textOf(await roundTrip(c))).toBe(value);
    await rejectsWith(createShare({ ...base, value: value + 'z', words: 4 }), 'TOO_LARGE');
  });
});

describe('unlockShare', () => {
  it('accepts the passphrase as people type it', async () => {
    const c = await createShare({ ...base, value: 's3cret', words: 6 });
    const sloppy = c.passphrase
      .split(' ')
      .map((w, i) => (i % 2 ? w.toUpperCase() : w.slice(0, Math.max(4, w.length - 1))))
      .join(' ,  ');
    expect(textOf(await roundTrip(c, `  ${sloppy}\n`))).toBe('s3cret');
  });

  it('a wrong passphrase is CHECK_MISMATCH locally, and DECRYPT_FAILED if pushed through', async () => {
    const c = await createShare({ ...base, value: 's3cret', words: 6 });
    const words = c.passphrase.split(' ');
    const other = words[0] === 'zoo' ? 'abandon' : 'zoo';
    const wrong = [other, ...words.slice(1)].join(' ');
    const link = parseLink(c.link);
    const opts = {
      id: link.id,
      linkKey: link.linkKey,
      check: link.check,
      salt: c.request.salt,
      kdf: c.request.kdf,
    };
    const e = await rejectsWith(unlockShare({ ...opts, passphrase: wrong }), 'CHECK_MISMATCH');
    expect(e.message).toMatch(/typo/);

    // Derived anyway (bypassing the check, as a hostile or buggy client might): the key is wrong.
    const master = await deriveMaster(wrong, b64uDecode(c.request.salt), MIN_KDF);
    const keys = await deriveKeys(master, link.linkKey, b64uDecode(link.id));
    expect(b64uEncode(await sha256(keys.authKey))).not.toBe(c.request.verifier);
    await rejectsWith(
      openShare({
        id: link.id,
        encKey: keys.encKey,
        iv: c.request.iv,
        ciphertext: c.request.ciphertext,
      }),
      'DECRYPT_FAILED',
    );
  });

  it('refuses bad input before deriving', async () => {
    const c = await createShare({ ...base, value: 'x', words: 4 });
    const link = parseLink(c.link);
    const opts = {
      id: link.id,
      linkKey: link.linkKey,
      check: link.check,
      passphrase: c.passphrase,
      salt: c.request.salt,
      kdf: c.request.kdf as unknown,
    };
    await rejectsWith(unlockShare({ ...opts, passphrase: 'zoo zoo zo' }), 'BAD_PASSPHRASE');
    await rejectsWith(unlockShare({ ...opts, kdf: { ...MIN_KDF, m: 19455 } }), 'BAD_KDF_PARAMS');
    await rejectsWith(unlockShare({ ...opts, kdf: null }), 'BAD_KDF_PARAMS');
    await rejectsWith(unlockShare({ ...opts, salt: 'AAAA' }), 'BAD_KDF_PARAMS');
    await expect(unlockShare({ ...opts, id: 'nope' })).rejects.toThrow(RangeError);
  });
});

describe('openShare', () => {
  it('refuses tampered or swapped data with DECRYPT_FAILED', async () => {
    const a = await createShare({ ...base, value: 'alpha', words: 4 });
    const b = await createShare({ ...base, value: 'bravo', words: 4 });
    const link = parseLink(a.link);
    const { encKey } = await unlockShare({
      id: link.id,
      linkKey: link.linkKey,
      check: link.check,
      passphrase: a.passphrase,
      salt: a.request.salt,
      kdf: a.request.kdf,
    });
    const { iv, ciphertext } = a.request;
    expect(await openShare({ id: link.id, encKey, iv, ciphertext })).toEqual({
      kind: 'text',
      value: 'alpha',
    });
    const ct = b64uDecode(ciphertext);
    ct[5]! ^= 0x80;
    const flipped = b64uEncode(ct);
    await rejectsWith(
      openShare({ id: link.id, encKey, iv, ciphertext: flipped }),
      'DECRYPT_FAILED',
    );
    // Another record's ciphertext under this id (a swapping server) fails the AAD and key.
    const swapped = { iv: b.request.iv, ciphertext: b.request.ciphertext };
    await rejectsWith(openShare({ id: link.id, encKey, ...swapped }), 'DECRYPT_FAILED');
    // This ciphertext presented as another id fails the AAD.
    await rejectsWith(openShare({ id: b.request.id, encKey, iv, ciphertext }), 'DECRYPT_FAILED');
    await rejectsWith(openShare({ id: link.id, encKey, iv: 'AAAA', ciphertext }), 'DECRYPT_FAILED');
    await rejectsWith(openShare({ id: link.id, encKey, iv, ciphertext: 'A' }), 'DECRYPT_FAILED');
  });
});
