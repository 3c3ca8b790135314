// The databases every integration test runs against: embedded PGlite always, and the real
// PostgreSQL at TEST_DATABASE_URL. In CI a missing or unreachable PostgreSQL fails the run;
// elsewhere its suites are skipped with the reason printed.
import { randomBytes } from 'node:crypto';
import { connect, type DbHandle } from '../../backend/db/connect';
import { migrateToLatest } from '../../backend/db/migrator';
import { createDatabase } from './postgres-admin';

/** A fresh, migrated database of a test's own: its pool, its URL (PostgreSQL), and its end. */
export interface CreatedDatabase {
  handle: DbHandle;
  url: string | undefined;
  drop(): Promise<void>;
}

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  create(): Promise<CreatedDatabase>;
  /** Another pool on the same database: a second backend instance. */
  connectAgain(url: string | undefined): Promise<DbHandle>;
}

const PG_URL = process.env.TEST_DATABASE_URL;

if (!PG_URL && process.env.CI) {
  throw new Error(
    'TEST_DATABASE_URL is not set: CI must run the integration tests on PostgreSQL too',
  );
}
if (!PG_URL) {
  console.warn('TEST_DATABASE_URL is not set: PostgreSQL suites are skipped (PGlite suites run).');
}

/** Embedded PGlite, in memory: always there, for suites that need no second database. */
export const pglite: TestDatabase = {
  name: 'pglite',
  async create() {
    const handle = await connect({ dataDir: 'memory://' });
    await migrateToLatest(handle.db);
    return { handle, url: undefined, drop: () => handle.close() };
  },
  async connectAgain() {
    throw new Error('PGlite is one in-process database: a second instance cannot share it');
  },
};

const postgres: TestDatabase = {
  name: 'postgres',
  async create() {
    const created = await createDatabase(
      PG_URL!,
      `oncelink_test_${randomBytes(6).toString('hex')}`,
    );
    const handle = await connect({ databaseUrl: created.url, poolSize: 20 });
    await migrateToLatest(handle.db);
    return {
      handle,
      url: created.url,
      async drop() {
        await handle.close();
        await created.drop();
      },
    };
  },
  async connectAgain(url) {
    return connect({ databaseUrl: url, poolSize: 20 });
  },
};

export const testDatabases: TestDatabase[] = PG_URL ? [pglite, postgres] : [pglite];
export const postgresOnly: TestDatabase[] = PG_URL ? [postgres] : [];
