// Valid shares without Argon2id, made as tests/support/shares.ts makes them (random ciphertext of
// the size a short secret has, verifier = SHA-256(authKey), manageHash = SHA-256(manageToken)),
// but with node:crypto so that a hundred thousand take a second rather than several.
// `--protocol=v1` makes what a v1 client sent (no link verifier, proof or receipt), so the cost
// of v2 can be measured against it; the default is what clients send now (v2).
import { createHash, randomBytes } from 'node:crypto';
import { KDF } from '../../shared/limits';
import type { CreateInput } from '../../shared/schemas';
import type { NewSecret } from '../../backend/secrets/repository';
import type { RevealArgs } from '../../backend/secrets/reveal-statements';
import { option } from './args';

/** The protocol the benchmark's shares speak: --protocol=v1|v2 (default v2). */
export const PROTOCOL: 'v1' | 'v2' = option('protocol') === 'v1' ? 'v1' : 'v2';
if (option('protocol') !== undefined && !['v1', 'v2'].includes(option('protocol')!)) {
  console.error(`--protocol must be v1 or v2, got ${option('protocol')}`);
  process.exit(2);
}
/** The grace the benchmarked servers run with (REVEAL_GRACE's default). */
export const GRACE_S = 60;

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
  /** v2: the link proof a recipient sends, its SHA-256 stored at create, and a receipt. */
  linkProof: Buffer | null;
  linkVerifier: Buffer | null;
  receipt: Buffer | null;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest();

export function makeShares(n: number): Share[] {
  const per = 16 + CIPHERTEXT_BYTES + 12 + 16 + 32 + 32 + 32 + 16;
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
    const linkProof = take(32);
    const receipt = take(16);
    const v2 = PROTOCOL === 'v2';
    out[i] = {
      id,
      ciphertext,
      iv,
      salt,
      authKey,
      verifier: sha256(authKey),
      manageHash: sha256(manageToken),
      linkProof: v2 ? linkProof : null,
      linkVerifier: v2 ? sha256(linkProof) : null,
      receipt: v2 ? receipt : null,
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
    ...(s.linkVerifier ? { linkVerifier: s.linkVerifier.toString('base64url') } : {}),
  };
}

export const createBody = (s: Share) => Buffer.from(JSON.stringify(createInput(s)));

export const revealBody = (s: Share) =>
  Buffer.from(
    JSON.stringify({
      id: s.id.toString('base64url'),
      authKey: s.authKey.toString('base64url'),
      ...(s.linkProof ? { linkProof: s.linkProof.toString('base64url') } : {}),
      ...(s.receipt ? { receipt: s.receipt.toString('base64url') } : {}),
    }),
  );

const NO_PROOF = Buffer.alloc(0);

/** The repository's reveal input for a share, with the hashes the service would compute. */
export function revealArgs(s: Share, now = new Date()): RevealArgs {
  return {
    id: s.id,
    verifier: s.verifier,
    linkVerifier: sha256(s.linkProof ?? NO_PROOF),
    receipt: s.receipt
      ? { hash: sha256(s.receipt), until: new Date(now.getTime() + GRACE_S * 1000) }
      : null,
    now,
  };
}

/** The repository's input for a share, with the times the service would compute. */
export function newSecret(s: Share, now = new Date(), expiresIn = EXPIRES_IN): NewSecret {
  return {
    id: s.id,
    ciphertext: s.ciphertext,
    iv: s.iv,
    salt: s.salt,
    verifier: s.verifier,
    linkVerifier: s.linkVerifier,
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
