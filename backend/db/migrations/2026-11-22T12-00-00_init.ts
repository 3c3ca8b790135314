// Frozen: a released migration is never edited; changes go in a new, later-named file.
import { sql, type Kysely } from 'kysely';

/**
 * The lifecycle's one invariant, kept by the database itself: pending rows hold the secret,
 * terminal rows (tombstones) hold none of it. Exported for v2's down(), which puts back exactly
 * this; the text is this migration's, frozen with it (moved out of up() unchanged, so up()
 * runs the same SQL; tests/integration/migrations.test.ts checks that each down() undoes its up()).
 */
export const SECRET_MATERIAL_MATCHES_STATE = sql`(state = 'pending' and ciphertext is not null and iv is not null and salt is not null
           and verifier is not null and ended_at is null)
       or (state <> 'pending' and ciphertext is null and iv is null and salt is null
           and verifier is null and ended_at is not null)`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('secret')
    .addColumn('id', 'bytea', (c) => c.primaryKey().check(sql`octet_length(id) = 16`))
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state in ('pending','viewed','destroyed','expired','revoked')`),
    )
    .addColumn('ciphertext', 'bytea')
    .addColumn('iv', 'bytea')
    .addColumn('salt', 'bytea')
    .addColumn('verifier', 'bytea')
    .addColumn('manage_hash', 'bytea', (c) => c.notNull().unique())
    .addColumn('kdf_m', 'integer', (c) => c.notNull())
    .addColumn('kdf_t', 'integer', (c) => c.notNull())
    .addColumn('kdf_p', 'integer', (c) => c.notNull())
    .addColumn('max_views', 'integer', (c) => c.notNull())
    .addColumn('views_left', 'integer', (c) => c.notNull())
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('attempts_left', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ended_at', 'timestamptz')
    .addCheckConstraint('secret_material_matches_state', SECRET_MATERIAL_MATCHES_STATE)
    .execute();

  // The purge job reads only what it must: pending rows past expiry, tombstones past retention.
  await db.schema
    .createIndex('secret_pending_expiry')
    .on('secret')
    .column('expires_at')
    .where(sql.ref('state'), '=', 'pending')
    .execute();
  await db.schema
    .createIndex('secret_ended')
    .on('secret')
    .column('ended_at')
    .where(sql.ref('state'), '<>', 'pending')
    .execute();

  await db.schema
    .createTable('secret_event')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('secret_id', 'bytea', (c) => c.notNull().references('secret.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('hint', 'text')
    .execute();
  await db.schema
    .createIndex('secret_event_by_secret')
    .on('secret_event')
    .columns(['secret_id', 'id'])
    .execute();

  await db.schema
    .createTable('rate_limit')
    .addColumn('bucket', 'text', (c) => c.notNull())
    .addColumn('window_start', 'timestamptz', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_limit_pk', ['bucket', 'window_start'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rate_limit').execute();
  await db.schema.dropTable('secret_event').execute();
  await db.schema.dropTable('secret').execute();
}
