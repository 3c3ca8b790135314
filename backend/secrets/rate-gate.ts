// The rate limit rides in the statement it limits: a CTE bumps a fixed-window counter, and the
// write below it runs only while the count is within the limit (one round trip, no race between
// counting and writing, also across instances).
import { createHash } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import { AppError } from '../errors';

/** A fixed-window rate-limit counter to bump in the same statement; null: no limit. */
export interface RateGate {
  bucket: string;
  windowStart: Date;
  limit: number;
}

/** `rl`'s body: yields `hits`, this window's count including this request (0 without a gate). */
export function rateCte(gate: RateGate | null): RawBuilder<unknown> {
  if (!gate) return sql`select 0 as hits`;
  return sql`insert into rate_limit (bucket, window_start, hits)
    values (${gate.bucket}, ${gate.windowStart}, 1)
    on conflict (bucket, window_start) do update set hits = rate_limit.hits + 1
    returning hits`;
}

/** Who is asking: a rate-limit key (derived from the client address) and an event hint. */
export interface Caller {
  rateKey: string;
  hint: string | null;
  /** The known link previewer or scanner the request says it comes from (never its UA). */
  previewer?: string | null;
}

const WINDOW_MS = 60_000;

/**
 * What a budget is for: making (create), spending (reveal, answer, read), looking (peek) and
 * managing (status, revoke). Each has its own per-minute budget (RATE_LIMIT_*), so that cheap
 * lookups cannot be used to hammer the database and a poller cannot starve reveals.
 */
export type RateKind = 'create' | 'reveal' | 'peek' | 'status' | 'revoke';

/** The `limit` to compare `hits` with in SQL; 0 with no gate (whose CTE yields 0). */
export const limitOf = (gate: RateGate | null) => gate?.limit ?? 0;

/**
 * The rows of a lookup gated in SQL (`from (select 1) left join … and hits <= limit`: one row
 * that carries `hits` even when nothing matched): 'rate_limited' past the limit, else the rows
 * that matched.
 */
export function gatedRows<T extends { hits: number; id: Uint8Array | null }>(
  rows: T[],
  gate: RateGate | null,
): 'rate_limited' | (T & { id: Uint8Array })[] {
  if (gate && (rows[0]?.hits ?? 0) > gate.limit) return 'rate_limited';
  return rows.filter((r): r is T & { id: Uint8Array } => r.id !== null);
}

/** The caller's window for `kind` (one budget per kind, shares and requests alike); null: off. */
export function rateGate(
  kind: RateKind,
  caller: Caller,
  limit: number,
  now: Date,
): RateGate | null {
  if (limit === 0) return null;
  return {
    bucket: `${kind}:${caller.rateKey}`,
    windowStart: new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS),
    limit,
  };
}

export function rateLimited(now: Date): AppError {
  const retryAfter = Math.max(1, Math.ceil((WINDOW_MS - (now.getTime() % WINDOW_MS)) / 1000));
  return new AppError('RATE_LIMITED', { retryAfter });
}

/** SHA-256 on the request path: Node's synchronous hash costs a fraction of a WebCrypto
 * digest's promise round trip (docs/benchmarks.md), and the bytes are the same. */
export function sha256(bytes: Uint8Array): Uint8Array {
  return createHash('sha256').update(bytes).digest();
}
