// Wires one backend instance: database, migrations, service, HTTP server, purge job.
// Instances share nothing but the database, so any number can run side by side.
import { sql } from 'kysely';
import type { Logger } from 'pino';
import { systemClock, type Clock } from './clock';
import type { Config } from './config';
import { connect, type DbHandle } from './db/connect';
import { migrateToLatest } from './db/migrator';
import { createHttpServer } from './http/server';
import { startPurgeJob } from './purge';
import { createSecretRepository } from './secrets/repository';
import { createSecretService } from './secrets/service';

export interface AppOptions {
  clock?: Clock;
  /** Use this database instead of connecting (tests share one PGlite per file). */
  db?: DbHandle;
  /** Run the purge job on a timer (off in tests, which call purgeOnce directly). */
  purge?: boolean;
}

export async function createApp(config: Config, log: Logger, opts: AppOptions = {}) {
  const clock = opts.clock ?? systemClock;
  const handle =
    opts.db ??
    (await connect({
      databaseUrl: config.DATABASE_URL,
      dataDir: config.DATA_DIR,
      poolSize: config.DB_POOL_SIZE,
      onPoolError: (err) => log.warn({ err: { message: err.message } }, 'database connection lost'),
    }));
  await migrateToLatest(handle.db);

  const repo = createSecretRepository(handle.db);
  const secrets = createSecretService(repo, clock, {
    maxExpiry: config.MAX_EXPIRY,
    maxViews: config.MAX_VIEWS,
    maxSecretBytes: config.MAX_SECRET_BYTES,
    rateLimitCreate: config.RATE_LIMIT_CREATE,
    rateLimitReveal: config.RATE_LIMIT_REVEAL,
  });
  const checkReady = async () => {
    try {
      await sql`select 1`.execute(handle.db);
      return true;
    } catch {
      return false;
    }
  };
  const http = createHttpServer({ config, secrets, log, checkReady });
  const purge =
    opts.purge === false
      ? null
      : startPurgeJob({
          repo,
          clock,
          retentionSeconds: config.RETENTION,
          intervalSeconds: config.PURGE_INTERVAL,
          log,
        });

  return {
    server: http.server,
    db: handle,
    repo,
    secrets,
    async listen(): Promise<string> {
      await new Promise<void>((resolve, reject) => {
        http.server.once('error', reject);
        http.server.listen(config.PORT, config.HOST, () => resolve());
      });
      const addr = http.server.address();
      const port = typeof addr === 'object' && addr ? addr.port : config.PORT;
      return `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`;
    },
    /** Graceful stop: refuse new requests, finish in-flight ones, stop purging, close the pool. */
    async close(graceMs = config.SHUTDOWN_GRACE * 1000) {
      await http.drain(graceMs);
      await purge?.stop();
      if (!opts.db) await handle.close();
    },
  };
}

export type App = Awaited<ReturnType<typeof createApp>>;
