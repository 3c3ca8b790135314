// zod schemas of the request.* procedures (docs/protocol.md#request-api). The server validates
// inputs with them and clients validate outputs with them. Binary fields are canonical base64url;
// the answer's size is checked again by the server against its MAX_SECRET_BYTES.
import { z } from 'zod';
import { b64uLength, isB64u } from '../encoding';
import { EXPIRY, maxCiphertextBytes, REQUEST_NOTE_BYTES, STATUS_BATCH_MAX } from '../limits';
import { b64uBytes, Ciphertext, Key32, SecretId } from '../schemas';
import { PUBLIC_KEY_BYTES } from './kem';

export const RequestId = SecretId;

export const REQUEST_STATES = ['waiting', 'answered', 'read', 'expired', 'revoked'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

const int = () => z.number().int('must be a whole number');
const IsoTime = z.iso.datetime({ offset: true });

/** The note: a padded envelope of at most REQUEST_NOTE_BYTES plus the tag. */
export const NoteCiphertext = z
  .string()
  .max(b64uLength(maxCiphertextBytes(REQUEST_NOTE_BYTES)), 'note is too large')
  .pipe(Ciphertext);

const ENC_LENGTHS = Object.values(PUBLIC_KEY_BYTES);
/** HPKE's encapsulated key: 32 bytes (X25519) or 65 (P-256). */
export const Enc = z
  .string()
  .max(b64uLength(Math.max(...ENC_LENGTHS)))
  .refine(
    (s) => ENC_LENGTHS.some((n) => isB64u(s, n)),
    `must be ${ENC_LENGTHS.join(' or ')} bytes of base64url`,
  );

// ── request.create ───────────────────────────────────────────────────────────
export const RequestCreateInput = z.strictObject({
  id: RequestId,
  noteIv: b64uBytes(12),
  note: NoteCiphertext,
  linkVerifier: Key32,
  manageHash: Key32,
  expiresIn: int().min(EXPIRY.min).max(EXPIRY.hardMax),
});
export const RequestCreateOutput = z.object({ id: RequestId, expiresAt: IsoTime });

// ── request.peek (a mutation: the link proof stays out of URLs) ─────────────────
export const RequestPeekInput = z.strictObject({ id: RequestId, linkProof: Key32 });
export const RequestPeekOutput = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('open'),
    expiresAt: IsoTime,
    noteIv: b64uBytes(12),
    note: Ciphertext,
  }),
  // Only someone with the whole link learns which: without the proof it is 'unavailable'.
  z.object({ state: z.enum(['answered', 'expired', 'revoked']) }),
  z.object({ state: z.literal('unavailable') }),
]);

// ── request.answer ───────────────────────────────────────────────────────────
export const RequestAnswerInput = z.strictObject({
  id: RequestId,
  linkProof: Key32,
  enc: Enc,
  ciphertext: Ciphertext,
});
export const RequestAnswerOutput = z.object({ answeredAt: IsoTime, expiresAt: IsoTime });

// ── request.status ───────────────────────────────────────────────────────────
export const RequestStatusInput = z.strictObject({
  manageTokens: z.array(Key32).min(1).max(STATUS_BATCH_MAX),
});
export const RequestStatusEntry = z.discriminatedUnion('state', [
  z.object({
    state: z.enum(REQUEST_STATES),
    id: RequestId,
    createdAt: IsoTime,
    expiresAt: IsoTime,
    answeredAt: IsoTime.nullable(),
    endedAt: IsoTime.nullable(),
  }),
  z.object({ state: z.literal('unknown') }),
]);
export const RequestStatusOutput = z.object({ requests: z.array(RequestStatusEntry) });

// ── request.read ─────────────────────────────────────────────────────────────
export const RequestReadInput = z.strictObject({ manageToken: Key32 });
export const RequestReadOutput = z.discriminatedUnion('state', [
  z.object({ state: z.literal('answered'), id: RequestId, enc: Enc, ciphertext: Ciphertext }),
  // Nothing to read yet; nothing was spent.
  z.object({ state: z.literal('waiting') }),
]);

// ── request.revoke ───────────────────────────────────────────────────────────
export const RequestRevokeInput = z.strictObject({ manageToken: Key32 });
export const RequestRevokeOutput = z.object({ state: z.enum(REQUEST_STATES) });

export type RequestCreateInput = z.infer<typeof RequestCreateInput>;
export type RequestCreateOutput = z.infer<typeof RequestCreateOutput>;
export type RequestPeekOutput = z.infer<typeof RequestPeekOutput>;
export type RequestAnswerInput = z.infer<typeof RequestAnswerInput>;
export type RequestAnswerOutput = z.infer<typeof RequestAnswerOutput>;
export type RequestStatusEntry = z.infer<typeof RequestStatusEntry>;
export type RequestReadOutput = z.infer<typeof RequestReadOutput>;
