// The storage ceiling (MAX_PENDING_BYTES) rides in the statement that stores, as the rate limit
// does: a CTE reads the bytes held (a sum of the 64 rows of `pending_bytes`, kept by triggers:
// backend/db/migrations/2026-12-01T18-00-00_pending_bytes.ts), and the write below it runs only
// while what it stores still fits. Several instances on one database read one figure.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/types';
import { AppError } from '../errors';

/** What a write would store, and the ceiling it must stay under. */
export interface SpaceGate {
  bytes: number;
  max: number;
}

/** `space`'s body: yields `room`, true while `bytes` more stay within the ceiling. */
export function spaceCte(gate: SpaceGate): RawBuilder<unknown> {
  return sql`select coalesce(sum(bytes), 0) + ${gate.bytes}::bigint <= ${gate.max}::bigint as room
    from pending_bytes`;
}

/** Bytes of secret material held now, in every table and for every instance. */
export async function pendingBytes(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ bytes: number }>`
    select coalesce(sum(bytes), 0)::float8 as bytes from pending_bytes`.execute(db);
  return rows[0]!.bytes;
}

/** Space frees as shares are viewed, revoked or expire (the purge runs every minute). */
const FULL_RETRY_SECONDS = 60;

export const serviceFull = () => new AppError('SERVICE_FULL', { retryAfter: FULL_RETRY_SECONDS });

/** MAX_PENDING_BYTES for a repository. */
export interface StorageLimits {
  maxPendingBytes: number;
}

/** For repositories made outside the app (tests, benchmarks): a ceiling nothing reaches. */
export const NO_CEILING: StorageLimits = { maxPendingBytes: Number.MAX_SAFE_INTEGER };
