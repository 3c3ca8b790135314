// Passphrase → master key (docs/protocol.md#share): Argon2id, RFC 9106, version 0x13.
// Argon2id because its data-independent first pass resists side channels while the rest stays
// memory-hard against GPU guessing (RFC 9106 §4 recommends it). The parameters travel with the
// record, so a client must bound them: too low and a dump is cheap to guess, too high and a
// hostile record could hang the recipient's browser.
import { argon2id } from 'hash-wasm';
import { utf8Encode } from './encoding';
import { ProtocolError } from './errors';
import { KDF } from './limits';
import { checkPassphrase } from './passphrase';

export interface KdfParams {
  alg: 'argon2id';
  /** Memory in KiB. */
  m: number;
  /** Passes over memory. */
  t: number;
  /** Lanes. */
  p: number;
}

export const DEFAULT_KDF: KdfParams = Object.freeze({ ...KDF.default });
/** The cheapest parameters a client accepts: what tests use unless the cost is their subject. */
export const MIN_KDF: KdfParams = Object.freeze({ alg: 'argon2id', ...KDF.min });

/** Salt length: RFC 9106 §3.1 recommends 16 bytes for password hashing. */
export const SALT_BYTES = 16;
/** Master key length, also the HKDF input's first part (keys.ts). */
export const MASTER_BYTES = 32;

const FIELDS = ['alg', 'm', 't', 'p'] as const;

function show(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

function bad(message: string): never {
  throw new ProtocolError('BAD_KDF_PARAMS', message);
}

function bounded(name: 'm' | 't' | 'p', v: unknown): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
    bad(`kdf.${name} must be an integer, got ${show(v)}`);
  }
  if (v < KDF.min[name] || v > KDF.max[name]) {
    bad(`kdf.${name} must be ${KDF.min[name]}..${KDF.max[name]}, got ${v}`);
  }
  return v;
}

/**
 * Validates parameters that came from a record (so: from the network) and returns a clean copy.
 * Unknown fields are refused rather than ignored: a field a later version adds would change the
 * derivation, and ignoring it would surface as a misleading "wrong passphrase".
 */
export function assertKdfParams(params: unknown): KdfParams {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    bad('kdf parameters must be an object');
  }
  const rec = params as Record<string, unknown>;
  const extra = Object.keys(rec).filter((k) => !(FIELDS as readonly string[]).includes(k));
  if (extra.length > 0) bad(`unknown kdf field ${JSON.stringify(extra[0])}`);
  if (rec.alg !== 'argon2id') bad(`kdf.alg must be "argon2id", got ${show(rec.alg)}`);
  return {
    alg: 'argon2id',
    m: bounded('m', rec.m),
    t: bounded('t', rec.t),
    p: bounded('p', rec.p),
  };
}

/**
 * master = Argon2id(UTF-8(canonical), salt, p, t, m, 32 bytes, v=0x13), docs/protocol.md#share.
 * `canonical` must already be canonical (see canonicalPassphrase): hashing raw input would give
 * a key that silently never matches, so that is refused as misuse.
 */
export async function deriveMaster(
  canonical: string,
  salt: Uint8Array,
  params: KdfParams,
): Promise<Uint8Array> {
  if (typeof canonical !== 'string' || checkPassphrase(canonical).canonical !== canonical) {
    throw new TypeError('deriveMaster needs a canonical passphrase (use canonicalPassphrase)');
  }
  if (!(salt instanceof Uint8Array) || salt.length !== SALT_BYTES) {
    throw new RangeError(`salt must be ${SALT_BYTES} bytes, got ${describe(salt)}`);
  }
  const { m, t, p } = assertKdfParams(params);
  const password = utf8Encode(canonical);
  try {
    // hash-wasm implements Argon2 version 0x13 only, which is what v1 specifies.
    return await argon2id({
      password,
      salt,
      parallelism: p,
      iterations: t,
      memorySize: m,
      hashLength: MASTER_BYTES,
      outputType: 'binary',
    });
  } finally {
    password.fill(0);
  }
}

function describe(x: unknown): string {
  return x instanceof Uint8Array ? `${x.length} bytes` : typeof x;
}
