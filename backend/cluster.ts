// All cores: WORKERS server processes on one port (node:cluster hands each new connection to the
// next worker in turn). Workers share nothing but the database, as separate instances do: rate
// limits, one-time reveals and the purge job already live there (docs/deploy.md#workers).
import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { Logger } from 'pino';
import { AggregatorRegistry, type Registry } from 'prom-client';
import type { Config } from './config';

/** What a worker tells the primary: that it listens, or that a scrape wants every worker's sum. */
type FromWorker = { kind: 'listening'; address: string } | { kind: 'metrics-request'; id: number };
type ToWorker =
  | { kind: 'metrics'; id: number; type: string; body: string }
  | { kind: 'metrics'; id: number; error: string };

const METRICS_TIMEOUT_MS = 5_000;

/** Restarts allowed within RESTART_WINDOW_MS before the primary gives up (a crash loop). */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;

/**
 * How many processes to run. PGlite is one process's database (its data directory cannot be
 * opened twice), so on PGlite there is one: its thread beside the HTTP thread uses the second
 * core (docs/benchmarks.md measures why more HTTP processes would not help it).
 */
export function workerCount(config: Config, log: Logger): number {
  const requested = config.WORKERS ?? availableParallelism();
  if (requested > 1 && !config.DATABASE_URL) {
    const say = config.WORKERS === undefined ? log.info.bind(log) : log.warn.bind(log);
    say(
      { requested, workers: 1 },
      'one worker: the embedded database (PGlite) belongs to one process; set DATABASE_URL to run more',
    );
    return 1;
  }
  return requested;
}

export const isClusterWorker = () => cluster.isWorker;

/** In a worker: tell the primary where this worker listens. */
export function reportListening(address: string): void {
  process.send?.({ kind: 'listening', address } satisfies FromWorker);
}

/**
 * In a worker: /metrics shows the whole instance. The primary sums every worker's registry
 * (prom-client's cluster aggregation: counters and histograms added up, each gauge as it says).
 */
export function clusterMetrics(registry: Registry): () => Promise<{ type: string; body: string }> {
  // Answers the primary's requests for this worker's own metrics (prom-client's listener).
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([registry]);
  const waiting = new Map<number, (m: ToWorker) => void>();
  let next = 0;
  process.on('message', (m: ToWorker) => {
    if (m?.kind === 'metrics') waiting.get(m.id)?.(m);
  });
  return () => {
    const id = ++next;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error('the primary did not answer with the metrics'));
      }, METRICS_TIMEOUT_MS);
      waiting.set(id, (m) => {
        clearTimeout(timer);
        waiting.delete(id);
        if ('error' in m) reject(new Error(m.error));
        else resolve({ type: m.type, body: m.body });
      });
      process.send?.({ kind: 'metrics-request', id } satisfies FromWorker);
    });
  };
}

/**
 * The primary: forks `workers` processes, says where they listen once all do, replaces one that
 * crashes, and on SIGTERM or SIGINT drains them all (each finishes its requests in flight)
 * before it exits. A worker that fails before it listens stops the whole server.
 */
export function runPrimary(opts: {
  workers: number;
  log: Logger;
  /** How long a worker may take to drain before it is killed. */
  graceMs: number;
  /** Called once every worker listens. */
  onListening: (address: string) => void;
}): void {
  const { log } = opts;
  const listening = new Map<number, string>();
  const restarts: number[] = [];
  let stopping = false;
  let announced = false;

  const aggregator = new AggregatorRegistry();
  const fork = () => {
    const w = cluster.fork();
    w.on('message', (m: FromWorker) => {
      if (m?.kind === 'metrics-request') {
        const answer = (r: ToWorker) => w.isConnected() && w.send(r);
        aggregator.clusterMetrics().then(
          (body) => answer({ kind: 'metrics', id: m.id, type: aggregator.contentType, body }),
          (err: Error) => answer({ kind: 'metrics', id: m.id, error: err.message }),
        );
        return;
      }
      if (m?.kind !== 'listening') return;
      listening.set(w.id, m.address);
      if (!announced && listening.size === opts.workers) {
        announced = true;
        opts.onListening(m.address);
      }
    });
    return w;
  };

  const stopAll = (code: number) => {
    if (stopping) return;
    stopping = true;
    const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    const killer = setTimeout(() => {
      for (const w of alive) w.process.kill('SIGKILL');
    }, opts.graceMs + 5_000);
    killer.unref();
    for (const w of alive) w.process.kill('SIGTERM');
    let left = alive.length;
    if (!left) process.exit(code);
    cluster.on('exit', () => {
      if (--left === 0) {
        log.info('stopped');
        process.exit(code);
      }
    });
  };

  cluster.on('exit', (w, code, signal) => {
    const wasListening = listening.delete(w.id);
    if (stopping) return;
    if (!wasListening && !announced) {
      log.error({ worker: w.id, code, signal }, 'a worker failed to start: stopping');
      return stopAll(code || 1);
    }
    const now = Date.now();
    restarts.push(now);
    while (restarts[0]! < now - RESTART_WINDOW_MS) restarts.shift();
    if (restarts.length > MAX_RESTARTS) {
      log.error({ worker: w.id, code, signal }, 'workers keep crashing: stopping');
      return stopAll(1);
    }
    log.error({ worker: w.id, code, signal }, 'a worker stopped unexpectedly: starting another');
    fork();
  });

  for (let i = 0; i < opts.workers; i++) fork();
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      log.info({ signal, workers: opts.workers }, 'draining');
      stopAll(0);
    });
  }
}
