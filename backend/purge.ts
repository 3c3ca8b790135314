// The purge job (docs/protocol.md#lifecycle): expired secrets become tombstones holding no secret material,
// reveal graces that have ended lose the ciphertext they kept, tombstones past retention are
// deleted, old rate-limit windows go. Every step works in batches
// with SKIP LOCKED, so several instances can run it at once and none blocks a reveal.
import type { Logger } from 'pino';
import type { Clock } from './clock';
import type { RequestRepository } from './requests/repository';
import type { SecretRepository } from './secrets/repository';

export interface PurgeResult {
  /** Shares expired and share tombstones deleted. */
  expired: number;
  deleted: number;
  /** Reveal graces ended: ciphertext kept for a lost answer, nulled (docs/protocol.md#grace). */
  gracesEnded: number;
  /** The same for secret requests (their notes and unread answers burn on expiry too). */
  requestsExpired: number;
  requestsDeleted: number;
  rateWindows: number;
  ms: number;
}

type Purgeable = Pick<SecretRepository, 'expireBatch' | 'deleteTombstones'>;

const BATCH = 1000;
/** Upper bound of batches a run does per step, so one run stays short; the next run continues. */
const MAX_BATCHES = 100;

/** Runs one batch step until a batch comes back short, at most MAX_BATCHES times. */
async function drain(step: (batch: number) => Promise<number>): Promise<number> {
  let total = 0;
  for (let i = 0; i < MAX_BATCHES; i++) {
    const n = await step(BATCH);
    total += n;
    if (n < BATCH) break;
  }
  return total;
}

export async function purgeOnce(
  repo: SecretRepository,
  clock: Clock,
  retentionSeconds: number,
  requests?: Pick<RequestRepository, 'expireBatch' | 'deleteTombstones'>,
): Promise<PurgeResult> {
  const started = performance.now();
  const now = clock.now();
  const cutoff = new Date(now.getTime() - retentionSeconds * 1000);
  const run = async (r: Purgeable | undefined) =>
    r
      ? [
          await drain((b) => r.expireBatch(now, b)),
          await drain((b) => r.deleteTombstones(cutoff, b)),
        ]
      : [0, 0];
  const [expired, deleted] = await run(repo);
  const gracesEnded = await drain((b) => repo.endGraceBatch(now, b));
  const [requestsExpired, requestsDeleted] = await run(requests);
  // Windows are one minute long; anything older than two is finished.
  const rateWindows = await repo.deleteRateWindows(new Date(now.getTime() - 120_000));
  return {
    expired: expired!,
    deleted: deleted!,
    gracesEnded,
    requestsExpired: requestsExpired!,
    requestsDeleted: requestsDeleted!,
    rateWindows,
    ms: performance.now() - started,
  };
}

export function startPurgeJob(opts: {
  repo: SecretRepository;
  requests?: RequestRepository;
  clock: Clock;
  retentionSeconds: number;
  intervalSeconds: number;
  log: Logger;
  /** Told of every run: its result, or its error and how long it took to fail (metrics). */
  onRun?: (r: PurgeResult | { error: Error; ms: number }) => void;
}) {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return; // a slow run is never overlapped by the next one
    const started = performance.now();
    running = purgeOnce(opts.repo, opts.clock, opts.retentionSeconds, opts.requests)
      .then((r) => {
        opts.onRun?.(r);
        if (r.expired || r.deleted || r.gracesEnded || r.requestsExpired || r.requestsDeleted)
          opts.log.info({ ...r, ms: +r.ms.toFixed(1) }, 'purge');
      })
      .catch((err: Error) => {
        opts.onRun?.({ error: err, ms: performance.now() - started });
        opts.log.warn({ err: { message: err.message } }, 'purge failed; will retry');
      })
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, opts.intervalSeconds * 1000);
  timer.unref();
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
