// Frozen: a released migration is never edited; changes go in a new, later-named file.
// Protocol v2 (docs/protocol.md#link-proof, #grace): a record made with a link verifier answers
// only callers that prove the whole link; a reveal's answer can be asked for again, by the same
// receipt, for a short grace after the last view was spent.
import { sql, type Kysely } from 'kysely';
import { SECRET_MATERIAL_MATCHES_STATE } from './2026-11-22T12-00-00_init';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('secret')
    // SHA-256 of the link proof; NULL for a record made by a v1 client (no proof to check).
    .addColumn('link_verifier', 'bytea', (c) => c.check(sql`octet_length(link_verifier) = 32`))
    // SHA-256 of each receipt a view was spent with, and until when it may be asked for again
    // (parallel arrays: one statement reads and rewrites them under the row lock).
    .addColumn('receipt_hashes', sql`bytea[]`)
    .addColumn('receipt_until', sql`timestamptz[]`)
    // Set only in the grace state: a viewed record still holding ciphertext for a retry.
    .addColumn('grace_until', 'timestamptz')
    .execute();

  await db.schema.alterTable('secret').dropConstraint('secret_material_matches_state').execute();
  // The lifecycle's invariant, kept by the database itself: pending rows hold the secret; a
  // viewed row within its grace holds ciphertext, iv and verifier (never the salt) and a
  // grace_until; every other terminal row (a tombstone) holds no secret material and no receipts.
  await db.schema
    .alterTable('secret')
    .addCheckConstraint(
      'secret_material_matches_state',
      sql`(state = 'pending' and ciphertext is not null and iv is not null and salt is not null
           and verifier is not null and ended_at is null and grace_until is null)
       or (state = 'viewed' and grace_until is not null and ciphertext is not null
           and iv is not null and verifier is not null and salt is null and ended_at is not null)
       or (state <> 'pending' and grace_until is null and ciphertext is null and iv is null
           and salt is null and verifier is null and receipt_hashes is null
           and receipt_until is null and ended_at is not null)`,
    )
    .execute();
  await db.schema
    .alterTable('secret')
    .addCheckConstraint(
      'secret_receipts_paired',
      sql`coalesce(cardinality(receipt_hashes), -1) = coalesce(cardinality(receipt_until), -1)`,
    )
    .execute();

  // The purge job finds ended graces without reading every tombstone.
  await db.schema
    .createIndex('secret_grace')
    .on('secret')
    .column('grace_until')
    .where(sql.ref('grace_until'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('secret_grace').execute();
  await db.schema.alterTable('secret').dropConstraint('secret_receipts_paired').execute();
  await db.schema.alterTable('secret').dropConstraint('secret_material_matches_state').execute();
  // Rows in their grace would break v1's invariant: end them as the purge would.
  await sql`update secret set ciphertext = null, iv = null, verifier = null
    where grace_until is not null`.execute(db);
  await db.schema
    .alterTable('secret')
    // v1's invariant, as the init migration made it.
    .addCheckConstraint('secret_material_matches_state', SECRET_MATERIAL_MATCHES_STATE)
    .execute();
  await db.schema
    .alterTable('secret')
    .dropColumn('grace_until')
    .dropColumn('receipt_until')
    .dropColumn('receipt_hashes')
    .dropColumn('link_verifier')
    .execute();
}
