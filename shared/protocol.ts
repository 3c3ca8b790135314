// Protocol v1 as clients use it (docs/protocol.md): create, unlock with the typed passphrase, open.
// Every client and the known-answer test go through these, so the KAT covers the shipped path.
import { fromServer } from './bytes';
import { IV_BYTES, openEnvelope, sealEnvelope } from './aead';
import { b64uDecode, b64uEncode, randomBytes } from './encoding';
import type { SecretKind } from './envelope';
import type { FileContent } from './file';
import { ProtocolError } from './errors';
import { DEFAULT_KDF, SALT_BYTES, assertKdfParams, deriveMaster, type KdfParams } from './kdf';
import { CHECK_BYTES, ID_BYTES, LINK_KEY_BYTES, deriveKeys, deriveLinkProof } from './keys';
import { ATTEMPTS, EXPIRY, VIEWS, WORDS } from './limits';
import { buildLink, FRAGMENT_VERSION, type LinkVersion } from './link';
import { canonicalPassphrase, generatePassphrase } from './passphrase';
import type { CreateInput } from './schemas';
import { decodeSecret, encodeSecret, type SecretContent } from './secret-content';
import { linkVerifierOf, manageHashOf, TOKEN_BYTES, verifierOf } from './verifier';

/** Body of `secret.create` (docs/protocol.md#api): the type of its zod schema, so the two agree. */
export type CreateRequest = CreateInput;

/**
 * Text (`value`, `kind`) or a `file`, not both. `words` defaults to 6, `kdf` to DEFAULT_KDF; the
 * limits are the server's (`config.get`), by default 64 KiB of text and 10 MiB of file.
 */
export interface CreateShareOptions {
  value?: string;
  kind?: SecretKind;
  file?: FileContent;
  words?: number;
  kdf?: KdfParams;
  expiresIn: number;
  maxViews: number;
  maxAttempts: number;
  /** Origin (and base path) links point to. */
  publicUrl: string;
  maxSecretBytes?: number;
  maxFileBytes?: number;
}

/** `link` and `passphrase` go to the recipient by two channels; `manageToken` (b64u) stays. */
export interface CreatedShare {
  request: CreateRequest;
  link: string;
  passphrase: string;
  manageToken: string;
}

/** Everything random in a share; injectable only so known answers can be reproduced. */
export type ShareRandoms = Record<'id' | 'linkKey' | 'salt' | 'iv' | 'manageToken', Uint8Array> & {
  passphrase: string;
};

function integerIn(name: string, v: unknown, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) {
    throw new RangeError(`${name} must be an integer in ${min}..${max}, got ${String(v)}`);
  }
  return v;
}

/** Creates a share with fresh randomness from crypto.getRandomValues. Misuse rejects too. */
export async function createShare(opts: CreateShareOptions): Promise<CreatedShare> {
  return createShareWith(
    {
      id: randomBytes(ID_BYTES),
      linkKey: randomBytes(LINK_KEY_BYTES),
      salt: randomBytes(SALT_BYTES),
      iv: randomBytes(IV_BYTES),
      manageToken: randomBytes(TOKEN_BYTES),
      passphrase: generatePassphrase(opts.words ?? WORDS.default),
    },
    opts,
  );
}

/**
 * @internal createShare with given randomness, for known-answer tests. Never call it with
 * anything but fresh random bytes in real use: a repeated (key, iv) pair breaks GCM.
 * `version` 1 makes what a v1 client made (tests of the server's v1 compatibility only).
 */
export async function createShareWith(
  r: ShareRandoms,
  opts: CreateShareOptions,
  version: LinkVersion = FRAGMENT_VERSION,
): Promise<CreatedShare> {
  // Cheap checks first, so misuse and TOO_LARGE fail before a half-second of Argon2id.
  const expiresIn = integerIn('expiresIn', opts.expiresIn, EXPIRY.min, EXPIRY.hardMax);
  const maxViews = integerIn('maxViews', opts.maxViews, VIEWS.min, VIEWS.hardMax);
  const maxAttempts = integerIn('maxAttempts', opts.maxAttempts, ATTEMPTS.min, ATTEMPTS.max);
  const kdf = assertKdfParams(opts.kdf ?? DEFAULT_KDF);
  const plaintext = encodeSecret(opts, opts);
  const passphrase = canonicalPassphrase(r.passphrase);
  const id = b64uEncode(r.id);
  buildLink(opts.publicUrl, id, r.linkKey, new Uint8Array(CHECK_BYTES), version); // validates

  const master = await deriveMaster(passphrase, r.salt, kdf);
  const { encKey, authKey, check } = await deriveKeys(master, r.linkKey, r.id);
  master.fill(0);
  const ciphertext = await sealEnvelope(encKey, r.iv, r.id, plaintext);
  const verifier = await verifierOf(authKey);
  for (const secret of [plaintext, encKey, authKey]) secret.fill(0);
  const request: CreateRequest = {
    id,
    ciphertext: b64uEncode(ciphertext),
    iv: b64uEncode(r.iv),
    salt: b64uEncode(r.salt),
    kdf,
    verifier,
    manageHash: await manageHashOf(r.manageToken),
    expiresIn,
    maxViews,
    maxAttempts,
  };
  if (version >= 2)
    request.linkVerifier = await linkVerifierOf(await deriveLinkProof(r.linkKey, r.id));
  return {
    request,
    link: buildLink(opts.publicUrl, id, r.linkKey, check, version),
    passphrase,
    manageToken: b64uEncode(r.manageToken),
  };
}

/** id, linkKey, check from parseLink; passphrase as typed; salt, kdf from `secret.peek`. */
export interface UnlockOptions {
  id: string;
  linkKey: Uint8Array;
  check: Uint8Array;
  passphrase: string;
  salt: string;
  kdf: unknown;
}

/** Compares without an early exit, so timing does not reveal where bytes differ. */
function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/**
 * Derives the keys from the typed passphrase and checks them against the link's `check` before
 * anything is sent: a mismatch is almost surely a typo, and catching it here spends no attempt.
 * (16 bits: one wrong passphrase in 65536 gets through, and the server then counts it.)
 */
export async function unlockShare(
  opts: UnlockOptions,
): Promise<{ authKey: string; encKey: Uint8Array }> {
  const passphrase = canonicalPassphrase(opts.passphrase);
  const kdf = assertKdfParams(opts.kdf);
  let salt: Uint8Array;
  try {
    salt = b64uDecode(opts.salt, SALT_BYTES);
  } catch {
    // The salt is a KDF input that came from the record, like `kdf`.
    throw new ProtocolError('BAD_KDF_PARAMS', `the record's salt is not ${SALT_BYTES} bytes`);
  }
  const id = b64uDecode(opts.id, ID_BYTES);
  const master = await deriveMaster(passphrase, salt, kdf);
  const { encKey, authKey, check } = await deriveKeys(master, opts.linkKey, id);
  master.fill(0);
  if (!(opts.check instanceof Uint8Array) || !equalBytes(check, opts.check)) {
    for (const secret of [encKey, authKey]) secret.fill(0);
    throw new ProtocolError(
      'CHECK_MISMATCH',
      'the passphrase does not match this link, likely a typo; nothing was spent, try again',
    );
  }
  const authKeyB64u = b64uEncode(authKey);
  authKey.fill(0);
  return { authKey: authKeyB64u, encKey };
}

/** iv and ciphertext as `secret.reveal` returned them. */
export interface OpenOptions {
  id: string;
  encKey: Uint8Array;
  iv: string;
  ciphertext: string;
}

/** Decrypts what `secret.reveal` returned. Any damage is DECRYPT_FAILED or BAD_ENVELOPE. */
export async function openShare(opts: OpenOptions): Promise<SecretContent> {
  const id = b64uDecode(opts.id, ID_BYTES);
  const [iv, ciphertext] = [fromServer(opts.iv, IV_BYTES), fromServer(opts.ciphertext)];
  const plaintext = await openEnvelope(opts.encKey, iv, id, ciphertext);
  try {
    return decodeSecret(plaintext);
  } finally {
    plaintext.fill(0);
  }
}
