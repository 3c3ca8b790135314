// `npx tsx tests/bench/overhead.ts` (also part of `npm run bench`): what the per-request log line
// and metrics cost, in µs of CPU a request. Each runs as the request path runs it
// (backend/http/request-log.ts): pino's line at info to stdout (here /dev/null, as the benchmarked
// backend writes it), the request counter and histogram, and the lifecycle counter of a create.
import { openSync } from 'node:fs';
import pino from 'pino';
import { createLogger } from '../../backend/log';
import { createMetrics } from '../../backend/metrics';
import { isEntryPoint } from './args';

export interface Overhead {
  logLineUs: number;
  requestMetricsUs: number;
  shareEventUs: number;
}

function perCall(n: number, f: (i: number) => void): number {
  for (let i = 0; i < n / 10; i++) f(i); // warm-up: V8's optimising tier
  const t0 = process.cpuUsage();
  for (let i = 0; i < n; i++) f(i);
  const t = process.cpuUsage(t0);
  return +((t.user + t.system) / n).toFixed(2);
}

export function measureOverhead(n = 200_000): Overhead {
  // pino's default destination is a synchronous write to fd 1; the same on /dev/null's fd.
  const log = createLogger(
    'info',
    pino.destination({ fd: openSync('/dev/null', 'w'), sync: true }),
  );
  const metrics = createMetrics({
    poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
    poolMax: 1,
    processMetrics: false,
  });
  const best = (f: () => number) => Math.min(f(), f(), f());
  return {
    logLineUs: best(() =>
      perCall(n, (i) =>
        log.info(
          { method: 'POST', route: '/trpc/secret.create', status: 200, ms: (i % 50) / 10 },
          'request',
        ),
      ),
    ),
    requestMetricsUs: best(() =>
      perCall(n, (i) => metrics.request('secret.create', 'ok', (i % 50) / 10_000)),
    ),
    shareEventUs: best(() => perCall(n, () => metrics.share('created'))),
  };
}

if (isEntryPoint(import.meta.url)) {
  const o = measureOverhead();
  console.log(
    `per request: log line ${o.logLineUs} µs, request metrics ${o.requestMetricsUs} µs, share event counter ${o.shareEventUs} µs`,
  );
}
