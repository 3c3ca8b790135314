// The answer to a request (docs/protocol.md#request-answer): the responder's secret as a share
// envelope (same kinds, same 256-byte padding, same size limit), sealed with HPKE base mode
// single-shot (RFC 9180 §6.1) to the requester's public key from the link.
// info = "oncelink/request/v1/answer" ‖ id binds the key schedule to this request, so a server
// cannot move an answer to another request; aad is empty.
import type { CipherSuite } from '@hpke/core';
import { concatBytes, utf8Encode } from '../encoding';
import { decodeEnvelope, encodeEnvelope, type SecretKind } from '../envelope';
import { ProtocolError } from '../errors';
import { PUBLIC_KEY_BYTES, suiteFor, type KemId, type RequestKeyPair } from './hpke';
import { checkLength } from '../bytes';
import { REQUEST_ID_BYTES } from './keys';

const LABEL = utf8Encode('oncelink/request/v1/answer');
const EMPTY = new Uint8Array(0);

export function answerInfo(id: Uint8Array): Uint8Array<ArrayBuffer> {
  checkLength('id', id, REQUEST_ID_BYTES);
  return concatBytes(LABEL, id) as Uint8Array<ArrayBuffer>;
}

export interface SealedAnswer {
  /** The KEM's encapsulated key, Nenc bytes. */
  enc: Uint8Array;
  /** The padded envelope plus the 16-byte GCM tag. */
  ciphertext: Uint8Array;
}

export interface SealAnswerOptions {
  kem: KemId;
  publicKey: Uint8Array;
  id: Uint8Array;
  kind: SecretKind;
  value: string;
  maxSecretBytes?: number;
  /** @internal RFC 9180's ikmE, for known-answer tests only: real answers use fresh randomness. */
  ikmE?: Uint8Array;
  /** Use the pure-JavaScript X25519 (what browsers without WebCrypto X25519 get), for tests. */
  pureJs?: boolean;
}

async function recipientKey(s: CipherSuite, kem: KemId, publicKey: Uint8Array) {
  checkLength('publicKey', publicKey, PUBLIC_KEY_BYTES[kem]);
  try {
    return await s.kem.deserializePublicKey(publicKey as Uint8Array<ArrayBuffer>);
  } catch {
    throw new ProtocolError('BAD_LINK', "the request link's public key is not a valid key");
  }
}

/** Seals the answer. TOO_LARGE (before any crypto) past the server's limit, like a share. */
export async function sealAnswer(o: SealAnswerOptions): Promise<SealedAnswer> {
  const plaintext = encodeEnvelope(o.kind, o.value, o.maxSecretBytes) as Uint8Array<ArrayBuffer>;
  const info = answerInfo(o.id);
  const s = await suiteFor(o.kem, o.pureJs);
  const recipientPublicKey = await recipientKey(s, o.kem, o.publicKey);
  try {
    const sender = await s.createSenderContext({
      recipientPublicKey,
      info,
      ...(o.ikmE ? { ekm: o.ikmE as Uint8Array<ArrayBuffer> } : {}),
    });
    const ciphertext = new Uint8Array(await sender.seal(plaintext, EMPTY));
    return { enc: new Uint8Array(sender.enc), ciphertext };
  } catch {
    // A public key of low order gives an all-zero shared secret, which X25519 refuses
    // (RFC 9180 §7.1.4): the link was not made by an oncelink client.
    throw new ProtocolError('BAD_LINK', "the request link's public key is not a valid key");
  } finally {
    plaintext.fill(0);
  }
}

/** Opens the answer with the requester's key pair. Damage of any kind is DECRYPT_FAILED. */
export async function openAnswer(
  pair: RequestKeyPair,
  id: Uint8Array,
  sealed: SealedAnswer,
): Promise<{ kind: SecretKind; value: string }> {
  const info = answerInfo(id);
  const s = await suiteFor(pair.kem);
  let plaintext: Uint8Array;
  try {
    const enc = sealed.enc as Uint8Array<ArrayBuffer>;
    const ct = sealed.ciphertext as Uint8Array<ArrayBuffer>;
    const recipient = await s.createRecipientContext({ recipientKey: pair.keys, enc, info });
    plaintext = new Uint8Array(await recipient.open(ct, EMPTY));
  } catch {
    throw new ProtocolError('DECRYPT_FAILED', 'the answer could not be decrypted with this key');
  }
  try {
    return decodeEnvelope(plaintext);
  } finally {
    plaintext.fill(0);
  }
}
