// Every statement secret requests need, one round trip each (docs/protocol.md#request-api):
// the rate limit rides in the statement it limits, and answer and read lock the row in the
// statement that changes it, so each happens exactly once, also across instances. Times come
// from the caller's clock, never from now().
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { RequestState } from '../../shared/request/schemas';
import type { Database } from '../db/types';
import { gatedRows, limitOf, rateCte, type RateGate } from '../secrets/rate-gate';
import { NO_CEILING, spaceCte, type StorageLimits } from '../secrets/space-gate';

export interface NewRequest {
  id: Uint8Array;
  noteIv: Uint8Array;
  note: Uint8Array;
  linkVerifier: Uint8Array;
  manageHash: Uint8Array;
  createdAt: Date;
  expiresAt: Date;
}

interface Found {
  state: RequestState;
  expires_at: Date;
}

export function createRequestRepository(db: Kysely<Database>, storage: StorageLimits = NO_CEILING) {
  const space = (bytes: number) => spaceCte({ bytes, max: storage.maxPendingBytes });
  return {
    async insert(r: NewRequest, gate: RateGate | null) {
      const { rows } = await sql<{ hits: number; room: boolean; inserted: boolean }>`
        with rl as (${rateCte(gate)}),
        space as (${space(r.note.length)}),
        ins as (
          insert into request (id, state, note_iv, note, link_verifier, manage_hash,
            created_at, expires_at)
          select ${r.id}, 'waiting', ${r.noteIv}, ${r.note}, ${r.linkVerifier}, ${r.manageHash},
            ${r.createdAt}, ${r.expiresAt}
          where (select hits from rl) <= ${limitOf(gate)} and (select room from space)
          on conflict do nothing
          returning id
        )
        select (select hits from rl)::int as hits, (select room from space) as room,
          exists (select 1 from ins) as inserted
      `.execute(db);
      const row = rows[0]!;
      if (gate && row.hits > gate.limit) return 'rate_limited' as const;
      if (!row.room) return 'full' as const;
      return row.inserted ? ('created' as const) : ('duplicate' as const);
    },

    /** The row behind a correct link proof (null: no such id, or a wrong proof: the same). */
    async peek(id: Uint8Array, linkVerifier: Uint8Array, gate: RateGate | null) {
      const { rows } = await sql<
        Found & { hits: number; note_iv: Uint8Array | null; note: Uint8Array | null }
      >`
        with rl as (${rateCte(gate)})
        select (select hits from rl)::int as hits, r.state, r.expires_at, r.note_iv, r.note
        from (select 1) as one
        left join request r on r.id = ${id} and r.link_verifier = ${linkVerifier}
          and (select hits from rl) <= ${limitOf(gate)}
      `.execute(db);
      const row = rows[0]!;
      if (gate && row.hits > gate.limit) return 'rate_limited' as const;
      return row.state ? row : null;
    },

    /**
     * Stores the answer if the request still waits. `old` locks the row (FOR UPDATE): racing
     * answers queue on that lock and each re-reads the row once it is free, so exactly one finds
     * it waiting. The note goes in the same statement; the answer is kept for as long again as
     * the request was open (expires_at moves to answered_at + (expires_at − created_at)).
     */
    async answer(
      id: Uint8Array,
      linkVerifier: Uint8Array,
      enc: Uint8Array,
      answer: Uint8Array,
      now: Date,
      gate: RateGate | null,
    ) {
      const { rows } = await sql<{
        hits: number;
        state: RequestState | null;
        expires_at: Date | null;
        answered: boolean;
        full: boolean;
        new_expires_at: Date | null;
      }>`
        with rl as (${rateCte(gate)}),
        space as (${space(answer.length)}),
        old as (
          select id, state, expires_at from request
          where id = ${id} and link_verifier = ${linkVerifier}
            and (select hits from rl) <= ${limitOf(gate)}
          for update
        ),
        upd as (
          update request r set state = 'answered', note_iv = null, note = null,
            answer_enc = ${enc}, answer = ${answer}, answered_at = ${now},
            expires_at = ${now}::timestamptz + (r.expires_at - r.created_at)
          from old
          where r.id = old.id and old.state = 'waiting' and old.expires_at > ${now}
            and (select room from space)
          returning r.expires_at
        )
        select (select hits from rl)::int as hits, old.state, old.expires_at,
          exists (select 1 from upd) as answered, (select expires_at from upd) as new_expires_at,
          (old.state = 'waiting' and old.expires_at > ${now} and not (select room from space))
            as full
        from (select 1) as one left join old on true
      `.execute(db);
      const row = rows[0]!;
      if (gate && row.hits > gate.limit) return { outcome: 'rate_limited' as const };
      if (row.answered) return { outcome: 'answered' as const, expiresAt: row.new_expires_at! };
      if (row.full) return { outcome: 'full' as const };
      if (!row.state) return { outcome: 'unavailable' as const };
      return { outcome: 'refused' as const, state: row.state, expiresAt: row.expires_at! };
    },

    /** Returns the answer and burns it in one statement, like a share's last reveal. */
    async read(manageHash: Uint8Array, now: Date, gate: RateGate | null) {
      const { rows } = await sql<{
        hits: number;
        id: Uint8Array | null;
        state: RequestState | null;
        expires_at: Date | null;
        answer_enc: Uint8Array | null;
        answer: Uint8Array | null;
      }>`
        with rl as (${rateCte(gate)}),
        old as (
          select id, state, expires_at, answer_enc, answer from request
          where manage_hash = ${manageHash} and (select hits from rl) <= ${limitOf(gate)}
          for update
        ),
        upd as (
          update request r set state = 'read', answer_enc = null, answer = null,
            ended_at = ${now}
          from old
          where r.id = old.id and old.state = 'answered' and old.expires_at > ${now}
          returning r.id
        )
        select (select hits from rl)::int as hits, old.id, old.state, old.expires_at,
          case when upd.id is not null then old.answer_enc end as answer_enc,
          case when upd.id is not null then old.answer end as answer
        from (select 1) as one left join old on true left join upd on true
      `.execute(db);
      const row = rows[0]!;
      if (gate && row.hits > gate.limit) return { outcome: 'rate_limited' as const };
      if (row.answer && row.answer_enc) {
        return { outcome: 'read' as const, id: row.id!, enc: row.answer_enc, answer: row.answer };
      }
      if (!row.state) return { outcome: 'unavailable' as const };
      return { outcome: 'not_read' as const, state: row.state, expiresAt: row.expires_at! };
    },

    /** Rows of these manage hashes, counted against the status budget. */
    async findByManageHashes(hashes: Uint8Array[], gate: RateGate | null = null) {
      const { rows } = await sql<{
        hits: number;
        id: Uint8Array | null;
        manage_hash: Uint8Array;
        state: RequestState;
        created_at: Date;
        expires_at: Date;
        answered_at: Date | null;
        ended_at: Date | null;
      }>`
        with rl as (${rateCte(gate)})
        select (select hits from rl)::int as hits, r.id, r.manage_hash, r.state, r.created_at,
          r.expires_at, r.answered_at, r.ended_at
        from (select 1) as one
        left join request r on r.manage_hash in (${sql.join(hashes)})
          and (select hits from rl) <= ${limitOf(gate)}
      `.execute(db);
      return gatedRows(rows, gate);
    },

    /** The state afterwards (null: no such request), and whether this call revoked it. */
    async revoke(manageHash: Uint8Array, now: Date, gate: RateGate | null = null) {
      const { rows } = await sql<{
        hits: number;
        state: RequestState | null;
        expires_at: Date;
        changed: boolean;
      }>`
        with rl as (${rateCte(gate)}),
        upd as (
          update request set state = 'revoked', note_iv = null, note = null,
            answer_enc = null, answer = null, ended_at = ${now}
          where manage_hash = ${manageHash} and state in ('waiting', 'answered')
            and expires_at > ${now} and (select hits from rl) <= ${limitOf(gate)}
          returning state, expires_at
        ),
        found as (
          select state, expires_at, true as changed from upd
          union all
          select state, expires_at, false as changed from request
          where manage_hash = ${manageHash} and not exists (select 1 from upd)
            and (select hits from rl) <= ${limitOf(gate)}
        )
        select (select hits from rl)::int as hits, found.state, found.expires_at, found.changed
        from (select 1) as one left join found on true
      `.execute(db);
      const r = rows[0]!;
      if (gate && r.hits > gate.limit) return 'rate_limited' as const;
      if (!r.state) return null;
      return { state: r.state, expires_at: r.expires_at, changed: r.changed };
    },

    /** Expires one batch of live requests past their time (SKIP LOCKED: instances share it). */
    async expireBatch(now: Date, batch: number): Promise<number> {
      const r = await sql`
        update request r set state = 'expired', note_iv = null, note = null,
          answer_enc = null, answer = null, ended_at = r.expires_at
        where r.id in (
          select id from request where state in ('waiting', 'answered') and expires_at <= ${now}
          order by expires_at limit ${batch} for update skip locked)
      `.execute(db);
      return Number(r.numAffectedRows ?? 0n);
    },

    /** Deletes one batch of tombstones that ended before `cutoff`. */
    async deleteTombstones(cutoff: Date, batch: number): Promise<number> {
      const r = await sql`
        delete from request where id in (
          select id from request where state in ('read', 'expired', 'revoked')
            and ended_at <= ${cutoff}
          order by ended_at limit ${batch} for update skip locked)
      `.execute(db);
      return Number(r.numAffectedRows ?? 0n);
    },
  };
}

export type RequestRepository = ReturnType<typeof createRequestRepository>;
