// Tokens (docs/generator.md#kinds-and-options): 64–512 random bits, a whole number of bytes, as text. Entropy is the bits:
// the encodings are bijections of the bytes, so no rejection sampling is needed here.
// - hex: lowercase, 2 characters a byte.
// - base64url: RFC 4648 §5 without padding (shared/encoding b64uEncode), as every other b64u
//   value of the protocol.
// - base32: RFC 4648 §6 alphabet A–Z 2–7 without padding, ceil(bits / 5) characters; the last
//   character carries the leftover bits, zero-filled (as §6 does before padding).
import { b64uEncode } from '../encoding';
import { draw, type RandomSource } from './random';
import type { TokenOptions } from './options';

const HEX = '0123456789abcdef';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function hexEncode(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += HEX[b >> 4]! + HEX[b & 15]!;
  return out;
}

export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = ((acc << 8) | b) & 0xfff; // at most 4 spare + 8 new bits are ever pending
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32[(acc >> bits) & 31]!;
    }
  }
  if (bits > 0) out += BASE32[(acc << (5 - bits)) & 31]!;
  return out;
}

/** A token for validated options. */
export function generateTokenValue(opts: TokenOptions, random: RandomSource): string {
  const bytes = draw(random, opts.bits / 8);
  const out =
    opts.encoding === 'hex'
      ? hexEncode(bytes)
      : opts.encoding === 'base32'
        ? base32Encode(bytes)
        : b64uEncode(bytes);
  bytes.fill(0);
  return out;
}

export function tokenEntropy(opts: TokenOptions): number {
  return opts.bits;
}
