// Reveals on the small and the large table: the repository's own statement on distinct rows,
// with the right verifier and a rate-limit gate as the service passes it by default, in rounds
// that alternate between the two tables so that whatever else the machine does lands on both.
import { rateGate } from '../../../backend/secrets/service';
import type { DatabaseKind } from '../args';
import { CpuMeter, waitForQuiet } from '../cpu';
import { round } from '../format';
import { HINT, revealArgs, type Share } from '../inputs';
import { Latencies, median, type LatencySummary } from '../stats';
import { MAX_RATIO, type ScaleSettings } from './settings';
import { rowCount, type Store } from './stores';

/** The gate of a client per worker, with a limit no run reaches. */
export const benchGate = (worker: number, now: Date) =>
  rateGate('reveal', { rateKey: `bench-${worker}`, hint: HINT }, 1_000_000, now)!;

async function reveals(store: Store, shares: Share[], concurrency: number, sinks: Latencies[]) {
  let next = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      for (let i = next++; i < shares.length; i = next++) {
        const s = shares[i]!;
        const now = new Date();
        const t = performance.now();
        const r = await store.repo.reveal(revealArgs(s, now), benchGate(w, now), HINT);
        const ms = performance.now() - t;
        if (r.outcome === 'revealed') for (const l of sinks) l.add(ms);
        else errors++;
      }
    }),
  );
  return errors;
}

export interface Side {
  label: string;
  pendingAtStart: number;
  latencyMs: LatencySummary;
  /** p50 of each round, in order. */
  roundP50: number[];
  /** CPU of other programs during this side's rounds, % of one core (mean over rounds). */
  otherCpu: number | null;
}

export interface RevealComparison {
  database: DatabaseKind;
  concurrency: number;
  small: Side;
  large: Side;
  ratio: { p50: number; mean: number; p99: number; medianOfRoundP50: number };
  met: { p50: boolean; mean: boolean };
  errors: number;
  quiet: { waitedMs: number; quiet: boolean } | null;
}

export async function compareReveals(
  small: Store,
  large: Store,
  sharesOf: Map<Store, Share[]>,
  concurrency: number,
  settings: ScaleSettings,
): Promise<RevealComparison> {
  const take = (s: Store, n: number) => sharesOf.get(s)!.splice(0, n);
  const quiet = settings.waitForQuiet ? await waitForQuiet(20_000) : null;
  let errors = 0;
  // Warm-up: opens the pool's connections and brings the hot pages in, on both.
  for (const s of [small, large]) {
    errors += await reveals(s, take(s, settings.warmup), concurrency, []);
  }
  const perRound = Math.floor(settings.reveals / settings.rounds);
  const all = new Map<Store, Latencies>([
    [small, new Latencies(settings.reveals)],
    [large, new Latencies(settings.reveals)],
  ]);
  const rounds = new Map<Store, number[]>([
    [small, []],
    [large, []],
  ]);
  const other = new Map<Store, number[]>([
    [small, []],
    [large, []],
  ]);
  const pendingAtStart = new Map<Store, number>();
  for (const s of [small, large]) {
    pendingAtStart.set(s, await rowCount(s, `state = 'pending'`));
  }
  for (let k = 0; k < settings.rounds; k++) {
    const order = k % 2 === 0 ? [small, large] : [large, small];
    for (const s of order) {
      const lat = new Latencies(perRound);
      const meter = new CpuMeter(null, s.kind === 'postgres' ? s.name : null);
      meter.begin();
      errors += await reveals(s, take(s, perRound), concurrency, [lat, all.get(s)!]);
      const cpu = meter.end();
      if (cpu) other.get(s)!.push(cpu.other);
      const sum = lat.summary();
      rounds.get(s)!.push(sum.p50);
    }
  }
  const side = (s: Store): Side => ({
    label: s.label,
    pendingAtStart: pendingAtStart.get(s)!,
    latencyMs: all.get(s)!.summary(),
    roundP50: rounds.get(s)!,
    otherCpu: other.get(s)!.length
      ? Math.round(other.get(s)!.reduce((a, b) => a + b, 0) / other.get(s)!.length)
      : null,
  });
  const a = side(small);
  const b = side(large);
  const ratio = {
    p50: round(b.latencyMs.p50 / a.latencyMs.p50, 3),
    mean: round(b.latencyMs.mean / a.latencyMs.mean, 3),
    p99: round(b.latencyMs.p99 / a.latencyMs.p99, 3),
    medianOfRoundP50: round(median(b.roundP50) / median(a.roundP50), 3),
  };
  return {
    database: small.kind,
    concurrency,
    small: a,
    large: b,
    ratio,
    met: { p50: ratio.p50 <= MAX_RATIO, mean: ratio.mean <= MAX_RATIO },
    errors,
    quiet,
  };
}
