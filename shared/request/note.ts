// The requester's note (docs/protocol.md#request-note): a share envelope of kind "text", padded to
// 256-byte blocks like a share's, sealed with AES-256-GCM under noteKey (from the link's
// linkKey), AAD = "oncelink/request/v1/note" ‖ id. The key is new for every request and used
// once, and the 12-byte IV is random all the same, as for shares.
import { concatBytes, utf8Encode } from '../encoding';
import { decodeEnvelope, encodeEnvelope } from '../envelope';
import { ProtocolError } from '../errors';
import { REQUEST_NOTE_BYTES, TAG_BYTES } from '../limits';
import { checkLength } from '../bytes';
import { REQUEST_ID_BYTES } from './keys';

export const NOTE_IV_BYTES = 12;
const LABEL = utf8Encode('oncelink/request/v1/note');

function params(iv: Uint8Array, id: Uint8Array): AesGcmParams {
  checkLength('iv', iv, NOTE_IV_BYTES);
  checkLength('id', id, REQUEST_ID_BYTES);
  const additionalData = concatBytes(LABEL, id) as Uint8Array<ArrayBuffer>;
  return { name: 'AES-GCM', iv: new Uint8Array(iv), additionalData, tagLength: TAG_BYTES * 8 };
}

function importKey(noteKey: Uint8Array, usage: KeyUsage): Promise<CryptoKey> {
  checkLength('noteKey', noteKey, 32);
  return crypto.subtle.importKey('raw', new Uint8Array(noteKey), 'AES-GCM', false, [usage]);
}

/** ciphertext ‖ tag of the padded note. TOO_LARGE past REQUEST_NOTE_BYTES (before any crypto). */
export async function sealNote(
  noteKey: Uint8Array,
  iv: Uint8Array,
  id: Uint8Array,
  note: string,
): Promise<Uint8Array> {
  const plaintext = encodeEnvelope('text', note, REQUEST_NOTE_BYTES) as Uint8Array<ArrayBuffer>;
  const p = params(iv, id);
  const key = await importKey(noteKey, 'encrypt');
  return new Uint8Array(await crypto.subtle.encrypt(p, key, plaintext));
}

/** The note, or DECRYPT_FAILED (wrong link, or a stored note that is not this request's). */
export async function openNote(
  noteKey: Uint8Array,
  iv: Uint8Array,
  id: Uint8Array,
  ciphertext: Uint8Array,
): Promise<string> {
  const p = params(iv, id);
  const key = await importKey(noteKey, 'decrypt');
  let plaintext: Uint8Array;
  try {
    plaintext = new Uint8Array(
      await crypto.subtle.decrypt(p, key, ciphertext as Uint8Array<ArrayBuffer>),
    );
  } catch {
    throw new ProtocolError('DECRYPT_FAILED', 'the request note could not be decrypted');
  }
  return decodeEnvelope(plaintext).value;
}
