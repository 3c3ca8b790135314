// Test-only (not exported by index.ts): the known-answer path through the functions clients call,
// for either vector. createShareWith with the vector's randomness, then the recipient's side from
// the link alone and what peek/reveal return; the version-specific checks stay in each test.
import { expect } from 'vitest';
import type kat1 from './fixtures/kat-v1.json';
import { b64uDecode, b64uEncode, sha256 } from './encoding';
import { assertKdfParams } from './kdf';
import { parseLink, type LinkVersion } from './link';
import { createShareWith, openShare, unlockShare } from './protocol';
import { manageHashOf } from './verifier';

type Vector = typeof kat1;

export async function throughClientFunctions({ inputs, expected }: Vector, version: LinkVersion) {
  const bytes = (s: string) => b64uDecode(s);
  const manageToken = new Uint8Array(32).fill(0x40);
  const created = await createShareWith(
    {
      id: bytes(inputs.id),
      linkKey: bytes(inputs.linkKey),
      salt: bytes(inputs.salt),
      iv: bytes(inputs.iv),
      manageToken,
      passphrase: inputs.passphrase,
    },
    {
      value: inputs.value,
      kind: 'text',
      kdf: assertKdfParams(inputs.kdf),
      expiresIn: 3600,
      maxViews: 1,
      maxAttempts: 3,
      publicUrl: 'https://once.example/',
    },
    version,
  );
  const { request } = created;
  expect(created.passphrase).toBe(inputs.passphrase);
  expect(created.link).toBe(`https://once.example/s/${expected.id}#${expected.fragment}`);
  expect(created.manageToken).toBe(b64uEncode(manageToken));
  expect(request).toMatchObject({
    id: expected.id,
    iv: inputs.iv,
    salt: inputs.salt,
    kdf: inputs.kdf,
    verifier: expected.verifier,
    manageHash: await manageHashOf(manageToken),
    expiresIn: 3600,
    maxViews: 1,
    maxAttempts: 3,
  });
  const ct = b64uDecode(request.ciphertext);
  expect(ct.length).toBe(expected.ciphertextBytes);
  expect(b64uEncode(ct.subarray(0, 16))).toBe(expected.ciphertextFirst16);
  expect(b64uEncode(await sha256(ct))).toBe(expected.ciphertextSha256);

  // The recipient's side. The passphrase is typed sloppily on purpose: canonicalisation is part
  // of the path.
  const link = parseLink(created.link);
  expect(link.version).toBe(version);
  const { authKey, encKey } = await unlockShare({
    ...link,
    passphrase: ' Abandon ABIL able, zero-zone zoo\n',
    salt: request.salt,
    kdf: request.kdf,
  });
  expect(authKey).toBe(expected.authKey);
  expect(b64uEncode(encKey)).toBe(expected.encKey);
  const opened = await openShare({
    ...link,
    encKey,
    iv: request.iv,
    ciphertext: request.ciphertext,
  });
  expect(opened).toEqual({ kind: 'text', value: inputs.value });
  return { request, link };
}
