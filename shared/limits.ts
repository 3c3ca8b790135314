// Defaults and ranges (docs/protocol.md#limits). The server may narrow or raise some of these by
// configuration; the hard caps here are what any client or server accepts at all.

export const SECONDS = { minute: 60, hour: 3600, day: 86400 } as const;

export const EXPIRY = {
  default: 24 * SECONDS.hour,
  min: SECONDS.minute,
  /** Default operator maximum (MAX_EXPIRY). */
  max: 7 * SECONDS.day,
  /** No operator may go past this: a one-time link is not an archive. */
  hardMax: 365 * SECONDS.day,
} as const;

export const VIEWS = { default: 1, min: 1, max: 1000, hardMax: 1_000_000 } as const;
export const ATTEMPTS = { default: 1, min: 1, max: 10 } as const;
export const WORDS = { default: 6, min: 4, max: 12 } as const;

/** Largest envelope (the JSON that is encrypted, before padding), in bytes. */
export const SECRET_BYTES = { default: 64 * 1024, hardMax: 16 * 1024 * 1024 } as const;

/**
 * Largest file in a share or an answer (its bytes, before the envelope): MAX_FILE_BYTES. The hard
 * cap keeps a reveal's answer, which carries the ciphertext as base64url in JSON, well inside
 * what one JavaScript string holds.
 */
export const FILE_BYTES = { default: 10 * 1024 * 1024, hardMax: 128 * 1024 * 1024 } as const;

/** Envelopes are padded to a multiple of this, so stored sizes say little about secrets. */
export const PAD_BLOCK = 256;
/** AES-GCM tag length appended to the ciphertext. */
export const TAG_BYTES = 16;

/** Largest ciphertext a limit on the envelope allows. */
export function maxCiphertextBytes(maxSecretBytes: number): number {
  return Math.ceil(maxSecretBytes / PAD_BLOCK) * PAD_BLOCK + TAG_BYTES;
}

export const STATUS_BATCH_MAX = 100;

/** Labels are a short note for the sender's lists, not a place for the secret itself. */
export const MAX_LABEL_CHARS = 80;

/**
 * Argon2id parameters (docs/protocol.md#share): the default, and the bounds clients refuse outside of
 * (too weak to protect the passphrase, or so costly that a record could hang a browser).
 */
export const KDF = {
  default: { alg: 'argon2id', m: 65536, t: 3, p: 1 },
  min: { m: 19456, t: 2, p: 1 },
  max: { m: 262144, t: 10, p: 4 },
} as const;

/** Largest request note (its envelope JSON before padding), in bytes: a line or two of "what I
 * need", not a document (docs/protocol.md#request-note). */
export const REQUEST_NOTE_BYTES = 2048;
