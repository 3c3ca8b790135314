// wrk (a C load generator: epoll, a few µs of CPU a request) as the API's load: `threads` threads,
// `clients` keep-alive connections, each request's body taken once from a precomputed list
// (bodies.lua). Its own CPU is read from the shell that waited for it (cutime + cstime of
// /proc/<sh>/stat), so a phase can say what the load generator took from the two cores.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SCRIPT = fileURLToPath(new URL('./bodies.lua', import.meta.url));
const TICK_MS = 10;
export const WRK_THREADS = 2;

export interface WrkResult {
  requests: number;
  seconds: number;
  rps: number;
  /** Non-2xx answers other than 404, socket errors and timeouts: any fails the phase. */
  errors: number;
  /** 404 answers (see bodies.lua). */
  notFound: number;
  /** The errors by kind, as wrk counts them. */
  errorKinds: Record<string, number>;
  /** The first refused answer of each thread (status and the body's start). */
  errorSamples: string[];
  latencyMs: { p50: number; p90: number; p99: number; p999: number; max: number; mean: number };
  /** wrk's own CPU over the run, in ms. */
  cpuMs: number;
  /** Indexes of the bodies sent. The server handles those still in flight when wrk stops too:
   * it reads a request whole before the connection's close, and finishes its statement. */
  sent: number[];
  /** Indexes of the bodies never sent. */
  unsent: number[];
}

export async function wrk(o: {
  url: string;
  bodies: Buffer[];
  clients: number;
  seconds: number;
}): Promise<WrkResult> {
  const dir = mkdtempSync(join(tmpdir(), 'oncelink-wrk-'));
  try {
    const file = join(dir, 'bodies.jsonl');
    writeFileSync(file, Buffer.concat(o.bodies.flatMap((b) => [b, Buffer.from('\n')])));
    const args = [
      `-t${WRK_THREADS}`,
      `-c${o.clients}`,
      `-d${o.seconds}s`,
      '--timeout=10s',
      `-s${SCRIPT}`,
      o.url,
      '--',
      file,
      String(WRK_THREADS),
    ];
    const { stdout } = await run(
      'sh',
      ['-c', 'wrk "$@"; s=$?; cat /proc/$$/stat; exit $s', 'sh', ...args],
      { maxBuffer: 1 << 22 },
    );
    const line = stdout.split('\n').find((l) => l.startsWith('WRK_JSON '));
    if (!line) throw new Error(`wrk printed no result: ${stdout.slice(-500)}`);
    const j = JSON.parse(line.slice('WRK_JSON '.length)) as Record<string, number> & {
      used: number[];
      samples: string[];
    };
    const stat = stdout.trim().split('\n').at(-1)!;
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuMs = (Number(f[13]) + Number(f[14])) * TICK_MS;
    const seconds = j.durationUs! / 1e6;
    const ms = (us: number) => +(us / 1000).toFixed(2);
    // Thread t sent bodies t, t+T, … in order, `used` of them.
    const sent: number[] = [];
    const unsent: number[] = [];
    j.used.forEach((used, t) => {
      for (let k = 0, i = t; i < o.bodies.length; k++, i += WRK_THREADS) {
        (k < used ? sent : unsent).push(i);
      }
    });
    return {
      requests: j.requests!,
      seconds: +seconds.toFixed(3),
      rps: +(j.requests! / seconds).toFixed(1),
      errors: j.status! - j.notFound! + j.connect! + j.read! + j.write! + j.timeout!,
      notFound: j.notFound!,
      errorKinds: Object.fromEntries(
        (['status', 'connect', 'read', 'write', 'timeout'] as const)
          .filter((k) => j[k])
          .map((k) => [k, j[k]!]),
      ),
      errorSamples: j.samples,
      latencyMs: {
        p50: ms(j.p50!),
        p90: ms(j.p90!),
        p99: ms(j.p99!),
        p999: ms(j.p999!),
        max: ms(j.max!),
        mean: ms(j.mean!),
      },
      cpuMs,
      sent,
      unsent,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
