// The plaintext of a file share (docs/protocol.md#file-envelope): its name, type and bytes, all
// inside the ciphertext, padded to a size bucket so the stored size says little about the file.
//
//   0x00 ‖ u32be(H) ‖ header[H] ‖ bytes[size] ‖ 0x00 … up to paddedFileSize(5 + H + size)
//   header = UTF-8(JSON.stringify({v:1, kind:"file", name, type, size}))
//
// A text envelope starts with "{" (0x7b), so the first byte tells the two apart.
import { utf8Decode, utf8Encode } from './encoding';
import { ProtocolError } from './errors';
import { FILE_BYTES } from './limits';

/** A file as a client hands it over, and as the recipient gets it back. */
export interface FileContent {
  /** As the sender's file system or the sender named it; sanitise before saving (file-name.ts). */
  name: string;
  /** A media type such as text/plain; application/octet-stream when unknown. */
  type: string;
  bytes: Uint8Array;
}

export const FILE_MARK = 0x00;
/** Longest name, in UTF-8 bytes: what common file systems (ext4, APFS, NTFS) store. */
export const FILE_NAME_BYTES = 255;
/** Longest media type, in characters. */
export const FILE_TYPE_CHARS = 127;
/** Largest header: a 255-byte name of JSON-escaped control characters, a type and the rest. */
export const FILE_HEADER_BYTES = 2048;
/** Every file share is at least this large once padded. */
export const FILE_MIN_BUCKET = 4096;
const PREFIX = 5;
const DEFAULT_TYPE = 'application/octet-stream';
// type/subtype with optional parameters, printable ASCII only.
const MEDIA_TYPE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+(?:\s*;[\x20-\x7e]*)?$/i;

/**
 * The padded length of an unpadded envelope of `n` bytes: 4 KiB up to 4 KiB, above that `n`
 * rounded up to a multiple of 2^(⌊log2 n⌋ − 3), i.e. eight buckets between each power of two.
 * The stored size then tells the file's size to within 12.5 % and no closer; every bucket is a
 * multiple of 512, so file ciphertexts have the shape the server checks for any envelope.
 */
export function paddedFileSize(n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`bad envelope length ${n}`);
  if (n <= FILE_MIN_BUCKET) return FILE_MIN_BUCKET;
  const step = 2 ** (Math.floor(Math.log2(n)) - 3);
  return Math.ceil(n / step) * step;
}

/** The largest padded envelope a file of at most `maxFileBytes` can make. */
export function maxFileEnvelopeBytes(maxFileBytes: number): number {
  return paddedFileSize(PREFIX + FILE_HEADER_BYTES + maxFileBytes);
}

function header(f: FileContent): Uint8Array {
  return utf8Encode(
    JSON.stringify({ v: 1, kind: 'file', name: f.name, type: f.type, size: f.bytes.length }),
  );
}

function checkFile(f: FileContent, maxFileBytes: number): void {
  if (!(f.bytes instanceof Uint8Array)) throw new TypeError('file bytes must be a Uint8Array');
  if (typeof f.name !== 'string' || f.name.length === 0) {
    throw new ProtocolError('BAD_FILE_NAME', 'the file needs a name');
  }
  if (utf8Encode(f.name).length > FILE_NAME_BYTES) {
    throw new ProtocolError(
      'BAD_FILE_NAME',
      `the file name is too long: at most ${FILE_NAME_BYTES} bytes of UTF-8`,
    );
  }
  if (typeof f.type !== 'string' || (f.type !== '' && !isMediaType(f.type))) {
    throw new TypeError(`not a media type: ${JSON.stringify(f.type)}`);
  }
  if (
    !Number.isSafeInteger(maxFileBytes) ||
    maxFileBytes < 0 ||
    maxFileBytes > FILE_BYTES.hardMax
  ) {
    throw new RangeError(`maxFileBytes must be 0..${FILE_BYTES.hardMax}, got ${maxFileBytes}`);
  }
  if (f.bytes.length > maxFileBytes) {
    throw new ProtocolError(
      'TOO_LARGE',
      `the file is too large: ${f.bytes.length} bytes, the limit is ${maxFileBytes} bytes`,
    );
  }
}

function isMediaType(t: string): boolean {
  return t.length <= FILE_TYPE_CHARS && MEDIA_TYPE.test(t);
}

/**
 * The padded file envelope. TOO_LARGE when the file's bytes exceed `maxFileBytes` (the server's
 * MAX_FILE_BYTES), BAD_FILE_NAME for an empty or over-long name: both before any key derivation.
 * An empty type becomes application/octet-stream.
 */
export function encodeFileEnvelope(
  file: FileContent,
  maxFileBytes: number = FILE_BYTES.default,
): Uint8Array {
  const f = { ...file, type: file.type === '' ? DEFAULT_TYPE : file.type };
  checkFile(f, maxFileBytes);
  const h = header(f);
  const n = PREFIX + h.length + f.bytes.length;
  const out = new Uint8Array(paddedFileSize(n)); // zero-filled: the padding
  out[0] = FILE_MARK;
  new DataView(out.buffer).setUint32(1, h.length);
  out.set(h, PREFIX);
  out.set(f.bytes, PREFIX + h.length);
  return out;
}

function bad(why: string): never {
  throw new ProtocolError('BAD_ENVELOPE', `the decrypted file is malformed: ${why}`);
}

/**
 * Strict inverse of encodeFileEnvelope: exactly one encoding per file (bucket size, zero
 * padding, header fields and their order), so a buggy or newer client is refused, not guessed at.
 * The bytes returned are a copy; the caller may wipe `bytes`.
 */
export function decodeFileEnvelope(bytes: Uint8Array): FileContent {
  if (bytes.length < PREFIX || bytes[0] !== FILE_MARK) bad('not a file envelope');
  const h = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(1);
  if (h > FILE_HEADER_BYTES || PREFIX + h > bytes.length) bad('header length out of range');
  let meta: unknown;
  try {
    meta = JSON.parse(utf8Decode(bytes.subarray(PREFIX, PREFIX + h)));
  } catch {
    bad('header is not JSON');
  }
  const m = meta as Record<string, unknown>;
  if (typeof m !== 'object' || m === null || Array.isArray(m)) bad('header is not an object');
  if (Object.keys(m).join() !== 'v,kind,name,type,size')
    bad('header fields are not v, kind, name, type, size');
  if (m.v !== 1 || m.kind !== 'file') bad('unsupported version or kind');
  const { name, type, size } = m;
  if (typeof name !== 'string' || name.length === 0 || utf8Encode(name).length > FILE_NAME_BYTES) {
    bad('bad name');
  }
  if (typeof type !== 'string' || !isMediaType(type)) bad('bad type');
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) bad('bad size');
  const end = PREFIX + h + size;
  if (end > bytes.length || paddedFileSize(end) !== bytes.length) bad('size does not match');
  // The header must be the one the encoder writes, byte for byte (no spaces, no escapes swapped).
  const canonical = utf8Encode(JSON.stringify({ v: 1, kind: 'file', name, type, size }));
  if (!sameBytes(canonical, bytes.subarray(PREFIX, PREFIX + h))) bad('header is not canonical');
  for (let i = end; i < bytes.length; i++) if (bytes[i] !== 0) bad('padding is not zeros');
  return { name, type, bytes: bytes.slice(PREFIX + h, end) };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
