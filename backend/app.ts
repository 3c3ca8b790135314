// Wires one backend instance: database, migrations, service, HTTP server, purge job.
// Instances share nothing but the database, so any number can run side by side.
import { sql } from 'kysely';
import type { Logger } from 'pino';
import { systemClock, type Clock } from './clock';
import type { Config } from './config';
import { connect, type DbHandle } from './db/connect';
import { migrateToLatest } from './db/migrator';
import { createBrandRoutes, loadBrand } from './http/brand';
import { writeHomeSettings } from './http/home-page';
import { createPageRoutes, SECURITY_HEADERS } from './http/page-routes';
import { createHttpServer, type ApiPaths, type HttpTimeouts } from './http/server';
import { createMetrics, type MetricsOptions } from './metrics';
import { purgeOnce, startPurgeJob } from './purge';
import { createRequestRepository } from './requests/repository';
import { createRequestService } from './requests/service';
import { createSecretRepository } from './secrets/repository';
import { createSecretService } from './secrets/service';
import { pendingBytes } from './secrets/space-gate';

export interface AppOptions {
  clock?: Clock;
  /** Use this database instead of connecting (tests share one PGlite per file). */
  db?: DbHandle;
  /** Run the purge job on a timer (off in tests, which call purgeOnce directly). */
  purge?: boolean;
  /** The built recipient page (default PAGE_DIR, or dist/page from `npm run build:page`). */
  pageDir?: string;
  /** Process metrics (CPU, memory, event loop) on /metrics; on unless false. */
  processMetrics?: boolean;
  /** Header and request timeouts of the HTTP server (default 10 s and 30 s; tests shorten them). */
  httpTimeouts?: HttpTimeouts;
  /** How /metrics renders (a cluster worker asks for every worker's sum: cluster.ts). */
  aggregateMetrics?: MetricsOptions['aggregate'];
  /** Which API paths serve calls (default both: tests compare the lean one with the standard). */
  apiPaths?: ApiPaths;
}

/** /readyz answers within this, database or not (a partitioned database never refuses). */
const READY_TIMEOUT_MS = 2_000;

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

  const metrics = createMetrics({
    poolStats: () => handle.poolStats(),
    poolMax: handle.kind === 'postgres' ? config.DB_POOL_SIZE : 1,
    processMetrics: opts.processMetrics,
    aggregate: opts.aggregateMetrics,
    storage: { pendingBytes: () => pendingBytes(handle.db), max: config.MAX_PENDING_BYTES },
  });
  const storage = { maxPendingBytes: config.MAX_PENDING_BYTES };
  const rateLimits = {
    rateLimitCreate: config.RATE_LIMIT_CREATE,
    rateLimitReveal: config.RATE_LIMIT_REVEAL,
    rateLimitPeek: config.RATE_LIMIT_PEEK,
    rateLimitStatus: config.RATE_LIMIT_STATUS,
    rateLimitRevoke: config.RATE_LIMIT_REVOKE,
  };
  const repo = createSecretRepository(handle.db, storage);
  const secrets = createSecretService(
    repo,
    clock,
    {
      maxExpiry: config.MAX_EXPIRY,
      maxViews: config.MAX_VIEWS,
      maxSecretBytes: config.MAX_SECRET_BYTES,
      ...rateLimits,
      revealGrace: config.REVEAL_GRACE,
    },
    (event) => metrics.share(event),
  );
  const requestRepo = createRequestRepository(handle.db, storage);
  const requests = createRequestService(
    requestRepo,
    clock,
    {
      maxExpiry: config.MAX_EXPIRY,
      maxSecretBytes: config.MAX_SECRET_BYTES,
      ...rateLimits,
    },
    (event) => metrics.secretRequest(event),
  );
  const checkReady = async () => {
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS);
      });
      await Promise.race([sql`select 1`.execute(handle.db), timeout]);
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  };

  const brand = loadBrand(config);
  const pageRoutes = createPageRoutes({
    dir: opts.pageDir ?? config.PAGE_DIR,
    log,
    transformIndex: (input, page) => {
      let html = input;
      if (brand) {
        const r = brand.transformIndex(html);
        if (r.missing.length) {
          log.warn({ missing: r.missing }, 'the built page lacks branding slots: rebuild it');
        }
        html = r.html;
      }
      if (page !== 'home') return html;
      const r = writeHomeSettings(html, config);
      if (r.missing.length) {
        log.warn({ missing: r.missing }, 'the built home page lacks settings slots: rebuild it');
      }
      return r.html;
    },
  });
  const brandRoutes = createBrandRoutes(brand, SECURITY_HEADERS);
  const http = createHttpServer({
    config,
    secrets,
    requests,
    log,
    checkReady,
    metrics,
    extraRoutes: async (req, res) => brandRoutes(req, res) || pageRoutes(req, res),
    timeouts: opts.httpTimeouts,
    apiPaths: opts.apiPaths,
  });
  const purge =
    opts.purge === false
      ? null
      : startPurgeJob({
          repo,
          requests: requestRepo,
          clock,
          retentionSeconds: config.RETENTION,
          intervalSeconds: config.PURGE_INTERVAL,
          log,
          onRun: (r) => metrics.purge(r),
        });

  return {
    server: http.server,
    db: handle,
    repo,
    requestRepo,
    secrets,
    requests,
    metrics,
    /** One purge run now, counted in the metrics like the job's (tests move a clock instead of waiting). */
    async purgeNow() {
      const started = performance.now();
      try {
        const r = await purgeOnce(repo, clock, config.RETENTION, requestRepo);
        metrics.purge(r);
        return r;
      } catch (error) {
        metrics.purge({ error: error as Error, ms: performance.now() - started });
        throw error;
      }
    },
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
