// UUID version 4 (RFC 9562 §5.4): 16 random bytes with the version nibble set to 0b0100 (byte 6,
// high half) and the variant bits to 0b10 (byte 8, two high bits), leaving 128 − 6 = 122 random
// bits. Written out in lowercase hex as 8-4-4-4-12 (RFC 9562 §4: lowercase on output).
// Not crypto.randomUUID(): the source must be injectable for tests.
import { draw, type RandomSource } from './random';
import { hexEncode } from './token';

export const UUID_ENTROPY_BITS = 122;

export function generateUuidValue(random: RandomSource): string {
  const b = draw(random, 16);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = hexEncode(b);
  b.fill(0);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
