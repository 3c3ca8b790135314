// The plaintext that is encrypted (docs/protocol.md#share):
// UTF-8(JSON.stringify({v:1, kind, value})) padded with spaces (0x20) to a multiple of 256 bytes.
// The kind lets the recipient page render a PIN differently from a letter; the padding makes the
// stored ciphertext's size say only "under 256 bytes" for most secrets.
import { utf8Decode, utf8Encode } from './encoding';
import { ProtocolError } from './errors';
import { PAD_BLOCK, SECRET_BYTES } from './limits';

export const SECRET_KINDS = ['text', 'password', 'passphrase', 'pin', 'token', 'uuid'] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];

export function isSecretKind(x: unknown): x is SecretKind {
  return typeof x === 'string' && (SECRET_KINDS as readonly string[]).includes(x);
}

const SPACE = 0x20;

function checkInput(kind: unknown, value: unknown): asserts kind is SecretKind {
  if (!isSecretKind(kind)) throw new TypeError(`unknown secret kind ${JSON.stringify(kind)}`);
  if (typeof value !== 'string') throw new TypeError(`secret value must be a string`);
  // An empty secret is a caller's bug (the UI should not offer to share nothing), not a protocol
  // failure, so it is a RangeError rather than a ProtocolError.
  if (value.length === 0) throw new RangeError('secret value must not be empty');
}

function json(kind: SecretKind, value: string): Uint8Array {
  // Key order is fixed by this literal; JSON.stringify escapes lone surrogates (ES2019), so the
  // UTF-8 encoding below is lossless.
  return utf8Encode(JSON.stringify({ v: 1, kind, value }));
}

/** Size in bytes of the envelope before padding: what the size limit applies to. */
export function envelopeSize(kind: SecretKind, value: string): number {
  checkInput(kind, value);
  return json(kind, value).length;
}

/**
 * The padded envelope. Throws ProtocolError('TOO_LARGE') when the unpadded JSON exceeds
 * `maxBytes` (the server's limit, docs/protocol.md#size-limit), so the sender learns before any upload.
 */
export function encodeEnvelope(
  kind: SecretKind,
  value: string,
  maxBytes: number = SECRET_BYTES.default,
): Uint8Array {
  checkInput(kind, value);
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1 || maxBytes > SECRET_BYTES.hardMax) {
    throw new RangeError(`maxBytes must be 1..${SECRET_BYTES.hardMax}, got ${String(maxBytes)}`);
  }
  const raw = json(kind, value);
  if (raw.length > maxBytes) {
    throw new ProtocolError(
      'TOO_LARGE',
      `the secret is too large: ${raw.length} bytes, the limit is ${maxBytes} bytes`,
    );
  }
  const out = new Uint8Array(Math.ceil(raw.length / PAD_BLOCK) * PAD_BLOCK).fill(SPACE);
  out.set(raw, 0);
  raw.fill(0);
  return out;
}

function bad(why: string): never {
  throw new ProtocolError('BAD_ENVELOPE', `the decrypted secret is malformed: ${why}`);
}

/**
 * Strict inverse of encodeEnvelope: a whole number of 256-byte blocks, valid UTF-8, one JSON
 * object of exactly {v: 1, kind, value} followed by spaces only. The envelope is authenticated,
 * so anything else means a buggy or newer client; refusing says so instead of showing a
 * half-understood secret.
 */
export function decodeEnvelope(bytes: Uint8Array): { kind: SecretKind; value: string } {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('expected Uint8Array');
  if (bytes.length === 0 || bytes.length % PAD_BLOCK !== 0) {
    bad(`${bytes.length} bytes is not a multiple of ${PAD_BLOCK}`);
  }
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === SPACE) end--;
  if (bytes.length - end >= PAD_BLOCK) bad('more padding than one block');
  let text: string;
  try {
    text = utf8Decode(bytes.subarray(0, end));
  } catch {
    bad('not UTF-8');
  }
  // JSON.parse tolerates surrounding whitespace; the encoding has none, so require the braces.
  if (!text.startsWith('{') || !text.endsWith('}')) bad('not a JSON object');
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch {
    bad('not JSON');
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) bad('not a JSON object');
  const rec = obj as Record<string, unknown>;
  const keys = Object.keys(rec);
  if (keys.length !== 3 || !['v', 'kind', 'value'].every((k) => Object.hasOwn(rec, k))) {
    bad('fields must be exactly v, kind and value');
  }
  if (rec.v !== 1) bad(`unsupported version ${JSON.stringify(rec.v)}`);
  if (!isSecretKind(rec.kind)) bad(`unknown kind ${JSON.stringify(rec.kind)}`);
  if (typeof rec.value !== 'string' || rec.value.length === 0)
    bad('value must be a non-empty string');
  return { kind: rec.kind, value: rec.value };
}
