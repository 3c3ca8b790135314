// Envelope encryption (docs/protocol.md#share): AES-256-GCM, NIST SP 800-38D, through WebCrypto.
// AAD = UTF-8("oncelink/v1") ‖ id: the label separates this use of the key from any other, and
// the id stops a server from swapping one record's ciphertext into another (docs/architecture.md#threat-model).
// The key is used for exactly one encryption (fresh per share), so a random 96-bit IV is far
// from SP 800-38D §8.3's limits; the 128-bit tag is appended, WebCrypto's output as is.
import { utf8Encode } from './encoding';
import { ProtocolError } from './errors';
import { TAG_BYTES } from './limits';

export const IV_BYTES = 12;
const KEY_BYTES = 32;
const ID_BYTES = 16;
const LABEL = utf8Encode('oncelink/v1');

function checkLength(name: string, v: unknown, len: number): asserts v is Uint8Array {
  if (!(v instanceof Uint8Array) || v.length !== len) {
    const got = v instanceof Uint8Array ? `${v.length} bytes` : typeof v;
    throw new RangeError(`${name} must be ${len} bytes, got ${got}`);
  }
}

function params(iv: Uint8Array, id: Uint8Array): AesGcmParams {
  const additionalData = new Uint8Array(LABEL.length + ID_BYTES);
  additionalData.set(LABEL, 0);
  additionalData.set(id, LABEL.length);
  return { name: 'AES-GCM', iv: new Uint8Array(iv), additionalData, tagLength: TAG_BYTES * 8 };
}

function importKey(encKey: Uint8Array, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', new Uint8Array(encKey), 'AES-GCM', false, [usage]);
}

/** ciphertext ‖ tag of `plaintext` (the padded envelope). */
export async function sealEnvelope(
  encKey: Uint8Array,
  iv: Uint8Array,
  id: Uint8Array,
  plaintext: Uint8Array,
): Promise<Uint8Array> {
  checkLength('encKey', encKey, KEY_BYTES);
  checkLength('iv', iv, IV_BYTES);
  checkLength('id', id, ID_BYTES);
  if (!(plaintext instanceof Uint8Array)) throw new TypeError('plaintext must be a Uint8Array');
  const key = await importKey(encKey, 'encrypt');
  const data = plaintext as Uint8Array<ArrayBuffer>;
  return new Uint8Array(await crypto.subtle.encrypt(params(iv, id), key, data));
}

/**
 * The plaintext, or ProtocolError('DECRYPT_FAILED') when the tag does not verify: wrong key,
 * wrong iv or id, or any changed byte. GCM cannot tell these apart (SP 800-38D §7.2 returns
 * only FAIL), and neither can we.
 */
export async function openEnvelope(
  encKey: Uint8Array,
  iv: Uint8Array,
  id: Uint8Array,
  ciphertext: Uint8Array,
): Promise<Uint8Array> {
  checkLength('encKey', encKey, KEY_BYTES);
  checkLength('iv', iv, IV_BYTES);
  checkLength('id', id, ID_BYTES);
  if (!(ciphertext instanceof Uint8Array)) throw new TypeError('ciphertext must be a Uint8Array');
  if (ciphertext.length < TAG_BYTES) {
    throw new ProtocolError('DECRYPT_FAILED', 'the ciphertext is shorter than its tag');
  }
  const key = await importKey(encKey, 'decrypt');
  const data = ciphertext as Uint8Array<ArrayBuffer>;
  let out: ArrayBuffer;
  try {
    out = await crypto.subtle.decrypt(params(iv, id), key, data);
  } catch {
    throw new ProtocolError('DECRYPT_FAILED', 'the secret could not be decrypted with this key');
  }
  return new Uint8Array(out);
}
