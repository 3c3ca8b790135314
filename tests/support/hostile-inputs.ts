// Generated hostile input for every procedure (fast-check): which procedures there are, what a
// valid value of each field looks like, and the ways a hostile client spoils them: wrong types,
// huge, unicode and control-character strings, corrupt base64, numbers at and past every edge.
import fc from 'fast-check';
import type { ZodType } from 'zod';
import { b64uEncode, b64uLength } from '../../shared/encoding';
import { KDF } from '../../shared/limits';
import {
  AckInput,
  CreateInput,
  PeekInput,
  RevealInput,
  RevokeInput,
  StatusInput,
} from '../../shared/schemas';

export interface Procedure {
  schema: ZodType;
  query: boolean;
  /** Typed refusals a well-formed input may still get (the schema cannot know the database). */
  domain: string[];
  /** A valid value of each field. */
  valid: Record<string, fc.Arbitrary<unknown>>;
}

const b64u = (n: number) => fc.uint8Array({ minLength: n, maxLength: n }).map(b64uEncode);
const token = b64u(32);
const KDF_OK = { ...KDF.default };

export const PROCEDURES: Record<string, Procedure> = {
  'secret.create': {
    schema: CreateInput,
    query: false,
    domain: ['DUPLICATE_ID', 'TOO_LARGE', 'INVALID_INPUT'],
    valid: {
      id: b64u(16),
      ciphertext: b64u(272),
      iv: b64u(12),
      salt: b64u(16),
      kdf: fc.constant(KDF_OK),
      verifier: token,
      manageHash: token,
      expiresIn: fc.integer({ min: 60, max: 7 * 86400 }),
      maxViews: fc.integer({ min: 1, max: 1000 }),
      maxAttempts: fc.integer({ min: 1, max: 10 }),
      linkVerifier: token,
    },
  },
  'secret.peek': {
    schema: PeekInput,
    query: true,
    domain: [],
    valid: { id: b64u(16), linkProof: token },
  },
  'secret.reveal': {
    schema: RevealInput,
    query: false,
    // RATE_LIMITED: a record's receipt memory is full (docs/protocol.md#grace).
    domain: ['UNAVAILABLE', 'WRONG_PASSPHRASE', 'RATE_LIMITED'],
    valid: { id: b64u(16), authKey: token, linkProof: token, receipt: b64u(16) },
  },
  'secret.ack': {
    schema: AckInput,
    query: false,
    domain: [],
    valid: { id: b64u(16), linkProof: token, receipt: b64u(16) },
  },
  'secret.status': {
    schema: StatusInput,
    query: false,
    domain: [],
    valid: { manageTokens: fc.array(token, { minLength: 1, maxLength: 5 }) },
  },
  'secret.revoke': {
    schema: RevokeInput,
    query: false,
    domain: ['UNAVAILABLE'],
    valid: { manageToken: token },
  },
};
export const NAMES = Object.keys(PROCEDURES);

/** The size in bytes of every binary field of the procedures above. */
export const BINARY_SIZES: Record<string, number> = {
  id: 16,
  iv: 12,
  salt: 16,
  ciphertext: 272,
  verifier: 32,
  manageHash: 32,
  authKey: 32,
  manageToken: 32,
  linkVerifier: 32,
  linkProof: 32,
  receipt: 16,
};

/** Strings with lone surrogates (JSON.stringify escapes them; a server must cope). */
const loneSurrogates = fc
  .array(fc.integer({ min: 0xd800, max: 0xdfff }), { minLength: 1, maxLength: 8 })
  .map((cs) => String.fromCharCode(...cs));

/** Corruptions of valid base64url: other alphabets, padding, wrong lengths, loose tail bits. */
export function badBase64(bytes: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc
      .tuple(b64u(bytes), fc.nat(), fc.constantFrom('+', '/', '=', '.', ' ', '\n', 'é', '\0', '%'))
      .map(([s, i, c]) => s.slice(0, i % s.length) + c + s.slice((i % s.length) + 1)),
    b64u(bytes).map((s) => `${s}==`),
    b64u(bytes).map((s) => s.slice(0, -1)),
    b64u(bytes).map((s) => `${s}A`),
    b64u(bytes + 1),
    b64u(Math.max(0, bytes - 1)),
    // The standard alphabet and its padding.
    b64u(bytes)
      .map((s) => [s, Buffer.from(s, 'base64url').toString('base64')] as const)
      .filter(([s, std]) => s !== std)
      .map(([, std]) => std),
    fc.constant(''),
    // The unused low bits of the last character set: decodes to the same bytes, not canonical.
    ...(b64uLength(bytes) % 4 === 0
      ? []
      : [
          b64u(bytes).map((s) => {
            const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
            return s.slice(0, -1) + alphabet[alphabet.indexOf(s.at(-1)!) | 1]!;
          }),
        ]),
  );
}

/** Any string a hostile client might put in a field: huge, unicode, control characters. */
export const hostileString = fc.oneof(
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 64 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 32 }) },
  { weight: 1, arbitrary: loneSurrogates },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1_000, max: 200_000 }), fc.constantFrom('A', '✓', '\u0000', '🔑'))
      .map(([n, c]) => c.repeat(Math.ceil(n / c.length))),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 40 }) },
);

/** A value of the wrong type (or, now and then, of the right type but out of range). */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  hostileString,
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 4 }),
);

/** Numbers at and past every edge: as JSON text, so 1e400, -0.0 and 1.0e2 reach the server. */
export const boundaryNumber = fc.oneof(
  fc.constantFrom(
    '0',
    '-0',
    '-0.0',
    '-1',
    '1',
    '59',
    '60',
    '1.0',
    '1.0e2',
    '1E3',
    '0.5',
    '3600.000001',
    '2147483647',
    '2147483648',
    '4294967296',
    '9007199254740991',
    '9007199254740992',
    '9007199254740993',
    '-9007199254740992',
    '123456789012345678901234567890',
    '1e308',
    '-1e308',
    '1e400',
    '-1e400',
    '5e-324',
    '"1"',
    '"NaN"',
    '"Infinity"',
    '"0x10"',
    'null',
    'true',
    '[]',
    '{}',
  ),
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
);

/** A valid input of `proc`, as an object. */
export const validInput = (proc: string) => fc.record(PROCEDURES[proc]!.valid);

/** `proc`'s keys, each with a valid value or a wrong one (some keys left out). */
export const mixedInput = (proc: string) =>
  fc.record(
    Object.fromEntries(
      Object.entries(PROCEDURES[proc]!.valid).map(([k, v]) => [
        k,
        fc.oneof({ weight: 1, arbitrary: v }, { weight: 2, arbitrary: wrongValue }),
      ]),
    ),
    { requiredKeys: [] },
  );
