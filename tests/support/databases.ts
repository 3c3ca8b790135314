// The databases every integration test runs against: embedded PGlite always, and the real
// PostgreSQL at TEST_DATABASE_URL. In CI a missing or unreachable PostgreSQL fails the run;
// elsewhere its suites are skipped with the reason printed.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect, type DbHandle } from '../../backend/db/connect';
import { migrateToLatest } from '../../backend/db/migrator';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  /** A fresh, migrated database of its own. */
  create(): Promise<{ handle: DbHandle; url: string | undefined; drop(): Promise<void> }>;
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

const pglite: TestDatabase = {
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

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

const postgres: TestDatabase = {
  name: 'postgres',
  async create() {
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    const name = `oncelink_test_${randomBytes(6).toString('hex')}`;
    try {
      await admin.query(`create database ${name}`);
    } finally {
      await admin.end();
    }
    const url = withDatabase(PG_URL!, name);
    const handle = await connect({ databaseUrl: url, poolSize: 20 });
    await migrateToLatest(handle.db);
    return {
      handle,
      url,
      async drop() {
        await handle.close();
        const c = new pg.Client({ connectionString: PG_URL });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  },
  async connectAgain(url) {
    return connect({ databaseUrl: url, poolSize: 20 });
  },
};

export const testDatabases: TestDatabase[] = PG_URL ? [pglite, postgres] : [pglite];
export const postgresOnly: TestDatabase[] = PG_URL ? [postgres] : [];
