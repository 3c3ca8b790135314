// Valid shares without Argon2id, made as tests/support/shares.ts makes them (random ciphertext of
// the size a short secret has, verifier = SHA-256(authKey), manageHash = SHA-256(manageToken)),
// but with node:crypto so that a hundred thousand take a second rather than several.
import { createHash, randomBytes } from 'node:crypto';
import { KDF } from '../../shared/limits';
import type { CreateInput } from '../../shared/schemas';
import type { NewSecret } from '../../backend/secrets/repository';

/** One 256-byte padded envelope plus the 16-byte GCM tag, as a short secret is stored. */
export const CIPHERTEXT_BYTES = 272;
export const EXPIRES_IN = 3600;

export interface Share {
  id: Buffer;
  ciphertext: Buffer;
  iv: Buffer;
  salt: Buffer;
  authKey: Buffer;
  verifier: Buffer;
  manageHash: Buffer;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest();

export function makeShares(n: number): Share[] {
  const per = 16 + CIPHERTEXT_BYTES + 12 + 16 + 32 + 32;
  const pool = randomBytes(n * per);
  const out: Share[] = new Array(n);
  for (let i = 0; i < n; i++) {
    let o = i * per;
    const take = (k: number) => pool.subarray(o, (o += k));
    const id = take(16);
    const ciphertext = take(CIPHERTEXT_BYTES);
    const iv = take(12);
    const salt = take(16);
    const authKey = take(32);
    const manageToken = take(32);
    out[i] = {
      id,
      ciphertext,
      iv,
      salt,
      authKey,
      verifier: sha256(authKey),
      manageHash: sha256(manageToken),
    };
  }
  return out;
}

export function createInput(s: Share): CreateInput {
  return {
    id: s.id.toString('base64url'),
    ciphertext: s.ciphertext.toString('base64url'),
    iv: s.iv.toString('base64url'),
    salt: s.salt.toString('base64url'),
    kdf: { ...KDF.default },
    verifier: s.verifier.toString('base64url'),
    manageHash: s.manageHash.toString('base64url'),
    expiresIn: EXPIRES_IN,
    maxViews: 1,
    maxAttempts: 1,
  };
}

export const createBody = (s: Share) => Buffer.from(JSON.stringify(createInput(s)));

export const revealBody = (s: Share) =>
  Buffer.from(
    JSON.stringify({ id: s.id.toString('base64url'), authKey: s.authKey.toString('base64url') }),
  );

/** The repository's input for a share, with the times the service would compute. */
export function newSecret(s: Share, now = new Date(), expiresIn = EXPIRES_IN): NewSecret {
  return {
    id: s.id,
    ciphertext: s.ciphertext,
    iv: s.iv,
    salt: s.salt,
    verifier: s.verifier,
    manageHash: s.manageHash,
    kdf: { m: KDF.default.m, t: KDF.default.t, p: KDF.default.p },
    maxViews: 1,
    maxAttempts: 1,
    createdAt: now,
    expiresAt: new Date(now.getTime() + expiresIn * 1000),
  };
}

/** What the server sees as the client of a Node http.request without a User-Agent. */
export const HINT = 'unknown client';
