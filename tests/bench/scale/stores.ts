// The scale benchmark's databases: a fresh PostgreSQL database or PGlite data directory each,
// with the repository over the backend's own pool, raw SQL beside it, and queries about its size.
import { CompiledQuery } from 'kysely';
import pg from 'pg';
import { connect, type DbHandle } from '../../../backend/db/connect';
import { migrateToLatest } from '../../../backend/db/migrator';
import { createSecretRepository, type SecretRepository } from '../../../backend/secrets/repository';
import type { DatabaseKind } from '../args';
import { freshPostgres, tempDir } from '../databases';
import { POOL_SIZE } from './settings';

export interface Store {
  kind: DatabaseKind;
  /** "10k", "1M": the pending rows it was filled with. */
  label: string;
  /** PostgreSQL database name (CPU accounting) or PGlite data directory. */
  name: string;
  handle: DbHandle;
  repo: SecretRepository;
  /** Raw SQL outside the pool (fills, VACUUM, planning queries): no statement timeout. */
  exec(text: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export async function postgresStore(adminUrl: string, name: string, label: string): Promise<Store> {
  const fresh = await freshPostgres(adminUrl, true, name);
  const handle = await connect({
    databaseUrl: fresh.url,
    poolSize: POOL_SIZE,
    onPoolError: () => {},
  });
  const client = new pg.Client({ connectionString: fresh.url });
  client.on('error', () => {});
  await client.connect();
  return {
    kind: 'postgres',
    label,
    name,
    handle,
    repo: createSecretRepository(handle.db),
    exec: async (text, params) => (await client.query(text, params)).rows,
    async close() {
      await client.end().catch(() => {});
      await handle.close().catch(() => {});
      await fresh.drop();
    },
  };
}

export async function pgliteStore(label: string): Promise<Store> {
  const tmp = tempDir('oncelink-bench-scale-');
  const handle = await connect({ dataDir: tmp.dir });
  await migrateToLatest(handle.db);
  return {
    kind: 'pglite',
    label,
    name: tmp.dir,
    handle,
    repo: createSecretRepository(handle.db),
    exec: async (text, params) =>
      (await handle.db.executeQuery(CompiledQuery.raw(text, params ?? []))).rows as Record<
        string,
        unknown
      >[],
    async close() {
      await handle.close().catch(() => {});
      tmp.remove();
    },
  };
}

export interface StoreSizes {
  pending: number;
  tombstones: number;
  events: number;
  secretHeapBytes: number;
  secretIndexBytes: number;
  eventBytes: number;
  databaseBytes: number;
}

export async function sizes(store: Store): Promise<StoreSizes> {
  const [r] = await store.exec(`
    select (select count(*) from secret where state = 'pending')::int as pending,
      (select count(*) from secret where state <> 'pending')::int as tombstones,
      (select count(*) from secret_event)::int as events,
      pg_relation_size('secret')::float8 as "secretHeapBytes",
      pg_indexes_size('secret')::float8 as "secretIndexBytes",
      pg_total_relation_size('secret_event')::float8 as "eventBytes",
      pg_database_size(current_database())::float8 as "databaseBytes"`);
  return r as unknown as StoreSizes;
}

export async function rowCount(store: Store, where = 'true'): Promise<number> {
  const [r] = await store.exec(`select count(*)::int as n from secret where ${where}`);
  return Number(r!.n);
}

/** The k-th smallest expires_at of pending rows, rounded up to the millisecond (the clock at
 * which exactly about k rows are due), and likewise the k-th smallest ended_at of tombstones. */
export async function kthMs(store: Store, column: 'expires_at' | 'ended_at', k: number) {
  const where = column === 'expires_at' ? `state = 'pending'` : `state <> 'pending'`;
  const [r] = await store.exec(
    `select (floor(extract(epoch from ${column}) * 1000) + 1)::float8 as ms
     from secret where ${where} order by ${column} offset $1 limit 1`,
    [k - 1],
  );
  if (!r) throw new Error(`fewer than ${k} rows for ${column}`);
  return Number(r.ms);
}
