// What the generator can be asked for (docs/generator.md#kinds-and-options): the option types, their
// defaults and ranges, and one validator that every entry point runs first, so the UI can show
// the same message the code throws. Errors name the bad value (passphrase.ts style):
// TypeError for the wrong type, RangeError for a value out of range.
import type { SecretKind } from '../envelope';

/** The generator's kinds: the envelope's kinds (docs/protocol.md#share) minus free `text`. */
export const GENERATOR_KINDS = ['password', 'passphrase', 'pin', 'token', 'uuid'] as const;
export type GeneratorKind = (typeof GENERATOR_KINDS)[number];
// The recipient page labels a secret by its envelope kind, so every kind must be one of those.
GENERATOR_KINDS satisfies readonly SecretKind[];

export function isGeneratorKind(x: unknown): x is GeneratorKind {
  return typeof x === 'string' && (GENERATOR_KINDS as readonly string[]).includes(x);
}

export interface PasswordOptions {
  length: number;
  lower: boolean;
  upper: boolean;
  digits: boolean;
  symbols: boolean;
  avoidAmbiguous: boolean;
}
export interface PassphraseOptions {
  words: number;
  separator: string;
  capitalize: boolean;
  includeDigit: boolean;
}
export interface PinOptions {
  length: number;
}
export interface TokenOptions {
  bits: number;
  encoding: 'hex' | 'base64url' | 'base32';
}
export type GeneratorOptions =
  | ({ kind: 'password' } & PasswordOptions)
  | ({ kind: 'passphrase' } & PassphraseOptions)
  | ({ kind: 'pin' } & PinOptions)
  | ({ kind: 'token' } & TokenOptions)
  | { kind: 'uuid' };

export const TOKEN_ENCODINGS = ['hex', 'base64url', 'base32'] as const;

/** Inclusive ranges: password and PIN length in characters, passphrase words, token bits. */
export const GENERATOR_LIMITS = {
  password: { min: 4, max: 1024 },
  passphrase: { min: 3, max: 12 },
  pin: { min: 4, max: 12 },
  token: { min: 64, max: 512 },
} as const;

/** Token bits must be whole bytes: every encoding then maps bytes to text with no spare bits. */
export const TOKEN_BITS_STEP = 8;
/** Longest passphrase separator, in characters. */
export const SEPARATOR_MAX = 3;

/**
 * What the Generate tab starts with (frozen: spread to change). Each default is at least
 * "strong" (strength.ts) except the PIN, which no length within 4–12 digits can make more than
 * "weak": PINs are for systems that throttle guesses.
 */
export const DEFAULT_GENERATOR_OPTIONS: {
  [K in GeneratorKind]: Extract<GeneratorOptions, { kind: K }>;
} = Object.freeze({
  password: Object.freeze({
    kind: 'password',
    length: 20,
    lower: true,
    upper: true,
    digits: true,
    symbols: true,
    avoidAmbiguous: false,
  }),
  passphrase: Object.freeze({
    kind: 'passphrase',
    words: 8,
    separator: '-',
    capitalize: false,
    includeDigit: false,
  }),
  pin: Object.freeze({ kind: 'pin', length: 6 }),
  token: Object.freeze({ kind: 'token', bits: 256, encoding: 'base64url' }),
  uuid: Object.freeze({ kind: 'uuid' }),
} as const);

/** JSON-quoted, with invisible characters (zero-width, line breaks) spelt as \u escapes. */
function quote(s: string): string {
  return JSON.stringify(s).replace(
    /(?! )[\p{C}\p{Z}]/gu,
    (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`,
  );
}

/** A value for an error message: strings quoted as above, anything else as String() spells it. */
function show(x: unknown): string {
  return typeof x === 'string' ? quote(x) : String(x);
}

function checkInt(what: string, x: unknown, min: number, max: number): void {
  if (typeof x !== 'number' || !Number.isSafeInteger(x)) {
    throw new TypeError(`${what} must be an integer, got ${show(x)}`);
  }
  if (x < min || x > max) throw new RangeError(`${what} must be ${min}..${max}, got ${x}`);
}

function checkBool(what: string, x: unknown): void {
  if (typeof x !== 'boolean') throw new TypeError(`${what} must be a boolean, got ${show(x)}`);
}

/**
 * Printable ASCII without letters: words stay the only letters, so a separator cannot run into
 * them, and nothing invisible (zero-width, newline, tab) or locale-dependent gets in.
 */
const SEPARATOR = /^[\x20-\x40\x5b-\x60\x7b-\x7e]*$/;

/** Throws TypeError/RangeError naming the bad value, e.g. `password length must be 4..1024, got 3`. */
export function validateGeneratorOptions(opts: GeneratorOptions): void {
  if (typeof opts !== 'object' || opts === null) {
    throw new TypeError(`generator options must be an object, got ${String(opts)}`);
  }
  const kind: unknown = opts.kind;
  if (!isGeneratorKind(kind)) {
    throw new TypeError(
      `generator kind must be one of ${GENERATOR_KINDS.join(', ')}, got ${show(kind)}`,
    );
  }
  switch (opts.kind) {
    case 'password': {
      const { min, max } = GENERATOR_LIMITS.password;
      checkInt('password length', opts.length, min, max);
      const classes = ['lower', 'upper', 'digits', 'symbols'] as const;
      for (const c of classes) checkBool(`password ${c}`, opts[c]);
      checkBool('password avoidAmbiguous', opts.avoidAmbiguous);
      // length ≥ number of chosen classes always holds: min length 4 = number of classes.
      if (!classes.some((c) => opts[c])) {
        throw new RangeError(
          'password needs at least one character class (lower, upper, digits, symbols), got none',
        );
      }
      return;
    }
    case 'passphrase': {
      const { min, max } = GENERATOR_LIMITS.passphrase;
      checkInt('passphrase words', opts.words, min, max);
      const sep: unknown = opts.separator;
      if (typeof sep !== 'string') {
        throw new TypeError(`passphrase separator must be a string, got ${show(sep)}`);
      }
      if (sep.length > SEPARATOR_MAX) {
        throw new RangeError(
          `passphrase separator must be 0..${SEPARATOR_MAX} characters, got ${quote(sep)}`,
        );
      }
      if (!SEPARATOR.test(sep)) {
        throw new RangeError(
          `passphrase separator must be printable ASCII without letters, got ${quote(sep)}`,
        );
      }
      checkBool('passphrase capitalize', opts.capitalize);
      checkBool('passphrase includeDigit', opts.includeDigit);
      return;
    }
    case 'pin': {
      const { min, max } = GENERATOR_LIMITS.pin;
      checkInt('pin length', opts.length, min, max);
      return;
    }
    case 'token': {
      const { min, max } = GENERATOR_LIMITS.token;
      checkInt('token bits', opts.bits, min, max);
      if (opts.bits % TOKEN_BITS_STEP !== 0) {
        throw new RangeError(
          `token bits must be a multiple of ${TOKEN_BITS_STEP}, got ${opts.bits}`,
        );
      }
      const enc: unknown = opts.encoding;
      if (!(TOKEN_ENCODINGS as readonly unknown[]).includes(enc)) {
        throw new RangeError(
          `token encoding must be one of ${TOKEN_ENCODINGS.join(', ')}, got ${show(enc)}`,
        );
      }
      return;
    }
    case 'uuid':
      return;
  }
}
