// What the server stores instead of secrets (docs/protocol.md#share): SHA-256 of keys only the client has.
// authKey and manageToken are 256-bit uniform values, so a plain hash (no salt, no KDF) is
// already preimage-resistant: a database dump cannot be turned back into them.
import { checkLength } from './bytes';
import { b64uEncode, sha256 } from './encoding';

/** authKey, manageToken and linkProof: 256-bit values a client makes or derives. */
export const TOKEN_BYTES = 32;

function checkToken(name: string, v: unknown): asserts v is Uint8Array {
  checkLength(name, v, TOKEN_BYTES);
}

/** verifier = b64u(SHA-256(authKey)); the server compares SHA-256(submitted authKey) with it. */
export async function verifierOf(authKey: Uint8Array): Promise<string> {
  checkToken('authKey', authKey);
  return b64uEncode(await sha256(authKey));
}

/** manageHash = b64u(SHA-256(manageToken)); create sends this, status and revoke the token. */
export async function manageHashOf(manageToken: Uint8Array): Promise<string> {
  checkToken('manageToken', manageToken);
  return b64uEncode(await sha256(manageToken));
}

/** linkVerifier = b64u(SHA-256(linkProof)): what a v2 create stores, so peek/reveal can be
 * checked without the server ever holding what proves the link (docs/protocol.md#link-proof). */
export async function linkVerifierOf(linkProof: Uint8Array): Promise<string> {
  checkToken('linkProof', linkProof);
  return b64uEncode(await sha256(linkProof));
}
