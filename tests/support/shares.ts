// Shares for tests. fakeShare: valid create inputs without the cost of Argon2id (random bytes
// stand in for the ciphertext, the verifier is made from a random authKey exactly as the protocol
// makes it). shareSecret: a real one made with shared/protocol.ts as the clients make it, at the
// cheapest Argon2id a client accepts unless a test asks for more.
import { b64uEncode, randomBytes, sha256 } from '../../shared/encoding';
import type { SecretKind } from '../../shared/envelope';
import { MIN_KDF, type KdfParams } from '../../shared/kdf';
import { KDF } from '../../shared/limits';
import { createShare, createShareWith, type CreatedShare } from '../../shared/protocol';
import type { CreateInput } from '../../shared/schemas';
import { callApi } from './api';
import { createClient } from './server';

export interface FakeShare {
  input: CreateInput;
  authKey: string;
  manageToken: string;
}

export async function fakeShare(
  over: Partial<CreateInput> = {},
  ciphertextBytes = 272,
): Promise<FakeShare> {
  const authKey = randomBytes(32);
  const manageToken = randomBytes(32);
  const input: CreateInput = {
    id: b64uEncode(randomBytes(16)),
    ciphertext: b64uEncode(randomBytes(ciphertextBytes)),
    iv: b64uEncode(randomBytes(12)),
    salt: b64uEncode(randomBytes(16)),
    kdf: { ...KDF.default },
    verifier: b64uEncode(await sha256(authKey)),
    manageHash: b64uEncode(await sha256(manageToken)),
    expiresIn: 3600,
    maxViews: 1,
    maxAttempts: 1,
    ...over,
  };
  return { input, authKey: b64uEncode(authKey), manageToken: b64uEncode(manageToken) };
}

/** A fakeShare of protocol v2: its create carries the link verifier, and `linkProof` is what the
 * recipient's client would send (random here: the server only ever sees the proof). */
export async function fakeShareV2(
  over: Partial<CreateInput> = {},
  ciphertextBytes = 272,
): Promise<FakeShare & { linkProof: string }> {
  const proof = randomBytes(32);
  const linkVerifier = b64uEncode(await sha256(proof));
  const share = await fakeShare({ linkVerifier, ...over }, ciphertextBytes);
  return { ...share, linkProof: b64uEncode(proof) };
}

export const wrongKey = () => b64uEncode(randomBytes(32));

/** A fresh receipt, as recipients' clients make one for each reveal. */
export const newReceipt = () => b64uEncode(randomBytes(16));

/** The error data a tRPC client error carries (reason, details), or throws if it is not one. */
export function errorData(err: unknown): {
  reason: string;
  httpStatus: number;
  attemptsLeft?: number;
  retryAfter?: number;
  limit?: number;
  issues?: { path: string }[];
} {
  const data = (err as { data?: unknown }).data as ReturnType<typeof errorData> | undefined;
  if (!data?.reason) throw new Error(`not an API error: ${String(err)}`);
  return data;
}

/** Runs `fn`, expecting an API error; returns its data. */
export async function rejects(fn: () => Promise<unknown>) {
  try {
    await fn();
  } catch (err) {
    return errorData(err);
  }
  throw new Error('expected the call to fail');
}

export interface RealShareOptions {
  kind?: SecretKind;
  kdf?: KdfParams;
  expiresIn?: number;
  maxViews?: number;
  maxAttempts?: number;
  /** Store a verifier no passphrase matches: the right words pass the link's check, and the
   * server still refuses them, as for the 1 in 65536 wrong passphrase that passes. */
  serverRefuses?: boolean;
}

/** A real share of `value` for the server at `url`, made but not uploaded. */
export function newShare(url: string, value: string, opts: RealShareOptions = {}) {
  return createShare({
    value,
    kind: opts.kind ?? 'text',
    kdf: opts.kdf ?? MIN_KDF,
    expiresIn: opts.expiresIn ?? 3600,
    maxViews: opts.maxViews ?? 1,
    maxAttempts: opts.maxAttempts ?? 1,
    publicUrl: url,
  });
}

/** A real share of `value`, created on the server at `url` through the real tRPC client. */
export async function shareSecret(
  url: string,
  value: string,
  opts: RealShareOptions = {},
): Promise<CreatedShare> {
  const share = await newShare(url, value, opts);
  const request = opts.serverRefuses
    ? { ...share.request, verifier: b64uEncode(randomBytes(32)) }
    : share.request;
  await createClient(url).secret.create.mutate(request);
  return share;
}

/** What the sender's `secret.status` says of `share` now, with its event types in order. */
export async function senderSees(url: string, share: { manageToken: string }) {
  const { secrets } = await createClient(url).secret.status.mutate({
    manageTokens: [share.manageToken],
  });
  const s = secrets[0]!;
  if (s.state === 'unknown') throw new Error('the secret is unknown to the server');
  return { ...s, eventTypes: s.events.map((e) => e.type) };
}

/** A real share of `value` as a v1 client made it (no link verifier; fragment version 1),
 * created on the server at `url`: what installed old clients still send. */
export async function shareSecretV1(url: string, value: string): Promise<CreatedShare> {
  const randoms = {
    id: randomBytes(16),
    linkKey: randomBytes(16),
    salt: randomBytes(16),
    iv: randomBytes(12),
    manageToken: randomBytes(32),
    passphrase: 'abandon ability able zero zone zoo',
  };
  const opts = {
    value,
    kdf: MIN_KDF,
    expiresIn: 3600,
    maxViews: 1,
    maxAttempts: 1,
    publicUrl: url,
  };
  const share = await createShareWith(randoms, opts, 1);
  await createClient(url).secret.create.mutate(share.request);
  return share;
}

/**
 * Fills a server up to its storage ceiling (MAX_PENDING_BYTES) with fake v2 shares, large ones
 * then smaller, until even the smallest ciphertext no longer fits. Their manage tokens, to
 * revoke them afterwards.
 */
export async function fillToCeiling(url: string): Promise<string[]> {
  const filled: string[] = [];
  for (const blocks of [250, 16, 1]) {
    for (;;) {
      const s = await fakeShareV2({}, blocks * 256 + 16);
      if ((await callApi(url, 'secret.create', s.input)).kind !== 'ok') break;
      filled.push(s.manageToken);
    }
  }
  return filled;
}
