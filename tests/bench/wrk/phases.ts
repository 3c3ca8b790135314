// One backend configuration under wrk: create and reveal at each client count, each a warm-up
// run (discarded) and a measured run, with the CPU of the backend (all its processes), of
// PostgreSQL and of wrk itself over the measured run; PostgreSQL is vacuumed after each phase.
import { CpuMeter } from '../cpu';
import { createBody, makeShares, revealBody, type Share } from '../inputs';
import type { ServerChild } from '../server';
import { wrk, type WrkResult } from './wrk';

export interface WrkSettings {
  warmupS: number;
  seconds: number;
  clients: number[];
}

export interface WrkPhase {
  config: string;
  op: 'create' | 'reveal';
  clients: number;
  round: number;
  rps: number;
  latencyMs: WrkResult['latencyMs'];
  errors: number;
  /** Reveals answered 404: shares whose create was in flight as its run ended (a few at most). */
  lost?: number;
  errorKinds?: Record<string, number>;
  errorSamples?: string[];
  /** CPU µs per request: the backend's processes, PostgreSQL's, wrk's. */
  cpuUs: { backend: number; postgres: number | null; wrk: number; total: number };
  /** Percent of one core over the run that other programs used (a shared machine). */
  otherPct: number;
}

export interface Config {
  name: string;
  server: ServerChild;
  /** PostgreSQL database the backend uses (CPU accounting); null on PGlite. */
  pgDatabase: string | null;
  /** Pending shares made outside timing (straight into the database, or through the API). */
  seed(shares: Share[]): Promise<void>;
  /** Between phases: VACUUM ANALYZE on PostgreSQL (autovacuum is off on the bench machine). */
  vacuum(): Promise<void>;
}

/** Shares created and not yet revealed, per configuration, for its reveal phases. */
const stocks = new Map<string, Share[]>();
/** Best rate seen per configuration and op: inputs for the next phase are twice that, and never
 * fewer than the guess (a phase slowed by a busy machine must not starve the next one). */
const best = new Map<string, number>();

const need = (key: string, s: WrkSettings, guess: number) =>
  Math.ceil(Math.max(guess, 2 * (best.get(key) ?? 0)) * (s.warmupS + s.seconds)) + 500;

async function timed(
  cfg: Config,
  op: WrkPhase['op'],
  clients: number,
  round: number,
  s: WrkSettings,
  bodies: Buffer[],
): Promise<{ phase: WrkPhase; sent: number[]; unsent: number[] }> {
  const url = `${cfg.server.url}/trpc/secret.${op}`;
  const cut = Math.floor((bodies.length * s.warmupS) / (s.warmupS + s.seconds));
  const warm = bodies.slice(0, cut);
  const measured = bodies.slice(cut);
  const w = await wrk({ url, bodies: warm, clients, seconds: s.warmupS });
  const meter = new CpuMeter(cfg.server.pid, cfg.pgDatabase);
  meter.begin();
  const r = await wrk({ url, bodies: measured, clients, seconds: s.seconds });
  const cpu = meter.end();
  const perReq = (pct: number | null | undefined) =>
    pct === null || pct === undefined ? null : Math.round((pct * 10_000) / Math.max(1, r.rps));
  const backend = perReq(cpu?.server) ?? 0;
  const postgres = perReq(cpu?.postgres);
  const wrkUs = Math.round((r.cpuMs * 1000) / Math.max(1, r.requests));
  // The meter counts wrk among "other": take it out again.
  const otherPct = Math.max(
    0,
    (cpu?.other ?? 0) - Math.round((r.cpuMs * 100) / (r.seconds * 1000)),
  );
  const phase: WrkPhase = {
    config: cfg.name,
    op,
    clients,
    round,
    rps: r.rps,
    latencyMs: r.latencyMs,
    // A create answers 404 never; a reveal may for the shares whose create was cut off at the end
    // of its run (the server may drop a request whose connection wrk closed): at most one a
    // connection for each of the two runs of a create phase.
    errors:
      w.errors +
      r.errors +
      (op === 'create'
        ? w.notFound + r.notFound
        : Math.max(0, w.notFound + r.notFound - 2 * clients)),
    lost: op === 'reveal' ? w.notFound + r.notFound : 0,
    errorKinds: { ...w.errorKinds, ...r.errorKinds },
    errorSamples: [...w.errorSamples, ...r.errorSamples],
    cpuUs: { backend, postgres, wrk: wrkUs, total: backend + (postgres ?? 0) },
    otherPct,
  };
  const sent = [...w.sent, ...r.sent.map((i) => i + cut)];
  const unsent = [...w.unsent, ...r.unsent.map((i) => i + cut)];
  return { phase, sent, unsent };
}

export async function runConfig(
  cfg: Config,
  s: WrkSettings,
  round: number,
  /** Rates to size the first phases' inputs for (creates cost nothing to make; reveals need
   * pending shares, which on PGlite are made through the API). */
  guess: { create: number; reveal: number },
): Promise<WrkPhase[]> {
  const out: WrkPhase[] = [];
  const stock = stocks.get(cfg.name) ?? [];
  stocks.set(cfg.name, stock);
  for (const clients of s.clients) {
    const shares = makeShares(need(`${cfg.name} create`, s, guess.create));
    const c = await timed(cfg, 'create', clients, round, s, shares.map(createBody));
    for (const i of c.sent) stock.push(shares[i]!);
    best.set(`${cfg.name} create`, Math.max(best.get(`${cfg.name} create`) ?? 0, c.phase.rps));
    await cfg.vacuum();
    report(c.phase);

    const n = need(`${cfg.name} reveal`, s, guess.reveal);
    if (stock.length < n) {
      const more = makeShares(n - stock.length);
      await cfg.seed(more);
      stock.push(...more);
    }
    const mine = stock.splice(0, n);
    const r = await timed(cfg, 'reveal', clients, round, s, mine.map(revealBody));
    // Shares no reveal was sent for are still pending: back to the stock.
    for (const i of r.unsent) stock.push(mine[i]!);
    best.set(`${cfg.name} reveal`, Math.max(best.get(`${cfg.name} reveal`) ?? 0, r.phase.rps));
    await cfg.vacuum();
    report(r.phase);
    out.push(c.phase, r.phase);
  }
  return out;
}

function report(p: WrkPhase): void {
  const l = p.latencyMs;
  console.log(
    `  ${p.config.padEnd(16)} ${p.op.padEnd(6)} c=${String(p.clients).padEnd(3)} ${String(Math.round(p.rps)).padStart(6)} req/s  p50 ${l.p50.toFixed(2)}  p99 ${l.p99.toFixed(2)} ms  cpu µs/req backend ${p.cpuUs.backend}${p.cpuUs.postgres !== null ? ` pg ${p.cpuUs.postgres}` : ''} wrk ${p.cpuUs.wrk}; others ${p.otherPct} %${p.lost ? ` (${p.lost} not found)` : ''}${p.errors ? `  ERRORS ${JSON.stringify(p.errorKinds)} ${p.errorSamples?.[0] ?? ''}` : ''}`,
  );
}
