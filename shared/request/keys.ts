// What a request link's `linkKey` gives (docs/protocol.md#request-keys), HKDF-SHA256 (RFC 5869)
// with salt = the request id, one `info` per use so the outputs are independent:
// - linkProof: the v2 share link proof (shared/keys.ts deriveLinkProof, the same function), so
//   the server stores only SHA-256(linkProof) and whoever has just the id (a proxy log) can
//   neither peek nor answer;
// - noteKey: the AES-256-GCM key of the requester's note, so the server cannot read the note.
import { utf8Encode } from '../encoding';
import { checkLength } from '../bytes';

export const REQUEST_ID_BYTES = 16;
export const REQUEST_LINK_KEY_BYTES = 16;
const OUT_BYTES = 32;

const NOTE_INFO = utf8Encode('oncelink/request/v1/note');

/** noteKey = HKDF-SHA256(IKM = linkKey, salt = id, info = "oncelink/request/v1/note"), 32 bytes. */
export async function noteKeyOf(linkKey: Uint8Array, id: Uint8Array): Promise<Uint8Array> {
  checkLength('linkKey', linkKey, REQUEST_LINK_KEY_BYTES);
  checkLength('id', id, REQUEST_ID_BYTES);
  const key = await crypto.subtle.importKey('raw', new Uint8Array(linkKey), 'HKDF', false, [
    'deriveBits',
  ]);
  const params = {
    name: 'HKDF',
    hash: 'SHA-256',
    salt: new Uint8Array(id),
    info: new Uint8Array(NOTE_INFO),
  };
  return new Uint8Array(await crypto.subtle.deriveBits(params, key, OUT_BYTES * 8));
}
