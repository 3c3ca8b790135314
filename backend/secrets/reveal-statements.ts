// Reveal and ack, one statement each (docs/architecture.md#one-statement-a-request). The link
// proof is checked in the WHERE clause that finds the row, so a missing or wrong proof is, to
// the database as to the caller, the same as an id that does not exist: no lock, no write, no
// event, the same statement text. Receipts and the grace: docs/protocol.md#grace.
import { sql, type Kysely } from 'kysely';
import type { SecretState } from '../../shared/schemas';
import type { Database } from '../db/types';
import { limitOf, rateCte, type RateGate } from './rate-gate';

/** Live receipts a record keeps at most: past this a reveal that would add one is refused. */
export const MAX_LIVE_RECEIPTS = 256;

export interface RevealArgs {
  id: Uint8Array;
  /** SHA-256 of the submitted authKey. */
  verifier: Uint8Array;
  /** SHA-256 of the submitted link proof (of an empty one when none was sent: never matches). */
  linkVerifier: Uint8Array;
  /** SHA-256 of the receipt and until when it may be retried; null: no receipt, or grace off. */
  receipt: { hash: Uint8Array; until: Date } | null;
  now: Date;
}

export type RevealOutcome =
  | { outcome: 'rate_limited' }
  | { outcome: 'unavailable' }
  | { outcome: 'receipts_full'; retryAt: Date }
  | { outcome: 'wrong'; attemptsLeft: number }
  | {
      outcome: 'revealed' | 'replayed';
      ciphertext: Uint8Array;
      iv: Uint8Array;
      viewsLeft: number;
    };

// The row a v2 caller may touch: a v1 record (no verifier) takes any proof, or none.
const PROVEN = (proof: Uint8Array) => sql`(link_verifier is null or link_verifier = ${proof})`;

// The receipts still live at `now`, in order, as (h, u, n) rows.
const LIVE = (now: Date) =>
  sql`unnest(s.receipt_hashes, s.receipt_until) with ordinality as r(h, u, n) where r.u > ${now}`;

export function createRevealStatements(db: Kysely<Database>) {
  return {
    /**
     * Verify and burn in one statement. The `old` CTE locks the row (FOR UPDATE): concurrent
     * reveals of one secret queue on that lock, and each re-reads the row once it is free, so
     * views and attempts are spent exactly once, and a receipt recorded by one is seen by the
     * next (a retry never spends a second view), also across instances sharing the database.
     */
    async reveal(a: RevealArgs, gate: RateGate | null, hint: string | null) {
      const rh = a.receipt?.hash ?? null;
      const until = a.receipt?.until ?? null;
      const { rows } = await sql<{
        hits: number;
        act: 'replay' | 'none' | 'full' | 'view' | 'wrong' | null;
        views_left: number | null;
        attempts_left: number | null;
        ciphertext: Uint8Array | null;
        iv: Uint8Array | null;
        retry_at: Date | null;
      }>`
        with rl as (${rateCte(gate)}),
        old as (
          select s.id, s.state, s.ciphertext, s.iv, s.views_left, s.attempts_left,
            s.verifier = ${a.verifier} as ok,
            exists (select 1 from ${LIVE(a.now)} and r.h = ${rh}::bytea) as known,
            (select count(*) from ${LIVE(a.now)}) as live,
            (select min(r.u) from ${LIVE(a.now)}) as oldest
          from secret s
          where s.id = ${a.id} and ${PROVEN(a.linkVerifier)}
            and ((s.state = 'pending' and s.expires_at > ${a.now})
              or (s.state = 'viewed' and s.grace_until > ${a.now}))
            and (select hits from rl) <= ${limitOf(gate)}
          for update
        ),
        act as (
          select old.*, case
            when old.ok and old.known then 'replay'
            when old.state <> 'pending' then 'none'
            when old.ok and ${rh}::bytea is not null and old.live >= ${MAX_LIVE_RECEIPTS}
              then 'full'
            when old.ok then 'view' else 'wrong' end as act
          from old
        ),
        step as (
          -- From the locked row's values (old re-reads the row once its lock is free); a plain
          -- join of secret here would see the statement's snapshot, older than the lock.
          select act.id, act.act, act.act = 'view' and ${rh}::bytea is not null as keeps,
            case when act.act = 'view' then act.views_left <= 1 else act.attempts_left <= 1 end
              as terminal
          from act
          where act.act in ('view', 'wrong')
        ),
        upd as (
          update secret s set
            views_left = s.views_left - case when step.act = 'view' then 1 else 0 end,
            attempts_left = s.attempts_left - case when step.act = 'view' then 0 else 1 end,
            state = case when not step.terminal then 'pending'
                         when step.act = 'view' then 'viewed' else 'destroyed' end,
            ciphertext = case when step.terminal and not step.keeps then null
                              else s.ciphertext end,
            iv = case when step.terminal and not step.keeps then null else s.iv end,
            verifier = case when step.terminal and not step.keeps then null else s.verifier end,
            salt = case when step.terminal then null else s.salt end,
            ended_at = case when step.terminal then ${a.now}::timestamptz else null end,
            grace_until = case when step.terminal and step.keeps then ${until}::timestamptz
                               else null end,
            receipt_hashes = case when step.terminal and not step.keeps then null
              when step.keeps then array(select r.h from ${LIVE(a.now)} order by r.n)
                || ${rh}::bytea
              else s.receipt_hashes end,
            receipt_until = case when step.terminal and not step.keeps then null
              when step.keeps then array(select r.u from ${LIVE(a.now)} order by r.n)
                || ${until}::timestamptz
              else s.receipt_until end
          from step
          where s.id = step.id
          returning s.id, step.act, s.state, s.views_left, s.attempts_left
        ),
        ev as (
          insert into secret_event (secret_id, type, at, hint)
          select upd.id, t.type, ${a.now}, ${hint}
          from upd cross join lateral (values
            (case when upd.act = 'view' then 'viewed' else 'attempt_failed' end),
            (case when upd.state = 'destroyed' then 'destroyed' end)) as t(type)
          where t.type is not null
        )
        select (select hits from rl)::int as hits, act.act,
          coalesce(upd.views_left, act.views_left) as views_left, upd.attempts_left,
          act.ciphertext, act.iv, act.oldest as retry_at
        from (select 1) as one left join act on true left join upd on true
      `.execute(db);
      return toOutcome(rows[0]!, gate);
    },

    /**
     * The recipient has decrypted: forget its receipt, and when a viewed record has no live
     * receipt left, null what it kept at once. Wrong proof or unknown receipt: nothing changes.
     */
    async ack(id: Uint8Array, linkVerifier: Uint8Array, receiptHash: Uint8Array, now: Date) {
      await sql`
        with old as (
          select s.id, s.state,
            array(select r.h from ${LIVE(now)} and r.h <> ${receiptHash} order by r.n) as hs,
            array(select r.u from ${LIVE(now)} and r.h <> ${receiptHash} order by r.n) as us
          from secret s
          where s.id = ${id} and ${PROVEN(linkVerifier)} and ${receiptHash} = any(s.receipt_hashes)
          for update
        )
        update secret s set
          receipt_hashes = case when old.state = 'viewed' and cardinality(old.hs) = 0 then null
                                else old.hs end,
          receipt_until = case when old.state = 'viewed' and cardinality(old.hs) = 0 then null
                               else old.us end,
          ciphertext = case when old.state = 'viewed' and cardinality(old.hs) = 0 then null
                            else s.ciphertext end,
          iv = case when old.state = 'viewed' and cardinality(old.hs) = 0 then null else s.iv end,
          verifier = case when old.state = 'viewed' and cardinality(old.hs) = 0 then null
                          else s.verifier end,
          grace_until = case when old.state = 'viewed' and cardinality(old.hs) = 0 then null
                             else s.grace_until end
        from old
        where s.id = old.id
      `.execute(db);
    },
  };
}

function toOutcome(
  r: {
    hits: number;
    act: string | null;
    views_left: number | null;
    attempts_left: number | null;
    ciphertext: Uint8Array | null;
    iv: Uint8Array | null;
    retry_at: Date | null;
  },
  gate: RateGate | null,
): RevealOutcome {
  if (gate && r.hits > gate.limit) return { outcome: 'rate_limited' };
  switch (r.act) {
    case 'view':
    case 'replay':
      return {
        outcome: r.act === 'view' ? 'revealed' : 'replayed',
        ciphertext: r.ciphertext!,
        iv: r.iv!,
        viewsLeft: r.views_left!,
      };
    case 'wrong':
      return { outcome: 'wrong', attemptsLeft: r.attempts_left! };
    case 'full':
      return { outcome: 'receipts_full', retryAt: new Date(r.retry_at!) };
    default:
      return { outcome: 'unavailable' };
  }
}

export type { SecretState };
