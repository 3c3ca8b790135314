// Byte helpers for protocol v1 (docs/protocol.md#encoding).
// base64url without padding, RFC 4648 §5. Decoding is strict: the same bytes have exactly one
// accepted spelling, so an id or key cannot be aliased by a second string.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function b64uEncode(bytes: Uint8Array): string {
  if (!(bytes instanceof Uint8Array))
    throw new TypeError(`expected Uint8Array, got ${typeof bytes}`);
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out +=
      ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

/** Length in characters of `n` bytes in unpadded base64url. */
export function b64uLength(n: number): number {
  return Math.ceil((n * 4) / 3);
}

/** True when `s` is canonical unpadded base64url (optionally of exactly `bytes` bytes). */
export function isB64u(s: unknown, bytes?: number): s is string {
  if (typeof s !== 'string') return false;
  if (bytes !== undefined && s.length !== b64uLength(bytes)) return false;
  try {
    b64uDecode(s);
    return true;
  } catch {
    return false;
  }
}

export function b64uDecode(s: string, expectedBytes?: number): Uint8Array {
  if (typeof s !== 'string') throw new TypeError(`expected string, got ${typeof s}`);
  const rem = s.length % 4;
  if (rem === 1) throw new RangeError(`invalid base64url length ${s.length}`);
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? LOOKUP[c]! : -1;
    if (v < 0) throw new RangeError(`invalid base64url character ${JSON.stringify(s[i])} at ${i}`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, or two strings would decode to the same bytes.
  if ((acc & ((1 << bits) - 1)) !== 0)
    throw new RangeError('non-canonical base64url (trailing bits)');
  if (expectedBytes !== undefined && out.length !== expectedBytes) {
    throw new RangeError(`expected ${expectedBytes} bytes, got ${out.length}`);
  }
  return out;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function utf8Encode(s: string): Uint8Array {
  return encoder.encode(s);
}

/** Strict UTF-8 decode: malformed bytes throw a TypeError instead of becoming U+FFFD. */
export function utf8Decode(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export function randomBytes(n: number): Uint8Array {
  if (!Number.isSafeInteger(n) || n < 0 || n > 2 ** 30) throw new RangeError(`bad byte count ${n}`);
  const out = new Uint8Array(n);
  // getRandomValues fills at most 65536 bytes a call (WebCrypto §10.1.1).
  for (let o = 0; o < n; o += 65536)
    crypto.getRandomValues(out.subarray(o, Math.min(n, o + 65536)));
  return out;
}

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}
