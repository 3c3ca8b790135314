// What a recipient's client sends besides the keys (docs/protocol.md#reveal): the link proof of
// a v2 link, and a receipt that lets a lost reveal answer be asked for again. Both are made here
// so the page, the CLI and the extension send exactly the same thing.
import { b64uDecode, b64uEncode, randomBytes } from './encoding';
import { findCause, NetworkError } from './errors';
import { ID_BYTES, deriveLinkProof } from './keys';
import type { LinkParts } from './link';

/** A receipt is 16 random bytes: unguessable, and never derived from anything secret. */
export const RECEIPT_BYTES = 16;

/** The fields `secret.peek`, `secret.reveal` and `secret.ack` name the record by. */
export interface LinkAccess {
  id: string;
  /** b64u(linkProof); absent for a v1 link, whose record has no link verifier. */
  linkProof?: string;
}

/** The link's id and, for a v2 link, its proof. Pure function of the link: no passphrase. */
export async function linkAccess(
  link: Pick<LinkParts, 'id' | 'linkKey' | 'version'>,
): Promise<LinkAccess> {
  if (link.version === 1) return { id: link.id };
  const proof = await deriveLinkProof(link.linkKey, b64uDecode(link.id, ID_BYTES));
  return { id: link.id, linkProof: b64uEncode(proof) };
}

/** A fresh receipt for one reveal, kept by the client until it has decrypted and acked. */
export function newReceipt(): string {
  return b64uEncode(randomBytes(RECEIPT_BYTES));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `call` (a reveal with one receipt), and again after each delay while its answer is lost
 * (a NetworkError): the server answers a retry with the same receipt with the same ciphertext and
 * spends nothing (docs/protocol.md#grace), so retrying is safe. Any answer (even an error) ends it.
 */
export async function retryLostAnswer<T>(
  call: () => Promise<T>,
  delaysMs: readonly number[],
  wait: (ms: number) => Promise<void> = sleep,
): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await call();
    } catch (err) {
      if (i >= delaysMs.length || !findCause(err, NetworkError)) throw err;
      await wait(delaysMs[i]!);
    }
  }
}
