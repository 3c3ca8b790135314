// One database kind end to end: a small and a large table filled alike, reveals compared
// between them, the purge runs, and the plans of the statements involved.
import type { DatabaseKind } from '../args';
import { mib, rowsLabel } from '../format';
import { makeShares, type Share } from '../inputs';
import { explains, type Explained } from './explain';
import { fill, insertShares, type FillResult } from './fill';
import { purgeSeries, type PurgeRun } from './purge';
import { compareReveals, type RevealComparison } from './reveals';
import type { ScaleSettings } from './settings';
import { sizes, type Store, type StoreSizes } from './stores';

export interface KindResult {
  database: DatabaseKind;
  stores: { label: string; fill: FillResult; sizes: StoreSizes }[];
  reveal: RevealComparison[];
  /** n of the "n expired + n past retention" runs on the large table. */
  purgeDue: number[];
  purge: PurgeRun[];
  explain: Explained[];
}

export async function runKind(
  kind: DatabaseKind,
  make: (label: string) => Promise<Store>,
  largeAsked: number,
  settings: ScaleSettings,
  budget?: { seconds: number; minPending: number },
): Promise<KindResult> {
  const t0 = new Date();
  const perStore = settings.concurrency.length * (settings.warmup + settings.reveals);
  const small = await make(rowsLabel(settings.small));
  let large: Store | null = null;
  try {
    large = await make(rowsLabel(largeAsked));
    const spares = new Map<Store, Share>();
    const sharesOf = new Map<Store, Share[]>();
    const fills = new Map<Store, FillResult>();
    for (const [s, n] of [
      [small, settings.small],
      [large, largeAsked],
    ] as const) {
      const shares = makeShares(perStore + 1);
      spares.set(s, shares.pop()!);
      const f = await fill(s, n - 1, shares, t0, settings.chunks, s === large ? budget : undefined);
      // The secret the reveal EXPLAIN burns: pending until then, whatever clock the purge runs
      // set (they reach about 1.5 days ahead on the small table).
      await insertShares(s, [spares.get(s)!], 30 * 86400);
      f.askedPending += 1;
      f.pending += 1;
      fills.set(s, f);
      if (f.scaledDown) s.label = rowsLabel(f.pending);
      // Reveal in an order unrelated to insertion.
      sharesOf.set(s, shuffled(shares));
      const t = performance.now();
      await s.exec('vacuum analyze');
      console.log(
        `  ${kind} ${s.label}: VACUUM ANALYZE ${((performance.now() - t) / 1000).toFixed(1)} s`,
      );
    }
    const stores = [];
    for (const s of [small, large]) {
      const z = await sizes(s);
      stores.push({ label: s.label, fill: fills.get(s)!, sizes: z });
      console.log(
        `  ${kind} ${s.label}: ${z.pending.toLocaleString('en')} pending + ${z.tombstones.toLocaleString('en')} tombstones, ${z.events.toLocaleString('en')} events; secret heap ${mib(z.secretHeapBytes)}, its indexes ${mib(z.secretIndexBytes)}, events ${mib(z.eventBytes)}, database ${mib(z.databaseBytes)}; filled in ${fills.get(s)!.seconds} s`,
      );
    }

    console.log(
      `\n  reveals: ${settings.reveals} per database and concurrency, ${settings.rounds} rounds alternating ${small.label} / ${large.label}, after ${settings.warmup} warm-up reveals each`,
    );
    const reveal: RevealComparison[] = [];
    for (const c of settings.concurrency) {
      const r = await compareReveals(small, large, sharesOf, c, settings);
      reveal.push(r);
      console.log(
        `  c=${String(c).padStart(2)}  ${small.label}: p50 ${r.small.latencyMs.p50} mean ${r.small.latencyMs.mean} p99 ${r.small.latencyMs.p99} ms | ${large.label}: p50 ${r.large.latencyMs.p50} mean ${r.large.latencyMs.mean} p99 ${r.large.latencyMs.p99} ms | ratio p50 ${r.ratio.p50} mean ${r.ratio.mean}${r.errors ? ` | ${r.errors} ERRORS` : ''}`,
      );
    }

    console.log('\n  purge (backend/purge.ts purgeOnce: batches of 1000, ≤ 100 batches per step)');
    // As many of the due counts as the large table holds (a scaled-down PGlite table has fewer
    // tombstones than 111 k).
    const room = 0.9 * Math.min(stores[1]!.sizes.pending - perStore, stores[1]!.sizes.tombstones);
    const dues: number[] = [];
    for (const n of settings.purgeDue) {
      if (dues.reduce((x, y) => x + y, n) <= room) dues.push(n);
    }
    if (dues.length < settings.purgeDue.length) {
      console.log(
        `  (the ${large.label} table holds too few rows for more than ${dues.join(', ')} due)`,
      );
    }
    const smallPurge = await purgeSeries(small, [settings.purgeDue[0]!], settings);
    const largePurge = await purgeSeries(large, dues, settings);
    const purge = [...smallPurge.runs, ...largePurge.runs];

    console.log('\n  EXPLAIN (ANALYZE, BUFFERS), rolled back');
    const explained = [
      ...smallPurge.explained,
      ...largePurge.explained,
      ...(await explains(small, spares.get(small)!, [dues[0]!])),
      ...(await explains(large, spares.get(large)!, [...new Set([dues[0]!, dues.at(-1)!])])),
    ];
    for (const e of explained) {
      console.log(`  ${e.database} ${e.table} ${e.statement}, ${e.condition}:`);
      for (const l of e.highlights) console.log(`      ${l}`);
    }
    return { database: kind, stores, reveal, purgeDue: dues, purge, explain: explained };
  } finally {
    await small.close();
    await large?.close();
  }
}

function shuffled<T>(xs: T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}
