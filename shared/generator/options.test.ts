import { describe, expect, it } from 'vitest';
import { SECRET_KINDS } from '../envelope';
import {
  DEFAULT_GENERATOR_OPTIONS,
  GENERATOR_KINDS,
  GENERATOR_LIMITS,
  isGeneratorKind,
  validateGeneratorOptions,
  type GeneratorOptions,
} from './options';

const D = DEFAULT_GENERATOR_OPTIONS;
/** Options as untyped input from storage or a form would be. */
const loose = (o: Record<string, unknown>) => o as unknown as GeneratorOptions;

function error(opts: GeneratorOptions): Error {
  try {
    validateGeneratorOptions(opts);
  } catch (e) {
    return e as Error;
  }
  throw new Error(`expected ${JSON.stringify(opts)} to be refused`);
}

describe('options', () => {
  it('every generator kind is an envelope kind, so the page can label it', () => {
    for (const k of GENERATOR_KINDS) expect(SECRET_KINDS).toContain(k);
    expect(isGeneratorKind('text')).toBe(false);
    expect(isGeneratorKind('pin')).toBe(true);
  });

  it('the defaults are valid, one per kind, and frozen', () => {
    for (const k of GENERATOR_KINDS) {
      expect(D[k].kind).toBe(k);
      expect(() => validateGeneratorOptions(D[k])).not.toThrow();
    }
    expect(Object.isFrozen(D)).toBe(true);
    expect(Object.isFrozen(D.password)).toBe(true);
  });

  it('the limits are the issue’s', () => {
    expect(GENERATOR_LIMITS).toEqual({
      password: { min: 4, max: 1024 },
      passphrase: { min: 3, max: 12 },
      pin: { min: 4, max: 12 },
      token: { min: 64, max: 512 },
    });
  });

  it('accepts the edges of every range', () => {
    const ok: GeneratorOptions[] = [
      { ...D.password, length: 4 },
      { ...D.password, length: 1024 },
      { ...D.password, lower: false, upper: false, digits: false, symbols: true },
      { ...D.passphrase, words: 3 },
      { ...D.passphrase, words: 12 },
      { ...D.passphrase, separator: '' },
      { ...D.passphrase, separator: ' ~ ' },
      { ...D.passphrase, separator: '123' },
      { ...D.pin, length: 4 },
      { ...D.pin, length: 12 },
      { ...D.token, bits: 64, encoding: 'hex' },
      { ...D.token, bits: 512, encoding: 'base32' },
    ];
    for (const o of ok) expect(() => validateGeneratorOptions(o)).not.toThrow();
  });

  it('refuses out-of-range values with a RangeError naming the value', () => {
    const bad: [GeneratorOptions, string][] = [
      [{ ...D.password, length: 3 }, 'password length must be 4..1024, got 3'],
      [{ ...D.password, length: 1025 }, 'got 1025'],
      [{ ...D.password, length: 0 }, 'got 0'],
      [{ ...D.password, length: -8 }, 'got -8'],
      [
        { ...D.password, lower: false, upper: false, digits: false, symbols: false },
        'at least one character class',
      ],
      [{ ...D.passphrase, words: 2 }, 'passphrase words must be 3..12, got 2'],
      [{ ...D.passphrase, words: 13 }, 'got 13'],
      [{ ...D.passphrase, separator: '----' }, 'got "----"'],
      [{ ...D.passphrase, separator: 'x' }, 'without letters, got "x"'],
      [{ ...D.passphrase, separator: '-É' }, 'got "-É"'],
      [{ ...D.passphrase, separator: '\n' }, 'got "\\n"'],
      [{ ...D.passphrase, separator: '\u200b' }, 'got "\\u{200b}"'],
      [{ ...D.pin, length: 3 }, 'pin length must be 4..12, got 3'],
      [{ ...D.pin, length: 13 }, 'got 13'],
      [{ ...D.token, bits: 56 }, 'token bits must be 64..512, got 56'],
      [{ ...D.token, bits: 520 }, 'got 520'],
      [{ ...D.token, bits: 100 }, 'token bits must be a multiple of 8, got 100'],
      [loose({ ...D.token, encoding: 'base64' }), 'got "base64"'],
    ];
    for (const [opts, message] of bad) {
      const e = error(opts);
      expect(e, message).toBeInstanceOf(RangeError);
      expect(e.message).toContain(message);
    }
  });

  it('refuses wrong types with a TypeError naming the value', () => {
    const bad: [GeneratorOptions, string][] = [
      [null as unknown as GeneratorOptions, 'got null'],
      [loose({ kind: 'text' }), 'got "text"'],
      [loose({}), 'got undefined'],
      [{ ...D.password, length: 4.5 }, 'password length must be an integer, got 4.5'],
      [{ ...D.password, length: NaN }, 'got NaN'],
      [loose({ ...D.password, length: '20' }), 'got "20"'],
      [loose({ ...D.password, symbols: 'yes' }), 'password symbols must be a boolean, got "yes"'],
      [loose({ ...D.password, avoidAmbiguous: undefined }), 'got undefined'],
      [loose({ ...D.passphrase, words: 6.5 }), 'got 6.5'],
      [loose({ ...D.passphrase, separator: 0 }), 'passphrase separator must be a string, got 0'],
      [loose({ ...D.passphrase, capitalize: 1 }), 'got 1'],
      [loose({ ...D.passphrase, includeDigit: null }), 'got null'],
      [loose({ kind: 'pin' }), 'pin length must be an integer, got undefined'],
      [loose({ ...D.token, bits: 128n }), 'got 128'],
      [loose({ kind: 5n }), 'got 5'],
      [loose({ kind: 'PIN' }), 'got "PIN"'],
    ];
    for (const [opts, message] of bad) {
      const e = error(opts);
      expect(e, message).toBeInstanceOf(TypeError);
      expect(e.message).toContain(message);
    }
  });
});
