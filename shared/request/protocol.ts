// Secret requests as clients use them (docs/protocol.md#requests): the requester creates and
// later reads, the responder opens the link, reads the note and answers. Every client and the
// known-answer test (shared/fixtures/kat-request.json) go through these functions.
import { fromServer } from '../bytes';
import { b64uDecode, b64uEncode, randomBytes } from '../encoding';
import type { SecretKind } from '../envelope';
import { EXPIRY } from '../limits';
import { linkVerifierOf, manageHashOf, TOKEN_BYTES } from '../verifier';
import { openAnswer, sealAnswer } from './answer';
import { generateRequestKeyPair, type KemId, type RequestKeyPair } from './hpke';
import { deriveLinkProof } from '../keys';
import { noteKeyOf, REQUEST_ID_BYTES, REQUEST_LINK_KEY_BYTES } from './keys';
import { buildRequestLink, type RequestLinkParts } from './link';
import { NOTE_IV_BYTES, openNote, sealNote } from './note';
import type { RequestAnswerInput, RequestCreateInput } from './schemas';

export interface CreateRequestOptions {
  /** What the requester needs, shown to the responder; encrypted, never seen by the server. */
  note: string;
  expiresIn: number;
  /** Origin (and base path) the link points to. */
  publicUrl: string;
  /** Only the CLI, which keeps the key in a 0600 file, makes an extractable private key. */
  extractable?: boolean;
  kem?: KemId;
}

/** `link` goes to the responder; `manageToken` (b64u) and `keyPair` stay with the requester. */
export interface CreatedRequest {
  input: RequestCreateInput;
  link: string;
  manageToken: string;
  keyPair: RequestKeyPair;
}

/** Everything random in a request; injectable only so known answers can be reproduced. */
export type RequestRandoms = Record<'id' | 'linkKey' | 'noteIv' | 'manageToken', Uint8Array> & {
  keyPair: RequestKeyPair;
};

export async function createRequest(opts: CreateRequestOptions): Promise<CreatedRequest> {
  const keyPair = await generateRequestKeyPair({
    ...(opts.extractable ? { extractable: true } : {}),
    ...(opts.kem ? { kem: opts.kem } : {}),
  });
  return createRequestWith(
    {
      id: randomBytes(REQUEST_ID_BYTES),
      linkKey: randomBytes(REQUEST_LINK_KEY_BYTES),
      noteIv: randomBytes(NOTE_IV_BYTES),
      manageToken: randomBytes(TOKEN_BYTES),
      keyPair,
    },
    opts,
  );
}

/** @internal createRequest with given randomness, for known-answer tests only. */
export async function createRequestWith(
  r: RequestRandoms,
  opts: CreateRequestOptions,
): Promise<CreatedRequest> {
  const { expiresIn } = opts;
  if (!Number.isSafeInteger(expiresIn) || expiresIn < EXPIRY.min || expiresIn > EXPIRY.hardMax) {
    throw new RangeError(`expiresIn must be an integer in ${EXPIRY.min}..${EXPIRY.hardMax}`);
  }
  const id = b64uEncode(r.id);
  const fragment = { kem: r.keyPair.kem, linkKey: r.linkKey, publicKey: r.keyPair.publicKey };
  const link = buildRequestLink(opts.publicUrl, id, fragment); // validates URL, key, lengths
  const noteKey = await noteKeyOf(r.linkKey, r.id);
  const note = await sealNote(noteKey, r.noteIv, r.id, opts.note);
  noteKey.fill(0);
  const input: RequestCreateInput = {
    id,
    noteIv: b64uEncode(r.noteIv),
    note: b64uEncode(note),
    linkVerifier: await linkVerifierOf(await deriveLinkProof(r.linkKey, r.id)),
    manageHash: await manageHashOf(r.manageToken),
    expiresIn,
  };
  return { input, link, manageToken: b64uEncode(r.manageToken), keyPair: r.keyPair };
}

/** The link proof `request.peek` and `request.answer` carry, b64u. */
export async function requestProof(parts: RequestLinkParts): Promise<string> {
  return b64uEncode(await deriveLinkProof(parts.linkKey, b64uDecode(parts.id, REQUEST_ID_BYTES)));
}

/** Decrypts the note that `request.peek` returned, with the key from the link. */
export async function openRequestNote(
  parts: RequestLinkParts,
  peek: { noteIv: string; note: string },
): Promise<string> {
  const id = b64uDecode(parts.id, REQUEST_ID_BYTES);
  const noteKey = await noteKeyOf(parts.linkKey, id);
  try {
    return await openNote(
      noteKey,
      fromServer(peek.noteIv, NOTE_IV_BYTES),
      id,
      fromServer(peek.note),
    );
  } finally {
    noteKey.fill(0);
  }
}

export interface AnswerOptions {
  kind?: SecretKind;
  value: string;
  /** The server's MAX_SECRET_BYTES: an answer obeys the same limit as a share. */
  maxSecretBytes?: number;
  /** @internal RFC 9180 ikmE for known-answer tests. */
  ikmE?: Uint8Array;
  /** Force the pure-JavaScript X25519, as browsers without WebCrypto X25519 use. */
  pureJs?: boolean;
}

/** Seals the answer to the link's public key: the body of `request.answer`. */
export async function answerRequest(
  parts: RequestLinkParts,
  o: AnswerOptions,
): Promise<RequestAnswerInput> {
  const id = b64uDecode(parts.id, REQUEST_ID_BYTES);
  const sealed = await sealAnswer({
    kem: parts.kem,
    publicKey: parts.publicKey,
    id,
    kind: o.kind ?? 'text',
    value: o.value,
    ...(o.maxSecretBytes !== undefined ? { maxSecretBytes: o.maxSecretBytes } : {}),
    ...(o.ikmE ? { ikmE: o.ikmE } : {}),
    ...(o.pureJs ? { pureJs: true } : {}),
  });
  return {
    id: parts.id,
    linkProof: await requestProof(parts),
    enc: b64uEncode(sealed.enc),
    ciphertext: b64uEncode(sealed.ciphertext),
  };
}

/** Decrypts what `request.read` returned with the requester's key pair. */
export async function readRequestAnswer(
  keyPair: RequestKeyPair,
  read: { id: string; enc: string; ciphertext: string },
): Promise<{ kind: SecretKind; value: string }> {
  const id = b64uDecode(read.id, REQUEST_ID_BYTES);
  return openAnswer(keyPair, id, {
    enc: fromServer(read.enc),
    ciphertext: fromServer(read.ciphertext),
  });
}
