/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import * as shared from '../index';
import * as api from './index';
import { DEFAULT_GENERATOR_OPTIONS, GENERATOR_KINDS, type GeneratorOptions } from './options';
import { seededRandom } from '../../tests/support/generator-testkit';

const { entropyBits, generate, strengthOf } = api;

describe('strengthOf', () => {
  it('uses the documented thresholds (lower bounds inclusive)', () => {
    const cases: [number, api.Strength][] = [
      [0, 'weak'],
      [19.93, 'weak'],
      [39.99, 'weak'],
      [40, 'fair'],
      [63.99, 'fair'],
      [64, 'good'],
      [66, 'good'],
      [79.99, 'good'],
      [80, 'strong'],
      [122, 'strong'],
      [127.99, 'strong'],
      [128, 'very strong'],
      [6545, 'very strong'],
    ];
    for (const [bits, s] of cases) expect(strengthOf(bits), `${bits} bits`).toBe(s);
  });

  it('refuses non-numbers, negatives and non-finite values, naming them', () => {
    for (const b of [-1, NaN, Infinity]) {
      expect(() => strengthOf(b)).toThrow(RangeError);
      expect(() => strengthOf(b)).toThrow(String(b));
    }
    expect(() => strengthOf('80' as unknown as number)).toThrow(TypeError);
  });
});

describe('generate', () => {
  it('returns the kind, a value, its exact entropy and strength, for every default', () => {
    for (const kind of GENERATOR_KINDS) {
      const opts = DEFAULT_GENERATOR_OPTIONS[kind];
      const g = generate(opts);
      expect(g.kind).toBe(kind);
      expect(typeof g.value).toBe('string');
      expect(g.value.length).toBeGreaterThan(0);
      expect(g.entropyBits).toBe(entropyBits(opts));
      expect(g.strength).toBe(strengthOf(g.entropyBits));
      expect(Object.keys(g).sort()).toEqual(['entropyBits', 'kind', 'strength', 'value']);
    }
  });

  it('default strengths: password very strong, passphrase strong, PIN weak, token very strong, UUID strong', () => {
    const strength = (k: api.GeneratorKind) => generate(DEFAULT_GENERATOR_OPTIONS[k]).strength;
    expect(GENERATOR_KINDS.map(strength)).toEqual([
      'very strong',
      'strong',
      'weak',
      'very strong',
      'strong',
    ]);
  });

  it('is deterministic for a given source, and differs between calls on the real one', () => {
    for (const kind of GENERATOR_KINDS) {
      const opts = DEFAULT_GENERATOR_OPTIONS[kind];
      expect(generate(opts, seededRandom(42)).value).toBe(generate(opts, seededRandom(42)).value);
      const values = new Set(Array.from({ length: 20 }, () => generate(opts).value));
      expect(values.size).toBe(20);
    }
  });

  it('validates before drawing any randomness, with the same errors as validate', () => {
    let drawn = 0;
    const counting = (n: number) => {
      drawn += n;
      return new Uint8Array(n);
    };
    const bad = { ...DEFAULT_GENERATOR_OPTIONS.password, length: 3 };
    expect(() => generate(bad, counting)).toThrow('password length must be 4..1024, got 3');
    expect(() => entropyBits(bad)).toThrow(RangeError);
    expect(() => generate({ kind: 'nope' } as unknown as GeneratorOptions, counting)).toThrow(
      TypeError,
    );
    expect(drawn).toBe(0);
    expect(() =>
      generate(DEFAULT_GENERATOR_OPTIONS.pin, 42 as unknown as api.RandomSource),
    ).toThrow(TypeError);
  });

  it('the issue’s known entropy figures', () => {
    expect(entropyBits({ kind: 'pin', length: 6 })).toBeCloseTo(19.93, 2);
    expect(entropyBits({ kind: 'token', bits: 128, encoding: 'hex' })).toBe(128);
    expect(entropyBits({ kind: 'uuid' })).toBe(122);
    expect(entropyBits({ ...DEFAULT_GENERATOR_OPTIONS.passphrase, words: 6 })).toBe(66);
    const lower20 = {
      kind: 'password',
      length: 20,
      lower: true,
      upper: false,
      digits: false,
      symbols: false,
      avoidAmbiguous: false,
    } as const;
    expect(entropyBits(lower20)).toBeCloseTo(94.0, 1);
  });
});

// Compile-time: the exported types and signatures are exactly the ones agreed with the UI.
type Equals<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type O = api.GeneratorOptions;
const exact: true[] = [
  true as Equals<api.GeneratorKind, 'password' | 'passphrase' | 'pin' | 'token' | 'uuid'>,
  true as Equals<api.Strength, 'weak' | 'fair' | 'good' | 'strong' | 'very strong'>,
  true as Equals<api.RandomSource, (n: number) => Uint8Array>,
  true as Equals<
    api.Generated,
    { kind: api.GeneratorKind; value: string; entropyBits: number; strength: api.Strength }
  >,
  true as Equals<
    api.PasswordOptions,
    {
      length: number;
      lower: boolean;
      upper: boolean;
      digits: boolean;
      symbols: boolean;
      avoidAmbiguous: boolean;
    }
  >,
  true as Equals<
    api.PassphraseOptions,
    { words: number; separator: string; capitalize: boolean; includeDigit: boolean }
  >,
  true as Equals<api.PinOptions, { length: number }>,
  true as Equals<api.TokenOptions, { bits: number; encoding: 'hex' | 'base64url' | 'base32' }>,
  true as Equals<
    O,
    | ({ kind: 'password' } & api.PasswordOptions)
    | ({ kind: 'passphrase' } & api.PassphraseOptions)
    | ({ kind: 'pin' } & api.PinOptions)
    | ({ kind: 'token' } & api.TokenOptions)
    | { kind: 'uuid' }
  >,
  true as Equals<
    typeof api.DEFAULT_GENERATOR_OPTIONS,
    { [K in api.GeneratorKind]: Extract<O, { kind: K }> }
  >,
  true as Equals<typeof api.validateGeneratorOptions, (opts: O) => void>,
  true as Equals<typeof api.generate, (opts: O, random?: api.RandomSource) => api.Generated>,
  true as Equals<typeof api.entropyBits, (opts: O) => number>,
  true as Equals<typeof api.strengthOf, (bits: number) => api.Strength>,
  true as Equals<typeof api.uniformInt, (max: number, random?: api.RandomSource) => number>,
];

describe('API surface', () => {
  it('types and signatures are the agreed ones (checked by tsc)', () => {
    expect(exact.every(Boolean)).toBe(true);
  });

  it('exports the agreed names, and shared/ re-exports them', () => {
    const agreed = [
      'DEFAULT_GENERATOR_OPTIONS',
      'GENERATOR_LIMITS',
      'validateGeneratorOptions',
      'generate',
      'entropyBits',
      'strengthOf',
      'uniformInt',
    ];
    for (const name of agreed) {
      expect(api, name).toHaveProperty(name);
      expect((shared as Record<string, unknown>)[name], name).toBe(
        (api as Record<string, unknown>)[name],
      );
    }
  });
});

describe('sources', () => {
  // Read as text by Vite (no node:fs in shared/): every shipped generator file.
  const files = import.meta.glob<string>(['./*.ts', '!./*.test.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  });

  it('never use Math.random, Node built-ins, or console (a value must never be logged)', () => {
    expect(Object.keys(files).sort()).toEqual(
      [
        'generate',
        'index',
        'options',
        'passphrase',
        'password',
        'pin',
        'random',
        'strength',
        'token',
        'uuid',
      ].map((f) => `./${f}.ts`),
    );
    for (const [path, source] of Object.entries(files)) {
      // Comments may name what the code avoids (random.ts explains why not Math.random).
      const text = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      expect(text, path).not.toMatch(/Math\.random/);
      expect(text, path).not.toMatch(/from ['"]node:|\bBuffer\b|\brequire\(/);
      expect(text, path).not.toMatch(/\bconsole\./);
    }
  });

  it('stay small: one concept a file, under 200 lines', () => {
    for (const [path, text] of Object.entries(files)) {
      expect(text.split('\n').length, path).toBeLessThan(200);
    }
  });
});
