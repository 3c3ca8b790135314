// The purge job against the number of rows it has to process: purgeOnce (backend/purge.ts)
// exactly as the job runs it, with a fixed clock, over a repository whose two batch steps are
// timed on the way through; nothing due, then n rows due, then nothing due again (before and
// after VACUUM).
import { purgeOnce } from '../../../backend/purge';
import type { SecretRepository } from '../../../backend/secrets/repository';
import type { DatabaseKind } from '../args';
import { waitForQuiet } from '../cpu';
import { round } from '../format';
import { explain } from './explain';
import { RETENTION_S, type ScaleSettings } from './settings';
import { kthMs, rowCount, type Store } from './stores';

export interface PurgeRun {
  database: DatabaseKind;
  table: string;
  rowsInTable: number;
  what: string;
  clock: string;
  retentionSeconds: number;
  expired: number;
  deleted: number;
  ms: number;
  expireMs: number;
  expireBatches: number;
  deleteMs: number;
  deleteBatches: number;
  /** Whole run's µs per row it expired or deleted (null when it processed none). */
  usPerRow: number | null;
}

/** purgeOnce (backend/purge.ts) exactly as the job runs it, over a repository whose two batch
 * steps are timed on the way through. */
async function timedPurge(
  store: Store,
  what: string,
  clock: Date,
  retentionSeconds: number,
  rowsInTable: number,
): Promise<PurgeRun> {
  const steps = { expireMs: 0, expireBatches: 0, deleteMs: 0, deleteBatches: 0 };
  const repo = store.repo;
  /** Runs one batch step, adding its time and count to `steps`. */
  const step = async (kind: 'expire' | 'delete', run: () => Promise<number>) => {
    const t = performance.now();
    const n = await run();
    steps[`${kind}Ms`] += performance.now() - t;
    steps[`${kind}Batches`]++;
    return n;
  };
  const timed: SecretRepository = {
    ...repo,
    expireBatch: (now, batch) => step('expire', () => repo.expireBatch(now, batch)),
    deleteTombstones: (cutoff, batch) => step('delete', () => repo.deleteTombstones(cutoff, batch)),
  };
  const r = await purgeOnce(timed, { now: () => clock }, retentionSeconds);
  const rows = r.expired + r.deleted;
  const run: PurgeRun = {
    database: store.kind,
    table: store.label,
    rowsInTable,
    what,
    clock: clock.toISOString(),
    retentionSeconds: round(retentionSeconds, 3),
    expired: r.expired,
    deleted: r.deleted,
    ms: round(r.ms, 2),
    expireMs: round(steps.expireMs, 2),
    expireBatches: steps.expireBatches,
    deleteMs: round(steps.deleteMs, 2),
    deleteBatches: steps.deleteBatches,
    usPerRow: rows ? Math.round((r.ms * 1000) / rows) : null,
  };
  console.log(
    `  ${store.kind} ${store.label.padEnd(4)} ${what.padEnd(34)} expired ${String(r.expired).padStart(6)}  deleted ${String(r.deleted).padStart(6)}  ${round(r.ms, 2).toFixed(1).padStart(8)} ms (expire ${steps.expireMs.toFixed(1)} ms / ${steps.expireBatches} batches, delete ${steps.deleteMs.toFixed(1)} ms / ${steps.deleteBatches})`,
  );
  return run;
}

export async function purgeSeries(store: Store, dues: number[], settings: ScaleSettings) {
  const runs: PurgeRun[] = [];
  const rows = await rowCount(store);
  if (settings.waitForQuiet) await waitForQuiet(20_000);
  // Nothing due: now, with the default retention (every tombstone ended within it).
  for (let i = 0; i < settings.idleRuns; i++) {
    runs.push(await timedPurge(store, `nothing due (${i + 1})`, new Date(), RETENTION_S, rows));
  }
  // n pending rows past expiry and n tombstones past retention: the clock is set so that n more
  // pending rows are due than in the run before, the retention so that n more tombstones are.
  let cumulative = 0;
  const plan: { n: number; clockMs: number; cutoffMs: number }[] = [];
  for (const n of dues) {
    cumulative += n;
    plan.push({
      n,
      clockMs: await kthMs(store, 'expires_at', cumulative),
      cutoffMs: await kthMs(store, 'ended_at', cumulative),
    });
  }
  let last = { clock: new Date(), retention: RETENTION_S };
  for (const p of plan) {
    const clock = new Date(p.clockMs);
    const retention = (p.clockMs - p.cutoffMs) / 1000;
    last = { clock, retention };
    runs.push(
      await timedPurge(
        store,
        `${p.n.toLocaleString('en')} expired + ${p.n.toLocaleString('en')} past retention`,
        clock,
        retention,
        await rowCount(store),
      ),
    );
  }
  // The next run, nothing left due: its index scans start on the entries of the rows just
  // processed, which only VACUUM removes.
  const after = await rowCount(store);
  runs.push(await timedPurge(store, 'nothing due, right after', last.clock, last.retention, after));
  runs.push(await timedPurge(store, 'nothing due, again', last.clock, last.retention, after));
  // What those two runs read, before VACUUM clears the entries of the rows just processed.
  const cutoff = new Date(last.clock.getTime() - last.retention * 1000);
  const when = `nothing due, after the runs above, before VACUUM`;
  const explained = [
    await explain(store, 'expireBatch', when, (r) => r.expireBatch(last.clock, 1000)),
    await explain(store, 'deleteTombstones', when, (r) => r.deleteTombstones(cutoff, 1000)),
  ];
  await store.exec('vacuum analyze');
  runs.push(
    await timedPurge(store, 'nothing due, after VACUUM', last.clock, last.retention, after),
  );
  return { runs, explained };
}
