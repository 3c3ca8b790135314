// Prometheus metrics (prom-client, on a registry of this instance's own, never the global one).
// Labels are fixed vocabularies: route names, procedure names, outcome codes, event types.
// Never an id, a token, a hash, a client address or anything a client typed.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ErrorCode } from '../shared/errors';
import { EVENT_TYPES, type EventType } from '../shared/schemas';
import type { PurgeResult } from './purge';

/** What happened to shares, as the sender's event list names it (`viewed`: one reveal); an
 * `opened` (a peek) changes nothing, so it is no share event here. */
export type ShareEvent = Exclude<EventType, 'opened'>;
export const SHARE_EVENTS = EVENT_TYPES.filter((e): e is ShareEvent => e !== 'opened');

/** What happened to secret requests: made, answered (once), read (the answer burnt), revoked, expired. */
export const REQUEST_EVENTS = ['created', 'answered', 'read', 'revoked', 'expired'] as const;
export type RequestEvent = (typeof REQUEST_EVENTS)[number];

/** Outcome label of a request: `ok`, one of the API's error codes, or an HTTP status. */
export type Outcome = 'ok' | ErrorCode | `http_${number}`;

export interface MetricsOptions {
  /** The database pool, read at each scrape. */
  poolStats: () => { total: number; idle: number; waiting: number };
  poolMax: number;
  /** Process metrics (CPU, memory, event loop lag, GC): prom-client's defaults. */
  processMetrics?: boolean;
  /** The storage ceiling: the bytes of secret material held (read from the database at each
   * scrape), and MAX_PENDING_BYTES. */
  storage?: { pendingBytes: () => Promise<number>; max: number };
  /** Given this registry at start, returns what renders a scrape instead of it alone (a
   * cluster worker: every worker's sum, cluster.ts). */
  aggregate?: (registry: Registry) => () => Promise<{ type: string; body: string }>;
}

export function createMetrics(opts: MetricsOptions) {
  const registry = new Registry();
  if (opts.processMetrics !== false) collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const requests = new Counter({
    name: 'oncelink_http_requests_total',
    help: 'HTTP requests by route (tRPC procedure or fixed route name) and outcome.',
    labelNames: ['route', 'outcome'] as const,
    registers,
  });
  const duration = new Histogram({
    name: 'oncelink_http_request_duration_seconds',
    help: 'Time from request to response, by route and outcome.',
    labelNames: ['route', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const shareEvents = new Counter({
    name: 'oncelink_share_events_total',
    help: 'Share lifecycle events: created, viewed (a reveal), attempt_failed, destroyed (attempts spent), expired (by the purge job), revoked.',
    labelNames: ['event'] as const,
    registers,
  });
  for (const event of SHARE_EVENTS) shareEvents.inc({ event }, 0);
  const requestEvents = new Counter({
    name: 'oncelink_request_events_total',
    help: 'Secret-request lifecycle events: created, answered, read (the answer burnt), revoked, expired (by the purge job).',
    labelNames: ['event'] as const,
    registers,
  });
  for (const event of REQUEST_EVENTS) requestEvents.inc({ event }, 0);
  const purgeRuns = new Counter({
    name: 'oncelink_purge_runs_total',
    help: 'Purge job runs by result (ok, error).',
    labelNames: ['result'] as const,
    registers,
  });
  purgeRuns.inc({ result: 'ok' }, 0);
  purgeRuns.inc({ result: 'error' }, 0);
  const purgeDuration = new Histogram({
    name: 'oncelink_purge_duration_seconds',
    help: 'How long a purge run took.',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  const tombstonesDeleted = new Counter({
    name: 'oncelink_purge_tombstones_deleted_total',
    help: 'Tombstones (ended shares and requests, no secret material) deleted after the retention period.',
    registers,
  });
  new Gauge({
    name: 'oncelink_db_pool_connections',
    help: 'Database connections by state: open (total), idle, and requests waiting for one.',
    labelNames: ['state'] as const,
    registers,
    collect() {
      const s = opts.poolStats();
      this.set({ state: 'open' }, s.total);
      this.set({ state: 'idle' }, s.idle);
      this.set({ state: 'waiting' }, s.waiting);
    },
  });
  new Gauge({
    name: 'oncelink_db_pool_max_connections',
    help: 'Most database connections this instance opens (DB_POOL_SIZE).',
    registers,
  }).set(opts.poolMax);

  if (opts.storage) {
    const { pendingBytes, max } = opts.storage;
    new Gauge({
      name: 'oncelink_pending_bytes',
      help: 'Bytes of secret material (ciphertexts of shares, notes and answers) the database holds, for all instances.',
      registers,
      // Every worker reads the same figure: a cluster's scrape shows it once, not summed.
      aggregator: 'max',
      async collect() {
        // The database being down is said by /readyz; the gauge keeps its last figure.
        await pendingBytes().then(
          (n) => this.set(n),
          () => {},
        );
      },
    });
    new Gauge({
      name: 'oncelink_pending_bytes_max',
      help: 'The storage ceiling (MAX_PENDING_BYTES): past it, what would store more answers SERVICE_FULL.',
      registers,
      aggregator: 'max',
    }).set(max);
  }

  const aggregated = opts.aggregate?.(registry);
  return {
    registry,
    request(route: string, outcome: Outcome, seconds: number) {
      requests.inc({ route, outcome });
      duration.observe({ route, outcome }, seconds);
    },
    share(event: ShareEvent, n = 1) {
      if (n > 0) shareEvents.inc({ event }, n);
    },
    secretRequest(event: RequestEvent, n = 1) {
      if (n > 0) requestEvents.inc({ event }, n);
    },
    purge(result: PurgeResult | { error: Error; ms: number }) {
      purgeDuration.observe(result.ms / 1000);
      if ('error' in result) return void purgeRuns.inc({ result: 'error' });
      purgeRuns.inc({ result: 'ok' });
      this.share('expired', result.expired);
      this.secretRequest('expired', result.requestsExpired);
      const deleted = result.deleted + result.requestsDeleted;
      if (deleted) tombstonesDeleted.inc(deleted);
    },
    /** The text exposition format, and its content type. */
    async render(): Promise<{ type: string; body: string }> {
      if (aggregated) return aggregated();
      return { type: registry.contentType, body: await registry.metrics() };
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
