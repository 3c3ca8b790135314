// Every statement the secret lifecycle needs, one round trip each (docs/architecture.md#one-statement-a-request): a CTE
// carries the write, its events and the rate-limit count together. Times come from the caller's
// clock, never from now(), so tests can move time without sleeping.
import { sql, type Kysely } from 'kysely';
import type { SecretState } from '../../shared/schemas';
import type { Database } from '../db/types';
import { createPurgeStatements } from './purge-statements';
import { gatedRows, limitOf, rateCte, type RateGate } from './rate-gate';
import { createRevealStatements } from './reveal-statements';
import { NO_CEILING, spaceCte, type StorageLimits } from './space-gate';

export type { RateGate } from './rate-gate';

export interface NewSecret {
  id: Uint8Array;
  ciphertext: Uint8Array;
  iv: Uint8Array;
  salt: Uint8Array;
  verifier: Uint8Array;
  /** SHA-256 of the link proof: a v2 record. null: a v1 create (docs/protocol.md#versions). */
  linkVerifier: Uint8Array | null;
  manageHash: Uint8Array;
  kdf: { m: number; t: number; p: number };
  maxViews: number;
  maxAttempts: number;
  createdAt: Date;
  expiresAt: Date;
}

/** Upper bound of "opened" events kept per secret, so peeks cannot grow a row's events forever. */
export const MAX_OPENED_EVENTS = 20;

export function createSecretRepository(db: Kysely<Database>, storage: StorageLimits = NO_CEILING) {
  return {
    /** Stores a share while the caller is within its rate and the ciphertext fits under the
     * storage ceiling (space-gate.ts), checked in the statement that stores it. */
    async insert(s: NewSecret, gate: RateGate | null, hint: string | null) {
      const space = { bytes: s.ciphertext.length, max: storage.maxPendingBytes };
      const { rows } = await sql<{ hits: number; room: boolean; inserted: boolean }>`
        with rl as (${rateCte(gate)}),
        space as (${spaceCte(space)}),
        ins as (
          insert into secret (id, state, ciphertext, iv, salt, verifier, link_verifier,
            manage_hash, kdf_m, kdf_t, kdf_p, max_views, views_left, max_attempts,
            attempts_left, created_at, expires_at)
          select ${s.id}, 'pending', ${s.ciphertext}, ${s.iv}, ${s.salt}, ${s.verifier},
            ${s.linkVerifier}::bytea, ${s.manageHash}, ${s.kdf.m}, ${s.kdf.t}, ${s.kdf.p}, ${s.maxViews}, ${s.maxViews},
            ${s.maxAttempts}, ${s.maxAttempts}, ${s.createdAt}, ${s.expiresAt}
          where (select hits from rl) <= ${limitOf(gate)} and (select room from space)
          on conflict do nothing
          returning id
        ),
        ev as (
          insert into secret_event (secret_id, type, at, hint)
          select id, 'created', ${s.createdAt}, ${hint} from ins
        )
        select (select hits from rl)::int as hits, (select room from space) as room,
          exists (select 1 from ins) as inserted
      `.execute(db);
      const r = rows[0]!;
      if (gate && r.hits > gate.limit) return { outcome: 'rate_limited' as const };
      if (!r.room) return { outcome: 'full' as const };
      return r.inserted ? { outcome: 'created' as const } : { outcome: 'duplicate' as const };
    },

    /** `linkVerifier`: SHA-256 of the proof sent (of an empty one when none was): a wrong one
     * finds no row, exactly as an unknown id, and so records no event. A peek over the caller's
     * budget finds no row either: it records nothing. */
    async peek(
      id: Uint8Array,
      linkVerifier: Uint8Array,
      now: Date,
      gate: RateGate | null,
      hint: string | null,
      previewer: string | null = null,
    ) {
      const { rows } = await sql<{
        hits: number;
        expires_at: Date | null;
        views_left: number;
        attempts_left: number;
        salt: Uint8Array;
        kdf_m: number;
        kdf_t: number;
        kdf_p: number;
      }>`
        with rl as (${rateCte(gate)}),
        s as (
          select id, expires_at, views_left, attempts_left, salt, kdf_m, kdf_t, kdf_p
          from secret where id = ${id} and state = 'pending' and expires_at > ${now}
            and (link_verifier is null or link_verifier = ${linkVerifier})
            and (select hits from rl) <= ${limitOf(gate)}
        ),
        ev as (
          insert into secret_event (secret_id, type, at, hint, previewer)
          select id, 'opened', ${now}, ${hint}, ${previewer} from s
          where (select count(*) from secret_event
                 where secret_id = ${id} and type = 'opened') < ${MAX_OPENED_EVENTS}
        )
        select (select hits from rl)::int as hits, s.expires_at, s.views_left, s.attempts_left,
          s.salt, s.kdf_m, s.kdf_t, s.kdf_p
        from (select 1) as one left join s on true
      `.execute(db);
      const r = rows[0]!;
      if (gate && r.hits > gate.limit) return 'rate_limited' as const;
      return r.expires_at ? { ...r, expires_at: r.expires_at } : null;
    },

    /** Rows (with their events) of these manage hashes, counted against the status budget. */
    async findByManageHashes(hashes: Uint8Array[], gate: RateGate | null = null) {
      const { rows } = await sql<{
        hits: number;
        id: Uint8Array | null;
        manage_hash: Uint8Array;
        state: SecretState;
        created_at: Date;
        expires_at: Date;
        ended_at: Date | null;
        views_left: number;
        attempts_left: number;
        max_views: number;
        max_attempts: number;
        events: { type: string; at: string; hint: string | null; previewer: string | null }[];
      }>`
        with rl as (${rateCte(gate)})
        select (select hits from rl)::int as hits, s.id, s.manage_hash, s.state, s.created_at,
          s.expires_at, s.ended_at, s.views_left, s.attempts_left, s.max_views, s.max_attempts,
          coalesce((select json_agg(json_build_object('type', e.type, 'at', e.at,
              'hint', e.hint, 'previewer', e.previewer) order by e.id)
            from secret_event e where e.secret_id = s.id), '[]'::json) as events
        from (select 1) as one
        left join secret s on s.manage_hash in (${sql.join(hashes)})
          and (select hits from rl) <= ${limitOf(gate)}
      `.execute(db);
      return gatedRows(rows, gate);
    },

    /** The record's state afterwards (null: no such record), and whether this call revoked it. */
    async revoke(manageHash: Uint8Array, now: Date, gate: RateGate | null = null) {
      const { rows } = await sql<{
        hits: number;
        state: SecretState | null;
        expired: boolean;
        changed: boolean;
      }>`
        with rl as (${rateCte(gate)}),
        upd as (
          update secret set state = 'revoked', ciphertext = null, iv = null, salt = null,
            verifier = null, receipt_hashes = null, receipt_until = null, ended_at = ${now}
          where manage_hash = ${manageHash} and state = 'pending' and expires_at > ${now}
            and (select hits from rl) <= ${limitOf(gate)}
          returning id, state
        ),
        ev as (
          insert into secret_event (secret_id, type, at) select id, 'revoked', ${now} from upd
        ),
        found as (
          select state, false as expired, true as changed from upd
          union all
          select state, (state = 'pending' and expires_at <= ${now}) as expired, false as changed
          from secret
          where manage_hash = ${manageHash} and not exists (select 1 from upd)
            and (select hits from rl) <= ${limitOf(gate)}
        )
        select (select hits from rl)::int as hits, found.state, found.expired, found.changed
        from (select 1) as one left join found on true
      `.execute(db);
      const r = rows[0]!;
      if (gate && r.hits > gate.limit) return 'rate_limited' as const;
      if (!r.state) return null;
      return { state: r.expired ? ('expired' as const) : r.state, changed: r.changed };
    },

    ...createRevealStatements(db),
    ...createPurgeStatements(db),
  };
}

export type SecretRepository = ReturnType<typeof createSecretRepository>;
