// Frozen: a released migration is never edited; changes go in a new, later-named file.
// Secret requests (docs/protocol.md#requests): the note's ciphertext while the request waits,
// then the answer's until it is read; never both, and neither once the request has ended.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('request')
    .addColumn('id', 'bytea', (c) => c.primaryKey().check(sql`octet_length(id) = 16`))
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state in ('waiting','answered','read','expired','revoked')`),
    )
    .addColumn('note_iv', 'bytea')
    .addColumn('note', 'bytea')
    // SHA-256 of the link proof: not key material (the proof is only a password for the API),
    // kept in tombstones so whoever holds the whole link learns "answered" or "expired".
    .addColumn('link_verifier', 'bytea', (c) =>
      c.notNull().check(sql`octet_length(link_verifier) = 32`),
    )
    .addColumn('manage_hash', 'bytea', (c) => c.notNull().unique())
    .addColumn('answer_enc', 'bytea')
    .addColumn('answer', 'bytea')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('answered_at', 'timestamptz')
    .addColumn('ended_at', 'timestamptz')
    // The lifecycle's invariant, kept by the database itself: a waiting row holds the note, an
    // answered row the answer, and a row that has ended (a tombstone) holds neither.
    .addCheckConstraint(
      'request_material_matches_state',
      sql`(state = 'waiting' and note_iv is not null and note is not null
           and answer_enc is null and answer is null and answered_at is null and ended_at is null)
       or (state = 'answered' and note_iv is null and note is null
           and answer_enc is not null and answer is not null and answered_at is not null
           and ended_at is null)
       or (state in ('read', 'expired', 'revoked') and note_iv is null and note is null
           and answer_enc is null and answer is null and ended_at is not null)`,
    )
    .execute();

  // The purge job reads only what it must: live rows past expiry, tombstones past retention.
  await db.schema
    .createIndex('request_live_expiry')
    .on('request')
    .column('expires_at')
    .where(sql<boolean>`state in ('waiting', 'answered')`)
    .execute();
  await db.schema
    .createIndex('request_ended')
    .on('request')
    .column('ended_at')
    .where(sql<boolean>`state in ('read', 'expired', 'revoked')`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('request').execute();
}
