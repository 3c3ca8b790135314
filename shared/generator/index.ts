// The random-secret generator (docs/generator.md): passwords, passphrases, PINs, tokens and UUIDs, uniform
// over crypto.getRandomValues, with exact entropy. Pure: the popup, the page and tests share it.
// docs/generator.md explains the kinds, the entropy figures and the strength words.
export {
  GENERATOR_KINDS,
  GENERATOR_LIMITS,
  DEFAULT_GENERATOR_OPTIONS,
  TOKEN_BITS_STEP,
  TOKEN_ENCODINGS,
  SEPARATOR_MAX,
  isGeneratorKind,
  validateGeneratorOptions,
  type GeneratorKind,
  type GeneratorOptions,
  type PasswordOptions,
  type PassphraseOptions,
  type PinOptions,
  type TokenOptions,
} from './options';
export { generate, entropyBits, type Generated } from './generate';
export { strengthOf, STRENGTH_THRESHOLDS, type Strength } from './strength';
export { uniformInt, type RandomSource } from './random';
export { PASSWORD_CLASSES, AMBIGUOUS_CHARS } from './password';
