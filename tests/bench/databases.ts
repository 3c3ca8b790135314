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
import type { Statement } from './statements';

/** Drops and removals still owed, run on Ctrl-C so an interrupted run leaves nothing behind. */
export const pendingCleanups = new Set<() => Promise<void> | void>();

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

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
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
    };
  } finally {
    await c.end();
  }
}

/** A fresh, empty database `oncelink_bench_<random>` (migrated or not), and how to drop it. */
export async function freshPostgres(adminUrl: string, migrate: boolean) {
  const name = `oncelink_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl, name);
  if (migrate) {
    const h = await connect({ databaseUrl: url, poolSize: 1 });
    try {
      await migrateToLatest(h.db);
    } finally {
      await h.close();
    }
  }
  const drop = async () => {
    pendingCleanups.delete(drop);
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(`drop database if exists ${name} with (force)`);
    } finally {
      await c.end();
    }
  };
  pendingCleanups.add(drop);
  return { name, url, drop };
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
