// The backends the wrk bench drives, each started once and kept for every round: PostgreSQL with
// WORKERS=1 and WORKERS=2 (a fresh database each), PGlite on a fresh data directory, and PGlite
// on one filled beforehand with 1 M pending secrets (and their events).
import { CompiledQuery, sql } from 'kysely';
import pg from 'pg';
import { connect } from '../../../backend/db/connect';
import { migrateToLatest } from '../../../backend/db/migrator';
import { createViaApi } from '../api';
import { freshPostgres, pgRaw, tempDir } from '../databases';
import { createBody, type Share } from '../inputs';
import { PENDING_SQL } from '../scale/fill';
import { startBackend, type ServerChild } from '../server';
import { seedStatement } from '../statements';
import type { Config } from './phases';
import { wrk } from './wrk';

/** A few seconds of untimed creates, so that no round measures V8 still compiling. */
async function prewarm(server: ServerChild, shares: () => Share[]): Promise<void> {
  const r = await wrk({
    url: `${server.url}/trpc/secret.create`,
    bodies: shares().map(createBody),
    clients: 16,
    seconds: 3,
  });
  if (r.errors) throw new Error(`warming ${server.url} failed: ${r.errors} errors`);
}

export async function postgresConfig(
  adminUrl: string,
  workers: number,
  makeShares: (n: number) => Share[],
): Promise<Config & { stop(): Promise<void> }> {
  const db = await freshPostgres(adminUrl, false);
  const server = await startBackend({ databaseUrl: db.url }, { env: { WORKERS: String(workers) } });
  const raw = pgRaw(db.url, 1);
  const admin = new pg.Client({ connectionString: db.url });
  await admin.connect();
  await prewarm(server, () => makeShares(30_000));
  return {
    name: `postgres W=${workers}`,
    server,
    pgDatabase: db.name,
    async seed(shares) {
      for (let i = 0; i < shares.length; i += 1000) {
        await raw.query(seedStatement(shares.slice(i, i + 1000)));
      }
    },
    async vacuum() {
      await admin.query('vacuum analyze');
    },
    async stop() {
      await admin.end();
      await raw.close();
      await server.stop();
      await db.drop();
    },
  };
}

/** Fills a PGlite data directory with `rows` pending secrets before any backend opens it. */
async function fillPglite(dir: string, rows: number): Promise<void> {
  const h = await connect({ dataDir: dir, maintenanceSeconds: 0 });
  try {
    await migrateToLatest(h.db);
    const chunk = 100_000;
    const t0 = new Date();
    for (let from = 1; from <= rows; from += chunk) {
      const to = Math.min(rows, from + chunk - 1);
      await h.db.executeQuery(CompiledQuery.raw(PENDING_SQL, [t0, from, to]));
      process.stdout.write(
        `\r  filling PGlite: ${to.toLocaleString('en')} of ${rows.toLocaleString('en')}`,
      );
    }
    process.stdout.write('\n');
    await sql`vacuum analyze`.execute(h.db);
  } finally {
    await h.close();
  }
}

export async function pgliteConfig(
  stored: number,
  makeShares: (n: number) => Share[],
): Promise<Config & { stop(): Promise<void> }> {
  const tmp = tempDir('oncelink-bench-wrk-');
  const dir = `${tmp.dir}/pglite`;
  if (stored > 0) await fillPglite(dir, stored);
  const server = await startBackend({ dataDir: dir });
  await prewarm(server, () => makeShares(20_000));
  const label = stored >= 1e6 ? `${stored / 1e6} M` : `${stored / 1e3} k`;
  return {
    name: stored ? `pglite ${label} rows` : 'pglite',
    server,
    pgDatabase: null,
    // Its data directory belongs to the backend: shares for reveals go through the API.
    seed: (shares) => createViaApi(server.url, shares),
    // The backend's own autovacuum (backend/db/autovacuum.ts) keeps the embedded database.
    async vacuum() {},
    async stop() {
      await server.stop();
      tmp.remove();
    },
  };
}
