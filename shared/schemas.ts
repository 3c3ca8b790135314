// zod schemas of every procedure's input and output (docs/protocol.md#api). The server validates
// inputs with them; clients can validate outputs with them. Binary fields are canonical
// base64url (shared/encoding.ts); sizes are checked here, limits that an operator configures
// (expiry, views, secret size) are checked again by the server against its configuration.
import { z } from 'zod';
import { b64uLength, isB64u } from './encoding';
import { maxFileEnvelopeBytes } from './file';
import { RECEIPT_BYTES } from './recipient';
import { PREVIEWER_ID } from './previewers';
import {
  ATTEMPTS,
  EXPIRY,
  FILE_BYTES,
  KDF,
  PAD_BLOCK,
  SECRET_BYTES,
  STATUS_BATCH_MAX,
  TAG_BYTES,
  VIEWS,
} from './limits';

/** Canonical unpadded base64url of exactly `bytes` bytes. */
export function b64uBytes(bytes: number) {
  return z
    .string()
    .length(
      b64uLength(bytes),
      `must be ${bytes} bytes of base64url (${b64uLength(bytes)} characters)`,
    )
    .refine((s) => isB64u(s, bytes), 'must be base64url without padding');
}

export const SecretId = b64uBytes(16);
export const Key32 = b64uBytes(32);
/** 16 random bytes a recipient's client sends with a reveal (shared/recipient.ts). */
export const Receipt = b64uBytes(RECEIPT_BYTES);

const MAX_CIPHERTEXT_CHARS = b64uLength(
  Math.ceil(SECRET_BYTES.hardMax / PAD_BLOCK) * PAD_BLOCK + TAG_BYTES,
);

/** A padded envelope plus the GCM tag: (k · 256 + 16) bytes, k ≥ 1, of at most `maxChars`. */
function ciphertextOf(maxChars: number) {
  return z
    .string()
    .max(maxChars, 'ciphertext is too large')
    .refine((s) => isB64u(s), 'must be base64url without padding')
    .refine((s) => {
      const n = Math.floor((s.length * 3) / 4);
      return n >= PAD_BLOCK + TAG_BYTES && (n - TAG_BYTES) % PAD_BLOCK === 0;
    }, `must be a padded envelope (a multiple of ${PAD_BLOCK} bytes) plus a ${TAG_BYTES}-byte tag`);
}

/** What a JSON create sends: text, or a file small enough for the text limit. */
export const Ciphertext = ciphertextOf(MAX_CIPHERTEXT_CHARS);
/** What a reveal may answer: text or a file of up to the hard cap (docs/protocol.md#files). */
export const AnyCiphertext = ciphertextOf(
  b64uLength(Math.max(maxFileEnvelopeBytes(FILE_BYTES.hardMax) + TAG_BYTES, 0)),
);

const int = () => z.number().int('must be a whole number');

export const KdfParamsSchema = z.strictObject({
  alg: z.literal('argon2id'),
  m: int().min(KDF.min.m).max(KDF.max.m),
  t: int().min(KDF.min.t).max(KDF.max.t),
  p: int().min(KDF.min.p).max(KDF.max.p),
});

export const SECRET_STATES = ['pending', 'viewed', 'destroyed', 'expired', 'revoked'] as const;
export type SecretState = (typeof SECRET_STATES)[number];

export const EVENT_TYPES = [
  'created',
  'opened',
  'viewed',
  'attempt_failed',
  'destroyed',
  'expired',
  'revoked',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

const IsoTime = z.iso.datetime({ offset: true });

// ── secret.create ────────────────────────────────────────────────────────────
export const CreateInput = z.strictObject({
  id: SecretId,
  ciphertext: Ciphertext,
  iv: b64uBytes(12),
  salt: b64uBytes(16),
  kdf: KdfParamsSchema,
  verifier: Key32,
  manageHash: Key32,
  expiresIn: int().min(EXPIRY.min).max(EXPIRY.hardMax),
  maxViews: int().min(VIEWS.min).max(VIEWS.hardMax),
  maxAttempts: int().min(ATTEMPTS.min).max(ATTEMPTS.max),
  /** v2: SHA-256 of the link proof. Absent: a v1 create (docs/protocol.md#versions). */
  linkVerifier: Key32.optional(),
});
export const CreateOutput = z.object({ id: SecretId, expiresAt: IsoTime });

// ── secret.upload ────────────────────────────────────────────────────────────
/** The header of a file upload (shared/upload.ts): create's fields, the ciphertext's size. */
export const UploadHeaderSchema = CreateInput.omit({ ciphertext: true }).extend({
  ciphertextBytes: int().min(1),
});
export type UploadHeaderInput = z.infer<typeof UploadHeaderSchema>;

// ── secret.peek ──────────────────────────────────────────────────────────────
// linkProof is required by every v2 record and ignored by v1 records, which have none: a
// missing or wrong one reads exactly as an unknown id (docs/protocol.md#link-proof).
export const PeekInput = z.strictObject({ id: SecretId, linkProof: Key32.optional() });
export const PeekOutput = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('pending'),
    expiresAt: IsoTime,
    viewsLeft: int().min(1),
    attemptsLeft: int().min(1),
    salt: b64uBytes(16),
    kdf: KdfParamsSchema,
  }),
  z.object({ state: z.literal('unavailable') }),
]);

// ── secret.reveal ────────────────────────────────────────────────────────────
export const RevealInput = z.strictObject({
  id: SecretId,
  authKey: Key32,
  linkProof: Key32.optional(),
  /** With a receipt, a lost answer can be asked for again (docs/protocol.md#grace). */
  receipt: Receipt.optional(),
});
export const RevealOutput = z.object({
  ciphertext: AnyCiphertext,
  iv: b64uBytes(12),
  viewsLeft: int().min(0),
});

// ── secret.ack ───────────────────────────────────────────────────────────────
/** Sent once the answer is decrypted: the server drops what it kept for a retry. */
export const AckInput = z.strictObject({
  id: SecretId,
  linkProof: Key32.optional(),
  receipt: Receipt,
});
/** The same answer whether anything was kept or not, so an ack tells nothing. */
export const AckOutput = z.object({ ok: z.literal(true) });

// ── secret.status ────────────────────────────────────────────────────────────
export const StatusInput = z.strictObject({
  manageTokens: z.array(Key32).min(1).max(STATUS_BATCH_MAX),
});
export const SecretEvent = z.object({
  type: z.enum(EVENT_TYPES),
  at: IsoTime,
  hint: z.string().optional(),
  /** "opened" by a known link previewer or scanner: its id (shared/previewers.ts). */
  previewer: z.string().regex(PREVIEWER_ID).optional(),
});
export const StatusEntry = z.discriminatedUnion('state', [
  z.object({
    state: z.enum(SECRET_STATES),
    id: SecretId,
    createdAt: IsoTime,
    expiresAt: IsoTime,
    endedAt: IsoTime.nullable(),
    viewsLeft: int().min(0),
    attemptsLeft: int().min(0),
    maxViews: int().min(1),
    maxAttempts: int().min(1),
    events: z.array(SecretEvent),
  }),
  // Never created, or its tombstone is past retention.
  z.object({ state: z.literal('unknown') }),
]);
export const StatusOutput = z.object({ secrets: z.array(StatusEntry) });

// ── secret.revoke ────────────────────────────────────────────────────────────
export const RevokeInput = z.strictObject({ manageToken: Key32 });
export const RevokeOutput = z.object({ state: z.enum(SECRET_STATES) });

export type CreateInput = z.infer<typeof CreateInput>;
export type CreateOutput = z.infer<typeof CreateOutput>;
export type PeekInput = z.infer<typeof PeekInput>;
export type PeekOutput = z.infer<typeof PeekOutput>;
export type RevealInput = z.infer<typeof RevealInput>;
export type RevealOutput = z.infer<typeof RevealOutput>;
export type AckInput = z.infer<typeof AckInput>;
export type StatusEntry = z.infer<typeof StatusEntry>;
export type StatusOutput = z.infer<typeof StatusOutput>;
export type SecretEvent = z.infer<typeof SecretEvent>;

// ── config.get ───────────────────────────────────────────────────────────────
/** The server's limits (shared/server-config.ts): what clients check before any work. */
export const ConfigOutput = z.object({
  maxSecretBytes: int().min(1).max(SECRET_BYTES.hardMax),
  maxFileBytes: int().min(0).max(FILE_BYTES.hardMax),
  maxExpiry: int().min(EXPIRY.min).max(EXPIRY.hardMax),
  maxViews: int().min(1).max(VIEWS.hardMax),
});
