// The body of `secret.upload` (docs/protocol.md#upload): a file share's create without base64.
//
//   u32be(H) ‖ header[H] ‖ ciphertext
//   header = UTF-8(JSON.stringify(the create request without `ciphertext`, plus `ciphertextBytes`))
//
// The header comes first, so the server checks every field and the declared size before it
// reads (and holds) a byte of ciphertext, and knows a truncated body when it sees one.
import { b64uDecode, utf8Encode } from './encoding';
import { maxFileEnvelopeBytes, paddedFileSize } from './file';
import { TAG_BYTES } from './limits';
import type { CreateRequest } from './protocol';

/** Largest header a server reads: the create fields are well under 1 KiB. */
export const UPLOAD_HEADER_BYTES = 4096;

/** The create request's fields as the upload header carries them. */
export type UploadHeader = Omit<CreateRequest, 'ciphertext'> & { ciphertextBytes: number };

/** The two parts of the body, to send as one (a Blob in browsers, so nothing is copied). */
export function uploadParts(request: CreateRequest): [Uint8Array, Uint8Array] {
  const { ciphertext, ...fields } = request;
  const bytes = b64uDecode(ciphertext);
  const header = utf8Encode(JSON.stringify({ ...fields, ciphertextBytes: bytes.length }));
  const prefix = new Uint8Array(4 + header.length);
  new DataView(prefix.buffer).setUint32(0, header.length);
  prefix.set(header, 4);
  return [prefix, bytes];
}

/** True for the length of a file ciphertext: a file bucket plus the GCM tag. */
export function isFileCiphertextLength(n: number): boolean {
  return (
    Number.isSafeInteger(n) && n > TAG_BYTES && paddedFileSize(n - TAG_BYTES) === n - TAG_BYTES
  );
}

/** The largest upload body a server with this MAX_FILE_BYTES reads. */
export function maxUploadBytes(maxFileBytes: number): number {
  return 4 + UPLOAD_HEADER_BYTES + maxFileEnvelopeBytes(maxFileBytes) + TAG_BYTES;
}
