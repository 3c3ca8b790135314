// Closed-loop load: C workers, each issuing its next operation as soon as the previous one ends.
// Operations are numbered from a shared counter, so each input (a body, an id) is used once.
// A warm-up runs first and is discarded; then a measured window of fixed duration, cut short
// only if the precomputed inputs run out (reported as `exhausted`).
import http from 'node:http';
import { Latencies, type LatencySummary } from './stats';

export interface LoadOptions {
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  /** Number of inputs available: operation indexes run from 0 to maxOps - 1. */
  maxOps: number;
  /** Performs operation `i`; throws (or rejects) on any failure. */
  op: (i: number) => Promise<void>;
  /** Called when warm-up ends and again when the window ends (CPU accounting). */
  onWindow?: (edge: 'begin' | 'end') => void;
}

export interface LoadResult {
  concurrency: number;
  /** Operations completed successfully inside the measured window. */
  ops: number;
  /** Failed operations (warm-up included): any is a failed run. */
  errors: number;
  errorSamples: string[];
  /** Length of the measured window in seconds. */
  seconds: number;
  rps: number;
  latencyMs: LatencySummary;
  /** Inputs used, warm-up included. */
  used: number;
  exhausted: boolean;
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const lat = new Latencies(Math.min(o.maxOps, 1 << 20));
  let next = 0;
  let errors = 0;
  const errorSamples: string[] = [];
  const t0 = performance.now();
  const warmEnd = t0 + o.warmupMs;
  const stopAt = warmEnd + o.durationMs;
  let windowStarted = false;
  let lastDone = warmEnd;

  const startWindow = () => {
    if (windowStarted) return;
    windowStarted = true;
    o.onWindow?.('begin');
  };
  // The window opens on time even if every worker is waiting on a slow request.
  const timer = setTimeout(startWindow, o.warmupMs);

  const worker = async () => {
    for (;;) {
      const started = performance.now();
      if (started >= stopAt || next >= o.maxOps) return;
      if (started >= warmEnd) startWindow();
      const i = next++;
      try {
        await o.op(i);
      } catch (err) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push((err as Error).message ?? String(err));
        continue;
      }
      const done = performance.now();
      if (started >= warmEnd) {
        lat.add(done - started);
        lastDone = done;
      }
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  clearTimeout(timer);
  startWindow();
  o.onWindow?.('end');

  const seconds = Math.max(1e-3, (lastDone - warmEnd) / 1000);
  return {
    concurrency: o.concurrency,
    ops: lat.count,
    errors,
    errorSamples,
    seconds: +seconds.toFixed(3),
    rps: +(lat.count / seconds).toFixed(1),
    latencyMs: lat.summary(),
    used: next,
    exhausted: next >= o.maxOps && performance.now() < stopAt - 50,
  };
}

/** Keep-alive JSON POSTs to one server; bodies are precomputed Buffers. */
export function httpPoster(baseUrl: string, maxSockets: number) {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  const post = (path: string, body: Buffer) =>
    new Promise<void>((resolve, reject) => {
      const req = http.request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method: 'POST',
          path,
          headers: { 'content-type': 'application/json', 'content-length': body.length },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            if (res.statusCode === 200) return resolve();
            const text = Buffer.concat(chunks).toString('utf8').slice(0, 200);
            reject(new Error(`HTTP ${res.statusCode} on ${path}: ${text}`));
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return { post, close: () => agent.destroy() };
}
