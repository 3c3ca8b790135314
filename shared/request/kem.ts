// The HPKE KEMs a request link may name (RFC 9180 §7.1), without the HPKE code: the server's
// schemas need the lengths, never the cryptography.

/** HPKE KEM identifiers (RFC 9180 §7.1), as they travel in the request link. */
export const KEM_X25519 = 0x0020;
export const KEM_P256 = 0x0010;
export type KemId = typeof KEM_X25519 | typeof KEM_P256;

/** Npk (= Nenc) of each KEM: a serialized public key, and the answer's `enc`, in bytes. */
export const PUBLIC_KEY_BYTES: Record<KemId, number> = { [KEM_X25519]: 32, [KEM_P256]: 65 };

export function isKemId(x: unknown): x is KemId {
  return x === KEM_X25519 || x === KEM_P256;
}
