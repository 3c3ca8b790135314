// Master + link key → the share's keys (docs/protocol.md#share), HKDF-SHA256 per RFC 5869.
// IKM = master ‖ linkKey: both halves of a share are needed for any key, so neither the
// passphrase alone nor the link alone decrypts anything. salt = id binds the keys to one record
// (RFC 5869 §3.1: a salt adds strength and domain separation). Distinct `info` strings give
// independent keys from one extract (RFC 5869 §3.2).
import { utf8Encode } from './encoding';
import { checkLength } from './bytes';

export const KEY_BYTES = 32;
export const LINK_KEY_BYTES = 16;
export const ID_BYTES = 16;
/** 16 bits: enough to catch typos locally, too few to help an offline guesser. */
export const CHECK_BYTES = 2;
/** Protocol v2's proof that a caller holds the whole link (docs/protocol.md#link-proof). */
export const LINK_PROOF_BYTES = 32;

const INFO = {
  enc: new Uint8Array(utf8Encode('oncelink/v1/enc')),
  auth: new Uint8Array(utf8Encode('oncelink/v1/auth')),
  check: new Uint8Array(utf8Encode('oncelink/v1/check')),
  link: new Uint8Array(utf8Encode('oncelink/v2/link')),
};

export interface ShareKeys {
  /** AES-256-GCM key of the envelope (aead.ts). */
  encKey: Uint8Array;
  /** Proves knowledge of both halves to the server; it stores only SHA-256 of it. */
  authKey: Uint8Array;
  /** Travels in the link fragment, so a typo is caught before an attempt is spent. */
  check: Uint8Array;
}

export async function deriveKeys(
  master: Uint8Array,
  linkKey: Uint8Array,
  id: Uint8Array,
): Promise<ShareKeys> {
  checkLength('master', master, KEY_BYTES);
  checkLength('linkKey', linkKey, LINK_KEY_BYTES);
  checkLength('id', id, ID_BYTES);
  const ikm = new Uint8Array(KEY_BYTES + LINK_KEY_BYTES);
  ikm.set(master, 0);
  ikm.set(linkKey, KEY_BYTES);
  const key = await crypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveBits']);
  ikm.fill(0);
  const salt = new Uint8Array(id);
  const expand = async (info: Uint8Array<ArrayBuffer>, bytes: number) =>
    new Uint8Array(
      await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt, info }, key, bytes * 8),
    );
  const [encKey, authKey, check] = await Promise.all([
    expand(INFO.enc, KEY_BYTES),
    expand(INFO.auth, KEY_BYTES),
    expand(INFO.check, CHECK_BYTES),
  ]);
  return { encKey, authKey, check };
}

/**
 * linkProof = HKDF-SHA256(IKM = linkKey, salt = id, info = "oncelink/v2/link"), 32 bytes.
 * From the link alone (no passphrase), so a recipient's client can prove it holds the fragment
 * before anything is spent; the server stores SHA-256 of it. Its own IKM (linkKey without the
 * master) keeps it independent of encKey and authKey, which also need the passphrase.
 */
export async function deriveLinkProof(linkKey: Uint8Array, id: Uint8Array): Promise<Uint8Array> {
  checkLength('linkKey', linkKey, LINK_KEY_BYTES);
  checkLength('id', id, ID_BYTES);
  const key = await crypto.subtle.importKey('raw', new Uint8Array(linkKey), 'HKDF', false, [
    'deriveBits',
  ]);
  const params = { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(id), info: INFO.link };
  return new Uint8Array(await crypto.subtle.deriveBits(params, key, LINK_PROOF_BYTES * 8));
}
