// The generator's two entry points: the entropy of some options (for the UI to show while the
// user chooses) and a value with its entropy and strength. Both validate first, so a bad option
// fails the same way in either. The value is returned only: never logged, never stored here.
import { randomBytes } from '../encoding';
import { validateGeneratorOptions, type GeneratorKind, type GeneratorOptions } from './options';
import { generatePassphraseValue, passphraseEntropy } from './passphrase';
import { generatePasswordValue, passwordEntropyBits } from './password';
import { generatePinValue, pinEntropy } from './pin';
import type { RandomSource } from './random';
import { strengthOf, type Strength } from './strength';
import { generateTokenValue, tokenEntropy } from './token';
import { generateUuidValue, UUID_ENTROPY_BITS } from './uuid';

export interface Generated {
  kind: GeneratorKind;
  value: string;
  entropyBits: number;
  strength: Strength;
}

/**
 * Exact entropy in bits of what `generate(opts)` returns: log2 of the number of equally likely
 * values (password.ts, passphrase.ts and the others say how each is counted).
 */
export function entropyBits(opts: GeneratorOptions): number {
  validateGeneratorOptions(opts);
  switch (opts.kind) {
    case 'password':
      return passwordEntropyBits(opts);
    case 'passphrase':
      return passphraseEntropy(opts);
    case 'pin':
      return pinEntropy(opts);
    case 'token':
      return tokenEntropy(opts);
    case 'uuid':
      return UUID_ENTROPY_BITS;
  }
}

function value(opts: GeneratorOptions, random: RandomSource): string {
  switch (opts.kind) {
    case 'password':
      return generatePasswordValue(opts, random);
    case 'passphrase':
      return generatePassphraseValue(opts, random);
    case 'pin':
      return generatePinValue(opts, random);
    case 'token':
      return generateTokenValue(opts, random);
    case 'uuid':
      return generateUuidValue(random);
  }
}

/** A fresh random secret of the kind and options asked for. */
export function generate(opts: GeneratorOptions, random: RandomSource = randomBytes): Generated {
  const bits = entropyBits(opts); // validates
  if (typeof random !== 'function') {
    throw new TypeError(`random source must be a function, got ${typeof random}`);
  }
  return {
    kind: opts.kind,
    value: value(opts, random),
    entropyBits: bits,
    strength: strengthOf(bits),
  };
}
