// PINs (docs/generator.md#kinds-and-options): 4–12 decimal digits, each uniform (uniformInt(10): rejection over 4-bit draws,
// never `byte % 10`), leading zeros included, so entropy is length · log2(10) (6 digits: 19.93).
import { uniformString, type RandomSource } from './random';
import type { PinOptions } from './options';

const DIGITS = '0123456789';

/** A PIN for validated options. */
export function generatePinValue(opts: PinOptions, random: RandomSource): string {
  return uniformString(DIGITS, opts.length, random);
}

export function pinEntropy(opts: PinOptions): number {
  return opts.length * Math.log2(DIGITS.length);
}
