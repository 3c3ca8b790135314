// Each migration's down() undoes its up() exactly: migrated down one step at a time from the
// latest schema, then up again from nothing, the database at each step is the same, as
// PostgreSQL itself writes it out (columns, constraints, indexes). So a down() that puts back
// an older constraint (v2's puts back init's) puts back that one, to the letter.
import { Migrator, NO_MIGRATIONS, sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../backend/db/migrations/index';
import { testDatabases } from '../support/databases';

/** The public schema as text, without Kysely's own bookkeeping tables. */
async function schemaOf(db: Kysely<unknown>): Promise<unknown[]> {
  const rows = await sql<Record<string, unknown>>`
    select 'column' as what, table_name || '.' || column_name as name,
           concat_ws(' ', data_type, is_nullable, column_default) as def
      from information_schema.columns
     where table_schema = 'public' and table_name not like 'kysely_%'
    union all
    select 'constraint', conrelid::regclass::text || '.' || conname, pg_get_constraintdef(oid)
      from pg_constraint
     where connamespace = 'public'::regnamespace and conrelid::regclass::text not like 'kysely_%'
    union all
    select 'index', indexname, indexdef
      from pg_indexes
     where schemaname = 'public' and tablename not like 'kysely_%'
    order by 1, 2`.execute(db);
  return rows.rows;
}

for (const database of testDatabases) {
  // Every migration down and up again: on PGlite on a loaded machine, close to half a minute.
  describe(`migrations on ${database.name}`, { timeout: 90_000 }, () => {
    it('down from each migration gives back the schema migrating up to the one before gave', async () => {
      const created = await database.create();
      try {
        const db = created.handle.db as Kysely<unknown>;
        const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
        const names = Object.keys(migrations);
        const down: unknown[][] = [await schemaOf(db)];
        for (let i = names.length - 1; i >= 0; i--) {
          const { error } = await migrator.migrateDown();
          expect(error).toBeUndefined();
          down.unshift(await schemaOf(db));
        }
        expect(down[0]).toEqual([]);
        for (let i = 0; i < names.length; i++) {
          const { error } = await migrator.migrateTo(names[i]!);
          expect(error).toBeUndefined();
          expect(await schemaOf(db), `after ${names[i]}`).toEqual(down[i + 1]);
        }
        await migrator.migrateTo(NO_MIGRATIONS);
        expect(await schemaOf(db)).toEqual([]);
      } finally {
        await created.drop();
      }
    });
  });
}
