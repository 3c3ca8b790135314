// Every statement the secret lifecycle needs, one round trip each (docs/architecture.md#one-statement-a-request): a CTE
// carries the write, its events and the rate-limit count together. Times come from the caller's
// clock, never from now(), so tests can move time without sleeping.
import { sql, type Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { SecretState } from '../../shared/schemas';
import type { Database } from '../db/types';
import { createPurgeStatements } from './purge-statements';
import { rateCte, type RateGate } from './rate-gate';

export type { RateGate } from './rate-gate';

export interface NewSecret {
  id: Uint8Array;
  ciphertext: Uint8Array;
  iv: Uint8Array;
  salt: Uint8Array;
  verifier: Uint8Array;
  manageHash: Uint8Array;
  kdf: { m: number; t: number; p: number };
  maxViews: number;
  maxAttempts: number;
  createdAt: Date;
  expiresAt: Date;
}

/** Upper bound of "opened" events kept per secret, so peeks cannot grow a row's events forever. */
export const MAX_OPENED_EVENTS = 20;

const TERMINAL = sql.raw(`case when old.ok then s.views_left <= 1 else s.attempts_left <= 1 end`);

export function createSecretRepository(db: Kysely<Database>) {
  return {
    async insert(s: NewSecret, gate: RateGate | null, hint: string | null) {
      const { rows } = await sql<{ hits: number; inserted: boolean }>`
        with rl as (${rateCte(gate)}),
        ins as (
          insert into secret (id, state, ciphertext, iv, salt, verifier, manage_hash,
            kdf_m, kdf_t, kdf_p, max_views, views_left, max_attempts, attempts_left,
            created_at, expires_at)
          select ${s.id}, 'pending', ${s.ciphertext}, ${s.iv}, ${s.salt}, ${s.verifier},
            ${s.manageHash}, ${s.kdf.m}, ${s.kdf.t}, ${s.kdf.p}, ${s.maxViews}, ${s.maxViews},
            ${s.maxAttempts}, ${s.maxAttempts}, ${s.createdAt}, ${s.expiresAt}
          where (select hits from rl) <= ${gate?.limit ?? 0}
          on conflict do nothing
          returning id
        ),
        ev as (
          insert into secret_event (secret_id, type, at, hint)
          select id, 'created', ${s.createdAt}, ${hint} from ins
        )
        select (select hits from rl)::int as hits, exists (select 1 from ins) as inserted
      `.execute(db);
      const r = rows[0]!;
      if (gate && r.hits > gate.limit) return { outcome: 'rate_limited' as const };
      return r.inserted ? { outcome: 'created' as const } : { outcome: 'duplicate' as const };
    },

    async peek(id: Uint8Array, now: Date, hint: string | null) {
      const { rows } = await sql<{
        expires_at: Date;
        views_left: number;
        attempts_left: number;
        salt: Uint8Array;
        kdf_m: number;
        kdf_t: number;
        kdf_p: number;
      }>`
        with s as (
          select id, expires_at, views_left, attempts_left, salt, kdf_m, kdf_t, kdf_p
          from secret where id = ${id} and state = 'pending' and expires_at > ${now}
        ),
        ev as (
          insert into secret_event (secret_id, type, at, hint)
          select id, 'opened', ${now}, ${hint} from s
          where (select count(*) from secret_event
                 where secret_id = ${id} and type = 'opened') < ${MAX_OPENED_EVENTS}
        )
        select expires_at, views_left, attempts_left, salt, kdf_m, kdf_t, kdf_p from s
      `.execute(db);
      return rows[0] ?? null;
    },

    /**
     * Verify and burn in one statement. The `old` CTE locks the row (FOR UPDATE): concurrent
     * reveals of one secret queue on that lock, and each re-reads the row once it is free, so
     * views and attempts are spent exactly once, also across instances sharing the database.
     */
    async reveal(
      id: Uint8Array,
      verifier: Uint8Array,
      now: Date,
      gate: RateGate | null,
      hint: string | null,
    ) {
      const { rows } = await sql<{
        hits: number;
        ok: boolean | null;
        state: SecretState | null;
        views_left: number | null;
        attempts_left: number | null;
        ciphertext: Uint8Array | null;
        iv: Uint8Array | null;
      }>`
        with rl as (${rateCte(gate)}),
        old as (
          select id, ciphertext, iv, verifier = ${verifier} as ok
          from secret
          where id = ${id} and state = 'pending' and expires_at > ${now}
            and (select hits from rl) <= ${gate?.limit ?? 0}
          for update
        ),
        upd as (
          update secret s set
            views_left = s.views_left - case when old.ok then 1 else 0 end,
            attempts_left = s.attempts_left - case when old.ok then 0 else 1 end,
            state = case when not ${TERMINAL} then 'pending'
                         when old.ok then 'viewed' else 'destroyed' end,
            ciphertext = case when ${TERMINAL} then null else s.ciphertext end,
            iv = case when ${TERMINAL} then null else s.iv end,
            salt = case when ${TERMINAL} then null else s.salt end,
            verifier = case when ${TERMINAL} then null else s.verifier end,
            ended_at = case when ${TERMINAL} then ${now}::timestamptz else null end
          from old
          where s.id = old.id
          returning s.id, old.ok, s.state, s.views_left, s.attempts_left, old.ciphertext, old.iv
        ),
        ev as (
          insert into secret_event (secret_id, type, at, hint)
          select upd.id, t.type, ${now}, ${hint}
          from upd cross join lateral (values
            (case when upd.ok then 'viewed' else 'attempt_failed' end),
            (case when upd.state = 'destroyed' then 'destroyed' end)) as t(type)
          where t.type is not null
        )
        select (select hits from rl)::int as hits, upd.ok, upd.state, upd.views_left,
          upd.attempts_left, upd.ciphertext, upd.iv
        from (select 1) as one left join upd on true
      `.execute(db);
      const r = rows[0]!;
      if (gate && r.hits > gate.limit) return { outcome: 'rate_limited' as const };
      if (r.ok === null) return { outcome: 'unavailable' as const };
      if (r.ok) {
        return {
          outcome: 'revealed' as const,
          ciphertext: r.ciphertext!,
          iv: r.iv!,
          viewsLeft: r.views_left!,
        };
      }
      return { outcome: 'wrong' as const, attemptsLeft: r.attempts_left! };
    },

    async findByManageHashes(hashes: Uint8Array[]) {
      return db
        .selectFrom('secret as s')
        .select((eb) => [
          's.id',
          's.manage_hash',
          's.state',
          's.created_at',
          's.expires_at',
          's.ended_at',
          's.views_left',
          's.attempts_left',
          's.max_views',
          's.max_attempts',
          jsonArrayFrom(
            eb
              .selectFrom('secret_event as e')
              .select(['e.type', 'e.at', 'e.hint'])
              .whereRef('e.secret_id', '=', 's.id')
              .orderBy('e.id'),
          ).as('events'),
        ])
        .where('s.manage_hash', 'in', hashes)
        .execute();
    },

    /** The record's state afterwards (null: no such record), and whether this call revoked it. */
    async revoke(manageHash: Uint8Array, now: Date) {
      const { rows } = await sql<{ state: SecretState; expired: boolean; changed: boolean }>`
        with upd as (
          update secret set state = 'revoked', ciphertext = null, iv = null, salt = null,
            verifier = null, ended_at = ${now}
          where manage_hash = ${manageHash} and state = 'pending' and expires_at > ${now}
          returning id, state
        ),
        ev as (
          insert into secret_event (secret_id, type, at) select id, 'revoked', ${now} from upd
        )
        select state, false as expired, true as changed from upd
        union all
        select state, (state = 'pending' and expires_at <= ${now}) as expired, false as changed
        from secret
        where manage_hash = ${manageHash} and not exists (select 1 from upd)
      `.execute(db);
      const r = rows[0];
      if (!r) return null;
      return { state: r.expired ? ('expired' as const) : r.state, changed: r.changed };
    },

    ...createPurgeStatements(db),
  };
}

export type SecretRepository = ReturnType<typeof createSecretRepository>;
