// Hand-written table types (Kysely's example/ style). Binary columns are bytea: pg returns
// Buffer and PGlite Uint8Array; both are Uint8Array, which is all the repository relies on.
import type { ColumnType, Generated } from 'kysely';
import type { RequestState } from '../../shared/request/schemas';
import type { EventType, SecretState } from '../../shared/schemas';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface SecretTable {
  id: Uint8Array;
  state: SecretState;
  // Secret material: all four are NULL in every terminal state (docs/protocol.md#lifecycle),
  // except that a viewed record within its grace keeps ciphertext, iv and verifier.
  ciphertext: Uint8Array | null;
  iv: Uint8Array | null;
  salt: Uint8Array | null;
  verifier: Uint8Array | null;
  /** SHA-256 of the link proof; NULL for a v1 record (docs/protocol.md#link-proof). */
  link_verifier: Uint8Array | null;
  /** SHA-256 of the receipts views were spent with, and when each may no longer be retried. */
  receipt_hashes: Uint8Array[] | null;
  receipt_until: Date[] | null;
  /** Set only while a viewed record keeps its ciphertext for a retry (docs/protocol.md#grace). */
  grace_until: Timestamp | null;
  manage_hash: Uint8Array;
  kdf_m: number;
  kdf_t: number;
  kdf_p: number;
  max_views: number;
  views_left: number;
  max_attempts: number;
  attempts_left: number;
  created_at: Timestamp;
  expires_at: Timestamp;
  ended_at: Timestamp | null;
}

export interface SecretEventTable {
  id: Generated<string>;
  secret_id: Uint8Array;
  type: EventType;
  at: Timestamp;
  hint: string | null;
  /** A known previewer's id (shared/previewers.ts) when one caused the event. */
  previewer: string | null;
}

export interface RateLimitTable {
  bucket: string;
  window_start: Timestamp;
  hits: number;
}

export interface RequestTable {
  id: Uint8Array;
  state: RequestState;
  // The note while waiting, the answer while answered; neither once ended (the CHECK constraint).
  note_iv: Uint8Array | null;
  note: Uint8Array | null;
  link_verifier: Uint8Array;
  manage_hash: Uint8Array;
  answer_enc: Uint8Array | null;
  answer: Uint8Array | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  answered_at: Timestamp | null;
  ended_at: Timestamp | null;
}

/** Bytes of secret material held, in 64 rows a writer adds to by its process id (triggers). */
export interface PendingBytesTable {
  shard: number;
  bytes: string;
}

export interface Database {
  secret: SecretTable;
  request: RequestTable;
  secret_event: SecretEventTable;
  rate_limit: RateLimitTable;
  pending_bytes: PendingBytesTable;
}
