// Envelope encryption (docs/protocol.md#share): AES-256-GCM, NIST SP 800-38D, through WebCrypto.
// AAD = UTF-8("oncelink/v1") ‖ id: the label separates this use of the key from any other, and
// the id stops a server from swapping one record's ciphertext into another (docs/architecture.md#threat-model).
// The key is used for exactly one encryption (fresh per share), so a random 96-bit IV is far
// from SP 800-38D §8.3's limits; the 128-bit tag is appended, WebCrypto's output as is.
import { utf8Encode } from './encoding';
import { ProtocolError } from './errors';
import { TAG_BYTES } from './limits';
import { checkLength } from './bytes';
import { ID_BYTES, KEY_BYTES } from './keys';

export const IV_BYTES = 12;
const LABEL = utf8Encode('oncelink/v1');

function params(iv: Uint8Array, id: Uint8Array): AesGcmParams {
  const additionalData = new Uint8Array(LABEL.length + ID_BYTES);
  additionalData.set(LABEL, 0);
  additionalData.set(id, LABEL.length);
  return { name: 'AES-GCM', iv: new Uint8Array(iv), additionalData, tagLength: TAG_BYTES * 8 };
}

/** The key, after checking every input's length (a wrong one is the caller's bug). */
function importKey(
  usage: 'encrypt' | 'decrypt',
  encKey: Uint8Array,
  iv: Uint8Array,
  id: Uint8Array,
  data: Uint8Array,
): Promise<CryptoKey> {
  checkLength('encKey', encKey, KEY_BYTES);
  checkLength('iv', iv, IV_BYTES);
  checkLength('id', id, ID_BYTES);
  const what = usage === 'encrypt' ? 'plaintext' : 'ciphertext';
  if (!(data instanceof Uint8Array)) throw new TypeError(`${what} must be a Uint8Array`);
  return crypto.subtle.importKey('raw', new Uint8Array(encKey), 'AES-GCM', false, [usage]);
}

/** ciphertext ‖ tag of `plaintext` (the padded envelope). */
export async function sealEnvelope(
  encKey: Uint8Array,
  iv: Uint8Array,
  id: Uint8Array,
  plaintext: Uint8Array,
): Promise<Uint8Array> {
  const key = await importKey('encrypt', encKey, iv, id, plaintext);
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
  const key = await importKey('decrypt', encKey, iv, id, ciphertext);
  if (ciphertext.length < TAG_BYTES) {
    throw new ProtocolError('DECRYPT_FAILED', 'the ciphertext is shorter than its tag');
  }
  const data = ciphertext as Uint8Array<ArrayBuffer>;
  let out: ArrayBuffer;
  try {
    out = await crypto.subtle.decrypt(params(iv, id), key, data);
  } catch {
    throw new ProtocolError('DECRYPT_FAILED', 'the secret could not be decrypted with this key');
  }
  return new Uint8Array(out);
}
