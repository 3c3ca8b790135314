// One Kysely instance over either a real PostgreSQL (pg pool) or embedded PGlite.
// Same migrations, same queries: PGlite is PostgreSQL compiled to WebAssembly, and runs in a
// thread of its own (pglite-thread.ts) so that its statements never stop the HTTP thread.
import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { startPgliteThread } from './pglite-thread';
import { prepareStatements } from './prepared';
import type { Database } from './types';

export interface DbHandle {
  db: Kysely<Database>;
  kind: 'postgres' | 'pglite';
  /** Pool statistics for readiness and metrics (PGlite has one in-process connection). */
  poolStats(): { total: number; idle: number; waiting: number };
  close(): Promise<void>;
}

export interface ConnectOptions {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  poolSize?: number;
  /** Called with pool-level errors (a dropped idle connection), which must not crash the process. */
  onPoolError?: (err: Error) => void;
  /** PGlite: told of each vacuum or analyze the embedded database ran (or failed to run). */
  onMaintenance?: (m: { tables: string[]; ms: number; error?: string }) => void;
  /** PGlite: seconds between looks at the statistics for autovacuum (default 10; 0: never). */
  maintenanceSeconds?: number;
}

export async function connect(opts: ConnectOptions): Promise<DbHandle> {
  if (opts.databaseUrl) return connectPostgres(opts.databaseUrl, opts);
  return connectPglite(opts);
}

function connectPostgres(url: string, opts: ConnectOptions): DbHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.poolSize ?? 10,
    // Fail fast while the database is down, so clients get SERVICE_UNAVAILABLE instead of a hang.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    // A statement stuck on a lock never outlives a request.
    statement_timeout: 10_000,
  });
  // Without a listener, an idle client's error (server restart) would crash the process.
  pool.on('error', (err) => opts.onPoolError?.(err));
  // The pool listens only to idle clients: a connection cut while checked out (between Kysely's
  // acquire and its query, or as it is released) would emit an unhandled 'error' and crash the
  // process. Its query fails on its own and the pool drops the client when it comes back.
  pool.on('connect', (client) => {
    client.on('error', () => {});
    prepareStatements(client);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => db.destroy(),
  };
}

async function connectPglite(opts: ConnectOptions): Promise<DbHandle> {
  const dataDir = opts.dataDir ?? 'memory://';
  // `memory://` keeps everything in memory (tests); a path keeps data across restarts.
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const thread = await startPgliteThread(
    { dataDir, maintenanceSeconds: opts.maintenanceSeconds ?? 10 },
    opts.onMaintenance,
  );
  const db = new Kysely<Database>({ dialect: thread.dialect });
  return {
    db,
    kind: 'pglite',
    // One session; statements waiting for it are the thread's queue.
    poolStats: () => {
      const n = thread.inFlight();
      return { total: 1, idle: n ? 0 : 1, waiting: Math.max(0, n - 1) };
    },
    close: async () => {
      await db.destroy();
      await thread.close();
    },
  };
}
