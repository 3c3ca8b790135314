// The rate limit rides in the statement it limits: a CTE bumps a fixed-window counter, and the
// write below it runs only while the count is within the limit (one round trip, no race between
// counting and writing, also across instances).
import { sql, type RawBuilder } from 'kysely';

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
