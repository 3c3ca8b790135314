// Frozen: a released migration is never edited; changes go in a new, later-named file.
// Which known link previewer or scanner caused an event (shared/previewers.ts): its id only,
// never the User-Agent it was told by. A nullable column without a default: no table rewrite.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('secret_event')
    .addColumn('previewer', 'text', (c) => c.check(sql`previewer ~ '^[a-z0-9-]{1,32}$'`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('secret_event').dropColumn('previewer').execute();
}
