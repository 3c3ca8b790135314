// What every phase shares: its settings, its result record, and the stock of created-but-unread
// shares that reveal phases consume (each share has one view, so each id is revealed once).
import { waitForQuiet, type CpuMeter, type CpuSplit } from './cpu';
import { runLoad, type LoadResult } from './load';
import type { Share } from './inputs';

/** 'none': the diagnostic stub backend, whose repository answers without a database. */
export type DbKind = 'pglite' | 'postgres' | 'none';
export type Target = 'api' | 'sql' | 'plain' | 'repo';
export type Op = 'create' | 'reveal';

export interface Settings {
  warmupMs: number;
  durationMs: number;
  concurrency: number[];
}

export interface PhaseResult extends LoadResult {
  database: DbKind;
  target: Target;
  op: Op;
  cpu: CpuSplit | null;
  /** Times this phase ran: a disturbed run is repeated (policy.retries) and the calmer one kept. */
  attempts: number;
}

/** How phases guard against a shared machine (set once by run.ts). */
export const policy = { waitForQuiet: true, retries: 1 };

/** Shares that exist, pending, in one database, with their authKeys known. */
export class Stock {
  private shares: Share[] = [];
  add(s: Share) {
    this.shares.push(s);
  }
  get size() {
    return this.shares.length;
  }
  take(n: number): Share[] {
    return this.shares.splice(0, Math.min(n, this.shares.length));
  }
}

/** How many inputs a phase gets: enough for the warm-up plus the window at twice the best rate
 * seen so far by this sizer (an initial guess before that), so that running out (reported as
 * `exhausted`: the window then ends early) stays the exception. One sizer per kind of target. */
export class Sizer {
  private best = 0;
  constructor(private readonly initialRate: number) {}
  seen(rps: number) {
    this.best = Math.max(this.best, rps);
  }
  get bestRate() {
    return this.best;
  }
  inputs(s: Settings): number {
    const rate = this.best > 0 ? Math.max(2000, this.best * 2) : this.initialRate;
    return Math.ceil((rate * (s.warmupMs + s.durationMs)) / 1000) + 500;
  }
}

/** Busy CPU of processes that are not part of the run, above which a phase is marked disturbed
 * (percent of one core: another program took a quarter of a core or more meanwhile). */
export const DISTURBED_OTHER_CPU = 25;

export const disturbed = (r: PhaseResult) => (r.cpu?.other ?? 0) >= DISTURBED_OTHER_CPU;

/** CPU time per operation in microseconds, by process: robust to a noisy machine. */
export function cpuPerOp(r: PhaseResult) {
  if (!r.cpu || r.rps <= 0) return null;
  const us = (pct: number | null) => (pct === null ? null : Math.round((pct * 10_000) / r.rps));
  return { loadgen: us(r.cpu.loadgen), server: us(r.cpu.server), postgres: us(r.cpu.postgres) };
}

export function progress(r: PhaseResult): void {
  const l = r.latencyMs;
  const per = cpuPerOp(r);
  const cpu = r.cpu
    ? `  cpu% loadgen ${r.cpu.loadgen}${r.cpu.server !== null ? ` server ${r.cpu.server}` : ''}${
        r.cpu.postgres !== null ? ` pg ${r.cpu.postgres}` : ''
      } other ${r.cpu.other} idle ${r.cpu.idle}${
        per?.server ? `; server ${per.server} µs/req` : ''
      }`
    : '';
  const flags = `${r.errors ? `  ERRORS ${r.errors}: ${r.errorSamples[0]}` : ''}${
    r.exhausted ? `  (inputs ran out after ${r.seconds} s)` : ''
  }${disturbed(r) ? '  (disturbed: other processes were busy)' : ''}`;
  console.log(
    `  ${label(r)} ${String(Math.round(r.rps)).padStart(6)} req/s  p50 ${l.p50.toFixed(2)}  p99 ${l.p99.toFixed(2)} ms${cpu}${flags}`,
  );
}

export function label(r: Pick<PhaseResult, 'database' | 'target' | 'op' | 'concurrency'>): string {
  return `${r.database} ${r.target.padEnd(5)} ${r.op.padEnd(6)} c=${String(r.concurrency).padEnd(3)}`;
}

/**
 * One measured phase: waits for a quiet machine, prepares its inputs (outside timing), runs the
 * closed loop with CPU accounting over the window; repeats if other programs disturbed it
 * (policy.retries) and keeps the calmer run. A run with errors is always the result.
 */
export async function measure(spec: {
  database: DbKind;
  target: Target;
  op: Op;
  clients: number;
  settings: Settings;
  sizer: Sizer;
  meter: () => CpuMeter;
  /** Inputs for up to `n` operations (made before timing): operation i runs op(i). */
  prepare: (n: number) => Promise<{ maxOps: number; op: (i: number) => Promise<void> }>;
}): Promise<PhaseResult> {
  let kept: PhaseResult | null = null;
  let ran = 0;
  for (let attempt = 1; attempt <= 1 + policy.retries; attempt++) {
    ran = attempt;
    if (policy.waitForQuiet) {
      const w = await waitForQuiet();
      if (!w.quiet) {
        console.log(`  (machine still busy after ${w.waitedMs / 1000} s: measuring anyway)`);
      }
    }
    const { maxOps, op } = await spec.prepare(spec.sizer.inputs(spec.settings));
    const meter = spec.meter();
    const load = await runLoad({
      concurrency: spec.clients,
      warmupMs: spec.settings.warmupMs,
      durationMs: spec.settings.durationMs,
      maxOps,
      op,
      onWindow: (e) => (e === 'begin' ? meter.begin() : undefined),
    });
    const r: PhaseResult = {
      ...load,
      database: spec.database,
      target: spec.target,
      op: spec.op,
      cpu: meter.end(),
      attempts: attempt,
    };
    progress(r);
    if (r.errors > 0) {
      kept = r;
      break;
    }
    if (!kept || (r.cpu?.other ?? 0) < (kept.cpu?.other ?? 0)) kept = r;
    if (!disturbed(r)) break;
    if (attempt <= policy.retries) console.log('  (disturbed: repeating)');
  }
  const result = { ...kept!, attempts: ran };
  spec.sizer.seen(result.rps);
  return result;
}
