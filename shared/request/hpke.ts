// The HPKE suites of secret requests (RFC 9180 §7, docs/protocol.md#request-keys): base mode,
// HKDF-SHA256, AES-128-GCM, with DHKEM(X25519, HKDF-SHA256) where WebCrypto has X25519 and
// DHKEM(P-256, HKDF-SHA256) where it does not. Both are RFC 9180 test-vector suites (A.1, A.3).
// The @hpke packages do the HPKE; this file only picks the suite and makes the keys.
import {
  Aes128Gcm,
  CipherSuite,
  DhkemP256HkdfSha256,
  DhkemX25519HkdfSha256,
  HkdfSha256,
} from '@hpke/core';
import { KEM_P256, KEM_X25519, type KemId } from './kem';

export { isKemId, KEM_P256, KEM_X25519, PUBLIC_KEY_BYTES, type KemId } from './kem';

const ALGORITHM: Record<KemId, EcKeyImportParams | Algorithm> = {
  [KEM_X25519]: { name: 'X25519' },
  [KEM_P256]: { name: 'ECDH', namedCurve: 'P-256' },
};

let nativeX25519: Promise<boolean> | undefined;

/** Whether this runtime's WebCrypto has X25519 (Chromium 133+, Firefox 130+, Safari 17+, Node 20). */
export function hasNativeX25519(): Promise<boolean> {
  nativeX25519 ??= crypto.subtle.generateKey({ name: 'X25519' }, false, ['deriveBits']).then(
    () => true,
    () => false,
  );
  return nativeX25519;
}

function suite(kem: ConstructorParameters<typeof CipherSuite>[0]['kem']): CipherSuite {
  return new CipherSuite({ kem, kdf: new HkdfSha256(), aead: new Aes128Gcm() });
}

/**
 * The suite for `kem`, on WebCrypto. A responder whose browser lacks X25519 (Chromium before
 * 133, Firefox before 130, Safari before 17) still answers an X25519 request: encapsulation needs
 * no stored key, so the pure-JavaScript X25519 of @hpke/dhkem-x25519 is loaded for it, as a
 * separate chunk that browsers with X25519 never fetch. `pureJs` forces it, for tests.
 */
export async function suiteFor(kem: KemId, pureJs = false): Promise<CipherSuite> {
  if (kem === KEM_P256) return suite(new DhkemP256HkdfSha256());
  if (!pureJs && (await hasNativeX25519())) return suite(new DhkemX25519HkdfSha256());
  const { DhkemX25519HkdfSha256: PureJsX25519 } = await import('@hpke/dhkem-x25519');
  return suite(new PureJsX25519());
}

/** A requester's key pair: the private key stays where it was made. */
export interface RequestKeyPair {
  kem: KemId;
  /** CryptoKeyPair: the private key is non-extractable unless made for the CLI's key file. */
  keys: CryptoKeyPair;
  /** SerializePublicKey(pkR) (RFC 9180 §7.1.1): what the link carries. */
  publicKey: Uint8Array;
}

/**
 * Makes the requester's key pair with WebCrypto: X25519 where the runtime has it, P-256 (which
 * every WebCrypto has) where it does not, so the private key is always a WebCrypto key and can
 * be non-extractable (a pure-JavaScript key would be bytes in memory). Only the CLI asks for an
 * extractable key, to keep it in its 0600 key file.
 */
export async function generateRequestKeyPair(
  opts: { extractable?: boolean; kem?: KemId } = {},
): Promise<RequestKeyPair> {
  const kem = opts.kem ?? ((await hasNativeX25519()) ? KEM_X25519 : KEM_P256);
  const keys = (await crypto.subtle.generateKey(ALGORITHM[kem], opts.extractable ?? false, [
    'deriveBits',
  ])) as CryptoKeyPair;
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey));
  return { kem, keys, publicKey };
}

/** The private key as a JWK, for the CLI's key file only (the key must be extractable). */
export async function exportRequestKey(pair: RequestKeyPair): Promise<JsonWebKey> {
  return crypto.subtle.exportKey('jwk', pair.keys.privateKey);
}

/** Re-imports a key file's JWK as a non-extractable key pair. */
export async function importRequestKey(kem: KemId, jwk: JsonWebKey): Promise<RequestKeyPair> {
  const alg = ALGORITHM[kem];
  const privateKey = await crypto.subtle.importKey('jwk', jwk, alg, false, ['deriveBits']);
  // The public half of a private JWK is the same object without `d` (RFC 7518 §6.2, RFC 8037 §2).
  const pub: JsonWebKey = { kty: jwk.kty, crv: jwk.crv, x: jwk.x, ...(jwk.y ? { y: jwk.y } : {}) };
  const publicKey = await crypto.subtle.importKey('jwk', pub, alg, true, []);
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', publicKey));
  return { kem, keys: { privateKey, publicKey }, publicKey: raw };
}

/**
 * @internal DeriveKeyPair(ikm) (RFC 9180 §7.1.3), for known-answer tests only: a real
 * requester's key comes from generateRequestKeyPair.
 */
export async function deriveRequestKeyPair(kem: KemId, ikm: Uint8Array): Promise<RequestKeyPair> {
  const s = await suiteFor(kem);
  const keys = await s.kem.deriveKeyPair(ikm as Uint8Array<ArrayBuffer>);
  const publicKey = new Uint8Array(await s.kem.serializePublicKey(keys.publicKey));
  return { kem, keys, publicKey };
}
