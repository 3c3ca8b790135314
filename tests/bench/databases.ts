// The databases a run uses: a fresh PostgreSQL database per target (created and dropped here)
// and a fresh PGlite data directory per target (a temporary directory, removed at the end).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { connect } from '../../backend/db/connect';
import { migrateToLatest } from '../../backend/db/migrator';
import type { Database } from '../../backend/db/types';
import { createDatabase } from '../support/postgres-admin';
import type { Statement } from './statements';

/** Drops and removals still owed, run on Ctrl-C so an interrupted run leaves nothing behind. */
export const pendingCleanups = new Set<() => Promise<void> | void>();

/** Runs every cleanup still owed (on an error, before exiting). */
export const runCleanups = () => Promise.allSettled([...pendingCleanups].map((c) => c()));

/** On Ctrl-C: drop the databases and remove the directories still owed, then exit 130. */
export function cleanUpOnInterrupt(): void {
  process.once('SIGINT', () => {
    console.error('\ninterrupted: dropping benchmark databases and temporary directories');
    void runCleanups().then(() => process.exit(130));
  });
}

/** Ends a benchmark that failed: says why, cleans up, exits 1. */
export async function failed(err: Error): Promise<never> {
  console.error(`\nbenchmark failed: ${err.stack ?? err.message}`);
  await runCleanups();
  process.exit(1);
}

export const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** Where PostgreSQL is, and how we know: env var, or the default if something answers there. */
export async function resolvePostgres(): Promise<{ url: string; from: string } | { skip: string }> {
  const fromEnv = process.env.BENCH_DATABASE_URL
    ? { url: process.env.BENCH_DATABASE_URL, from: 'BENCH_DATABASE_URL' }
    : process.env.TEST_DATABASE_URL
      ? { url: process.env.TEST_DATABASE_URL, from: 'TEST_DATABASE_URL' }
      : { url: DEFAULT_PG_URL, from: 'default' };
  const c = new pg.Client({ connectionString: fromEnv.url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('select 1');
    return fromEnv;
  } catch (err) {
    return {
      skip: `PostgreSQL at ${redact(fromEnv.url)} (${fromEnv.from}) is unreachable: ${(err as Error).message}`,
    };
  } finally {
    await c.end().catch(() => {});
  }
}

export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}

export async function postgresInfo(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const one = async (q: string) => String(Object.values((await c.query(q)).rows[0] ?? {})[0]);
    return {
      version: await one('select version()'),
      serverVersion: await one('show server_version'),
      synchronousCommit: await one('show synchronous_commit'),
      fsync: await one('show fsync'),
      sharedBuffers: await one('show shared_buffers'),
      maxConnections: await one('show max_connections'),
      autovacuum: await one('show autovacuum'),
    };
  } finally {
    await c.end();
  }
}

export type PostgresInfo = Awaited<ReturnType<typeof postgresInfo>> & {
  /** Redacted: no password. */
  url: string;
  from: string;
};

/**
 * The PostgreSQL a run measures, printed with how it is configured; or null, with the reason
 * printed and added to `skipped`.
 */
export async function findPostgres(
  skipped: { database: 'postgres' | 'pglite'; reason: string }[],
): Promise<{ url: string; info: PostgresInfo } | null> {
  const found = await resolvePostgres();
  if ('skip' in found) {
    console.log(`\nPostgreSQL skipped: ${found.skip}`);
    skipped.push({ database: 'postgres', reason: found.skip });
    return null;
  }
  const info = { ...(await postgresInfo(found.url)), url: redact(found.url), from: found.from };
  console.log(
    `\nPostgreSQL ${info.serverVersion} at ${info.url} (${found.from}; synchronous_commit=${info.synchronousCommit}, fsync=${info.fsync}, shared_buffers=${info.sharedBuffers}, autovacuum=${info.autovacuum})`,
  );
  return { url: found.url, info };
}

/** A fresh, empty database (`name`, or `oncelink_bench_<random>`), migrated or not, dropped on
 * Ctrl-C or by its drop(). */
export async function freshPostgres(
  adminUrl: string,
  migrate: boolean,
  name = `oncelink_bench_${randomBytes(5).toString('hex')}`,
) {
  const created = await createDatabase(adminUrl, name);
  const drop = async () => {
    pendingCleanups.delete(drop);
    await created.drop();
  };
  pendingCleanups.add(drop);
  if (migrate) {
    const h = await connect({ databaseUrl: created.url, poolSize: 1 });
    try {
      await migrateToLatest(h.db);
    } finally {
      await h.close();
    }
  }
  return { name, url: created.url, drop };
}

export function tempDir(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => {
    pendingCleanups.delete(remove);
    rmSync(dir, { recursive: true, force: true });
  };
  pendingCleanups.add(remove);
  return { dir, remove };
}

/** Raw statements, no Kysely: a pg.Pool of C connections or the one PGlite instance. */
export interface RawSql {
  query(s: Statement): Promise<{ rows: Record<string, unknown>[]; rowCount: number }>;
  close(): Promise<void>;
}

export function pgRaw(url: string, connections: number): RawSql {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  pool.on('error', () => {});
  return {
    async query(s) {
      const r = await pool.query(s.sql, s.params);
      return { rows: r.rows, rowCount: r.rowCount ?? 0 };
    },
    close: () => pool.end(),
  };
}

export function pgliteRaw(client: PGlite): RawSql {
  return {
    async query(s) {
      const r = await client.query<Record<string, unknown>>(s.sql, s.params);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
    },
    close: async () => {},
  };
}

/**
 * An in-process PGlite on a fresh data directory, migrated, with a Kysely over it built exactly
 * as backend/db/connect.ts builds it (the PGlite client itself is needed for the raw floor).
 */
export async function freshPglite() {
  const tmp = tempDir('oncelink-bench-floor-');
  const client = await PGlite.create(tmp.dir);
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  await migrateToLatest(db);
  return {
    client,
    db,
    dir: tmp.dir,
    async close() {
      await db.destroy();
      tmp.remove();
    },
  };
}
