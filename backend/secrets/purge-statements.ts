// The purge job's statements: expire what is past its time, delete old tombstones, drop spent
// rate-limit windows. Each works in batches, so one run never holds many rows at once.
import { sql, type Kysely } from 'kysely';
import type { EventType } from '../../shared/schemas';
import type { Database } from '../db/types';

export function createPurgeStatements(db: Kysely<Database>) {
  return {
    /** Expires one batch of pending rows past their time. SKIP LOCKED lets several instances
     * purge at once without waiting on each other or on a reveal in flight. */
    async expireBatch(now: Date, batch: number): Promise<number> {
      const r = await sql`
        with due as (
          select id from secret where state = 'pending' and expires_at <= ${now}
          order by expires_at limit ${batch} for update skip locked
        ),
        upd as (
          update secret s set state = 'expired', ciphertext = null, iv = null, salt = null,
            verifier = null, receipt_hashes = null, receipt_until = null, ended_at = s.expires_at
          from due where s.id = due.id
          returning s.id, s.expires_at
        )
        insert into secret_event (secret_id, type, at)
        select id, ${'expired' satisfies EventType}, expires_at from upd
      `.execute(db);
      return Number(r.numAffectedRows ?? 0n);
    },

    /** Ends one batch of graces past their time (docs/protocol.md#grace): the ciphertext kept
     * for a retry goes. Reads already refuse an ended grace; this removes the bytes. */
    async endGraceBatch(now: Date, batch: number): Promise<number> {
      const r = await sql`
        with due as (
          select id from secret where grace_until is not null and grace_until <= ${now}
          order by grace_until limit ${batch} for update skip locked
        )
        update secret s set ciphertext = null, iv = null, verifier = null, grace_until = null,
          receipt_hashes = null, receipt_until = null
        from due where s.id = due.id
      `.execute(db);
      return Number(r.numAffectedRows ?? 0n);
    },

    /** Deletes one batch of tombstones that ended before `cutoff` (events go with them). */
    async deleteTombstones(cutoff: Date, batch: number): Promise<number> {
      // Ordered, so the planner walks the secret_ended index and stops at the batch size; an
      // unordered bitmap scan would gather every due entry, and re-read the dead ones on every
      // run until VACUUM (docs/bench/scale.md).
      const r = await sql`
        delete from secret where id in (
          select id from secret where state <> 'pending' and ended_at <= ${cutoff}
          order by ended_at limit ${batch} for update skip locked)
      `.execute(db);
      return Number(r.numAffectedRows ?? 0n);
    },

    async deleteRateWindows(before: Date): Promise<number> {
      const r = await db
        .deleteFrom('rate_limit')
        .where('window_start', '<', before)
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
