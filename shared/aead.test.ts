// Tampering and wrong keys: every one must fail authentication (NIST SP 800-38D §7.2), and the
// error must be ProtocolError DECRYPT_FAILED, never a garbled plaintext.
import { beforeAll, describe, expect, it } from 'vitest';
import { openEnvelope, sealEnvelope } from './aead';
import { randomBytes } from './encoding';
import { decodeEnvelope, encodeEnvelope } from './envelope';
import { ProtocolError } from './errors';
import { deriveKeys } from './keys';

const master = randomBytes(32);
const linkKey = randomBytes(16);
const id = randomBytes(16);
const iv = randomBytes(12);
const plaintext = encodeEnvelope('password', 'hunter2 ✓');
let encKey: Uint8Array;
let ct: Uint8Array;

beforeAll(async () => {
  ({ encKey } = await deriveKeys(master, linkKey, id));
  ct = await sealEnvelope(encKey, iv, id, plaintext);
});

async function decryptFails(p: Promise<unknown>) {
  const e = await p.then(
    () => {
      throw new Error('decrypted');
    },
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ProtocolError);
  expect((e as ProtocolError).code).toBe('DECRYPT_FAILED');
}

function flip(b: Uint8Array, i: number): Uint8Array {
  const c = b.slice();
  c[i]! ^= 0x01;
  return c;
}

describe('AES-256-GCM envelope', () => {
  it('round-trips, with the 16-byte tag appended', async () => {
    expect(ct.length).toBe(plaintext.length + 16);
    const back = await openEnvelope(encKey, iv, id, ct);
    expect(back).toEqual(plaintext);
    expect(decodeEnvelope(back)).toEqual({ kind: 'password', value: 'hunter2 ✓' });
  });

  it('uses a fresh output for a fresh iv', async () => {
    expect(await sealEnvelope(encKey, randomBytes(12), id, plaintext)).not.toEqual(ct);
  });

  it('fails on a flipped ciphertext byte', async () => {
    for (const i of [0, 100, plaintext.length - 1]) {
      await decryptFails(openEnvelope(encKey, iv, id, flip(ct, i)));
    }
  });

  it('fails on a flipped tag byte', async () => {
    for (const i of [ct.length - 16, ct.length - 1]) {
      await decryptFails(openEnvelope(encKey, iv, id, flip(ct, i)));
    }
  });

  it('fails on truncation or extension', async () => {
    await decryptFails(openEnvelope(encKey, iv, id, ct.subarray(0, ct.length - 1)));
    await decryptFails(openEnvelope(encKey, iv, id, ct.subarray(0, 15)));
    await decryptFails(openEnvelope(encKey, iv, id, new Uint8Array([...ct, 0])));
  });

  it('fails with a different iv', async () => {
    await decryptFails(openEnvelope(encKey, flip(iv, 0), id, ct));
  });

  it('fails with a different id (AAD): a ciphertext cannot move to another record', async () => {
    await decryptFails(openEnvelope(encKey, iv, flip(id, 15), ct));
  });

  it('fails with keys derived from a wrong linkKey, master or id', async () => {
    const wrongLink = await deriveKeys(master, flip(linkKey, 0), id);
    await decryptFails(openEnvelope(wrongLink.encKey, iv, id, ct));
    const wrongMaster = await deriveKeys(flip(master, 31), linkKey, id);
    await decryptFails(openEnvelope(wrongMaster.encKey, iv, id, ct));
    const wrongSalt = await deriveKeys(master, linkKey, flip(id, 0));
    await decryptFails(openEnvelope(wrongSalt.encKey, iv, id, ct));
  });

  it('names misuse', async () => {
    await expect(sealEnvelope(encKey.subarray(1), iv, id, plaintext)).rejects.toThrow(
      /encKey must be 32 bytes, got 31/,
    );
    await expect(sealEnvelope(encKey, randomBytes(16), id, plaintext)).rejects.toThrow(
      /iv must be 12/,
    );
    await expect(openEnvelope(encKey, iv, randomBytes(32), ct)).rejects.toThrow(/id must be 16/);
    await expect(openEnvelope(encKey, iv, id, 'x' as unknown as Uint8Array)).rejects.toThrow(
      TypeError,
    );
  });
});

describe('deriveKeys', () => {
  it('gives independent keys of the specified lengths', async () => {
    const k = await deriveKeys(master, linkKey, id);
    expect(k.encKey.length).toBe(32);
    expect(k.authKey.length).toBe(32);
    expect(k.check.length).toBe(2);
    expect(k.encKey).not.toEqual(k.authKey);
    expect(await deriveKeys(master, linkKey, id)).toEqual(k);
  });

  it('names misuse', async () => {
    await expect(deriveKeys(randomBytes(31), linkKey, id)).rejects.toThrow(/master must be 32/);
    await expect(deriveKeys(master, randomBytes(32), id)).rejects.toThrow(/linkKey must be 16/);
    await expect(deriveKeys(master, linkKey, randomBytes(15))).rejects.toThrow(/id must be 16/);
    await expect(deriveKeys([...master] as unknown as Uint8Array, linkKey, id)).rejects.toThrow(
      RangeError,
    );
  });
});
