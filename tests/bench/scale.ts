// `npx tsx tests/bench/scale.ts [--quick] [--only=postgres|pglite] [--no-wait] [--out=path]`
// Cost does not grow with stored secrets (docs/bench/scale.md): reveal latency with 1 M stored secrets
// against 10 k (target: within 20 %), and the purge job's cost against the number of rows it has
// to process rather than the table's size (an index on expiry). A benchmark, not a test: it
// prints figures and writes docs/bench/scale.json (a --quick or partial run writes
// tests/artifacts/bench/scale.json instead), then redraws the chart (tests/bench/chart.ts).
//
// Two fresh databases of the same schema are filled, a small one (10 k pending secrets) and a
// large one (1 M), and reveals alternate between them in short rounds, so that whatever else
// the shared machine does lands on both alike. Every reveal is the repository's own statement
// (createSecretRepository(db).reveal, through backend/db/connect.ts) on a distinct row.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import {
  CompiledQuery,
  RawNode,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import pg from 'pg';
import { connect, type DbHandle } from '../../backend/db/connect';
import { migrateToLatest } from '../../backend/db/migrator';
import { purgeOnce } from '../../backend/purge';
import {
  createSecretRepository,
  type RateGate,
  type SecretRepository,
} from '../../backend/secrets/repository';
import { KDF } from '../../shared/limits';
import { writeChart } from './chart';
import { CpuMeter, waitForQuiet } from './cpu';
import { postgresInfo, redact, resolvePostgres } from './databases';
import { machine } from './machine';
import { Latencies, median, type LatencySummary } from './stats';

type Kind = 'postgres' | 'pglite';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

const quick = flag('quick');
const only = option('only') as Kind | undefined;
if (only && only !== 'postgres' && only !== 'pglite') {
  console.error(`--only must be postgres or pglite, got ${only}`);
  process.exit(2);
}
const partial = quick || !!only;
const out =
  option('out') ?? (partial ? 'tests/artifacts/bench/scale.json' : 'docs/bench/scale.json');
const chartOut = partial ? 'tests/artifacts/bench/chart.svg' : 'docs/bench/chart.svg';

const settings = quick
  ? {
      small: 10_000,
      large: 100_000,
      pgliteLarge: 50_000,
      pgliteMinLarge: 20_000,
      pgliteFillBudgetS: 60,
      chunks: 5,
      reveals: 400,
      warmup: 50,
      rounds: 4,
      concurrency: [1, 16],
      purgeDue: [1_000, 10_000],
      idleRuns: 3,
      waitForQuiet: false,
    }
  : {
      small: 10_000,
      large: 1_000_000,
      pgliteLarge: 1_000_000,
      /** If filling PGlite to `pgliteLarge` would take longer than the budget, stop here. */
      pgliteMinLarge: 200_000,
      pgliteFillBudgetS: 240,
      chunks: 10,
      /** Measured reveals per database and concurrency, in `rounds` alternating rounds. */
      reveals: 2_000,
      warmup: 200,
      rounds: 8,
      concurrency: [1, 16],
      purgeDue: [1_000, 10_000, 100_000],
      idleRuns: 3,
      waitForQuiet: !flag('no-wait'),
    };
/** Tombstones (terminal rows, no secret material) per pending row: 20 % of all rows. */
const TOMBSTONES_PER_PENDING = 0.25;
const POOL_SIZE = 16;
const RETENTION_S = 7 * 86400; // backend/config.ts RETENTION default
const HINT = 'bench client';
/** The target (docs/benchmarks.md#targets): 1 M within 20 % of 10 k. */
const MAX_RATIO = 1.2;

// ── cleanup ─────────────────────────────────────────────────────────────────────────────────

/** Drops and removals still owed, run on error or Ctrl-C so nothing is left behind. */
const cleanups = new Set<() => Promise<void>>();
const cleanupAll = () => Promise.allSettled([...cleanups].map((c) => c()));

process.once('SIGINT', () => {
  console.error('\ninterrupted: dropping the benchmark databases and temporary directories');
  void cleanupAll().then(() => process.exit(130));
});

// ── the databases ───────────────────────────────────────────────────────────────────────────

interface Store {
  kind: Kind;
  /** "10k", "1M": the pending rows it was filled with. */
  label: string;
  /** PostgreSQL database name (CPU accounting) or PGlite data directory. */
  name: string;
  handle: DbHandle;
  repo: SecretRepository;
  /** Raw SQL outside the pool (fills, VACUUM, planning queries): no statement timeout. */
  exec(text: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

const sizeLabel = (n: number) =>
  n >= 1_000_000
    ? `${+(n / 1_000_000).toPrecision(3)}M`
    : n >= 1000
      ? `${+(n / 1000).toPrecision(3)}k`
      : String(n);

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function pgSetting(url: string, name: string): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return String((await c.query(`select current_setting($1) as v`, [name])).rows[0]?.v);
  } finally {
    await c.end();
  }
}

async function adminQuery(adminUrl: string, text: string) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

async function postgresStore(adminUrl: string, name: string, label: string): Promise<Store> {
  await adminQuery(adminUrl, `create database ${name}`);
  const drop = async () => {
    cleanups.delete(drop);
    await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
  };
  cleanups.add(drop);
  const url = withDatabase(adminUrl, name);
  const handle = await connect({ databaseUrl: url, poolSize: POOL_SIZE, onPoolError: () => {} });
  await migrateToLatest(handle.db);
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  await client.connect();
  return {
    kind: 'postgres',
    label,
    name,
    handle,
    repo: createSecretRepository(handle.db),
    exec: async (text, params) => (await client.query(text, params)).rows,
    async close() {
      await client.end().catch(() => {});
      await handle.close().catch(() => {});
      await drop();
    },
  };
}

async function pgliteStore(label: string): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'oncelink-bench-scale-'));
  const remove = async () => {
    cleanups.delete(remove);
    rmSync(dir, { recursive: true, force: true });
  };
  cleanups.add(remove);
  const handle = await connect({ dataDir: dir });
  await migrateToLatest(handle.db);
  return {
    kind: 'pglite',
    label,
    name: dir,
    handle,
    repo: createSecretRepository(handle.db),
    exec: async (text, params) =>
      (await handle.db.executeQuery(CompiledQuery.raw(text, params ?? []))).rows as Record<
        string,
        unknown
      >[],
    async close() {
      await handle.close().catch(() => {});
      await remove();
    },
  };
}

// ── filling ─────────────────────────────────────────────────────────────────────────────────

/** Pending rows $2..$3 with a `created` event each, valid under secret_material_matches_state:
 * 16-byte random id, 272-byte ciphertext, 12-byte iv, 16-byte salt, 32-byte verifier, unique
 * 32-byte manage_hash. Created in the day before $1, expiring between 2 h and 7 days after it. */
const PENDING_SQL = `
with ins as (
  insert into secret (id, state, ciphertext, iv, salt, verifier, manage_hash, kdf_m, kdf_t, kdf_p,
    max_views, views_left, max_attempts, attempts_left, created_at, expires_at)
  select uuid_send(gen_random_uuid()), 'pending', decode(repeat(md5(i::text), 17), 'hex'),
    decode(left(md5('iv' || i), 24), 'hex'), decode(md5('salt' || i), 'hex'),
    sha256(('verifier' || i)::bytea), sha256(('manage-p' || i)::bytea),
    ${KDF.default.m}, ${KDF.default.t}, ${KDF.default.p}, 1, 1, 1, 1,
    $1::timestamptz - random() * interval '1 day',
    $1::timestamptz + interval '2 hours' + random() * interval '6 days 22 hours'
  from generate_series($2::int, $3::int) as i
  returning id, created_at
)
insert into secret_event (secret_id, type, at) select id, 'created', created_at from ins`;

/** Tombstones $2..$3 (60 % viewed, 30 % expired, 5 % revoked, 5 % destroyed), material nulled,
 * ended 1 to 6 days before $1 (inside the 7-day retention), with their `created` and terminal
 * events. */
const TOMBSTONE_SQL = `
with src as (
  select i, case when i % 20 < 12 then 'viewed' when i % 20 < 18 then 'expired'
                 when i % 20 = 18 then 'revoked' else 'destroyed' end as st,
    $1::timestamptz - interval '6 days' + random() * interval '4 days' as c
  from generate_series($2::int, $3::int) as i
),
ins as (
  insert into secret (id, state, manage_hash, kdf_m, kdf_t, kdf_p, max_views, views_left,
    max_attempts, attempts_left, created_at, expires_at, ended_at)
  select uuid_send(gen_random_uuid()), st, sha256(('manage-t' || i)::bytea),
    ${KDF.default.m}, ${KDF.default.t}, ${KDF.default.p},
    1, case when st = 'viewed' then 0 else 1 end, 1, case when st = 'destroyed' then 0 else 1 end,
    c, c + interval '1 day',
    case when st = 'expired' then c + interval '1 day' else c + random() * interval '1 day' end
  from src
  returning id, state, created_at, ended_at
)
insert into secret_event (secret_id, type, at)
select id, 'created', created_at from ins
union all
select id, state, ended_at from ins`;

/** A secret whose authKey we know, to be revealed. */
interface Share {
  id: Buffer;
  verifier: Buffer;
  ciphertext: Buffer;
  iv: Buffer;
  salt: Buffer;
  manageHash: Buffer;
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest();

function makeShares(n: number): Share[] {
  return Array.from({ length: n }, () => ({
    id: randomBytes(16),
    // verifier = SHA-256(authKey), as the client makes it and the service checks it
    verifier: sha256(randomBytes(32)),
    ciphertext: randomBytes(272),
    iv: randomBytes(12),
    salt: randomBytes(16),
    manageHash: sha256(randomBytes(32)),
  }));
}

async function insertShares(store: Store, shares: Share[], expiresInMs = 86400_000) {
  let next = 0;
  const workers = store.kind === 'postgres' ? 8 : 1;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let i = next++; i < shares.length; i = next++) {
        const s = shares[i]!;
        const now = new Date();
        const r = await store.repo.insert(
          {
            ...s,
            kdf: { m: KDF.default.m, t: KDF.default.t, p: KDF.default.p },
            maxViews: 1,
            maxAttempts: 1,
            createdAt: now,
            expiresAt: new Date(now.getTime() + expiresInMs),
          },
          null,
          HINT,
        );
        if (r.outcome !== 'created') throw new Error(`insert: ${r.outcome}`);
      }
    }),
  );
}

interface FillResult {
  askedPending: number;
  pending: number;
  tombstones: number;
  seconds: number;
  /** Set when the fill stopped short of `askedPending` to stay within its time budget. */
  scaledDown: string | null;
}

/**
 * Fills `store` to `pending` pending secrets (the shares among them) plus tombstones, in
 * `chunks` steps; the shares go in between the chunks, so they lie spread over the table as
 * secrets created over time do. With a budget, stops early (at ≥ `minPending`) when finishing
 * would take longer than it.
 */
async function fill(
  store: Store,
  pending: number,
  shares: Share[],
  t0: Date,
  chunks: number,
  budget?: { seconds: number; minPending: number },
): Promise<FillResult> {
  const started = performance.now();
  const filler = pending - shares.length;
  const tombstones = Math.round(pending * TOMBSTONES_PER_PENDING);
  let donePending = 0;
  let doneTomb = 0;
  let doneShares = 0;
  let scaledDown: string | null = null;
  for (let k = 0; k < chunks; k++) {
    const p1 = Math.floor((filler * (k + 1)) / chunks);
    const t1 = Math.floor((tombstones * (k + 1)) / chunks);
    const s1 = Math.floor((shares.length * (k + 1)) / chunks);
    await store.exec(PENDING_SQL, [t0, donePending + 1, p1]);
    await store.exec(TOMBSTONE_SQL, [t0, doneTomb + 1, t1]);
    await insertShares(store, shares.slice(doneShares, s1));
    donePending = p1;
    doneTomb = t1;
    doneShares = s1;
    const elapsed = (performance.now() - started) / 1000;
    const have = donePending + doneShares;
    process.stdout.write(
      `\r  ${store.kind} ${store.label}: ${have.toLocaleString('en')} pending, ${doneTomb.toLocaleString('en')} tombstones, ${elapsed.toFixed(0)} s`,
    );
    if (budget && k < chunks - 1 && have >= 0.99 * budget.minPending) {
      const projected = (elapsed * chunks) / (k + 1);
      if (projected > budget.seconds) {
        scaledDown = `filling ${pending.toLocaleString('en')} would take about ${projected.toFixed(0)} s, over the ${budget.seconds} s budget: stopped at ${have.toLocaleString('en')}`;
        break;
      }
    }
  }
  await insertShares(store, shares.slice(doneShares));
  process.stdout.write('\n');
  if (scaledDown) console.log(`  ${scaledDown}`);
  return {
    askedPending: pending,
    pending: donePending + shares.length,
    tombstones: doneTomb,
    seconds: +((performance.now() - started) / 1000).toFixed(1),
    scaledDown,
  };
}

async function sizes(store: Store) {
  const [r] = await store.exec(`
    select (select count(*) from secret where state = 'pending')::int as pending,
      (select count(*) from secret where state <> 'pending')::int as tombstones,
      (select count(*) from secret_event)::int as events,
      pg_relation_size('secret')::float8 as "secretHeapBytes",
      pg_indexes_size('secret')::float8 as "secretIndexBytes",
      pg_total_relation_size('secret_event')::float8 as "eventBytes",
      pg_database_size(current_database())::float8 as "databaseBytes"`);
  return r as {
    pending: number;
    tombstones: number;
    events: number;
    secretHeapBytes: number;
    secretIndexBytes: number;
    eventBytes: number;
    databaseBytes: number;
  };
}

// ── reveals ─────────────────────────────────────────────────────────────────────────────────

/** The rate-limit gate the service passes by default (RATE_LIMIT_REVEAL > 0): one bucket per
 * client, here per worker, with a limit no run reaches. */
function gate(worker: number, now: Date): RateGate {
  return {
    bucket: `reveal:bench-${worker}`,
    windowStart: new Date(Math.floor(now.getTime() / 60_000) * 60_000),
    limit: 1_000_000,
  };
}

async function reveals(store: Store, shares: Share[], concurrency: number, sinks: Latencies[]) {
  let next = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      for (let i = next++; i < shares.length; i = next++) {
        const s = shares[i]!;
        const now = new Date();
        const t = performance.now();
        const r = await store.repo.reveal(s.id, s.verifier, now, gate(w, now), HINT);
        const ms = performance.now() - t;
        if (r.outcome === 'revealed') for (const l of sinks) l.add(ms);
        else errors++;
      }
    }),
  );
  return errors;
}

interface Side {
  label: string;
  pendingAtStart: number;
  latencyMs: LatencySummary;
  /** p50 of each round, in order. */
  roundP50: number[];
  /** CPU of other programs during this side's rounds, % of one core (mean over rounds). */
  otherCpu: number | null;
}

interface RevealComparison {
  database: Kind;
  concurrency: number;
  small: Side;
  large: Side;
  ratio: { p50: number; mean: number; p99: number; medianOfRoundP50: number };
  met: { p50: boolean; mean: boolean };
  errors: number;
  quiet: { waitedMs: number; quiet: boolean } | null;
}

const r2 = (x: number) => +x.toFixed(2);
const r3 = (x: number) => +x.toFixed(3);

async function compareReveals(
  small: Store,
  large: Store,
  sharesOf: Map<Store, Share[]>,
  concurrency: number,
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
    const [r] = await s.exec(`select count(*)::int as n from secret where state = 'pending'`);
    pendingAtStart.set(s, Number(r!.n));
  }
  for (let round = 0; round < settings.rounds; round++) {
    const order = round % 2 === 0 ? [small, large] : [large, small];
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
    p50: r3(b.latencyMs.p50 / a.latencyMs.p50),
    mean: r3(b.latencyMs.mean / a.latencyMs.mean),
    p99: r3(b.latencyMs.p99 / a.latencyMs.p99),
    medianOfRoundP50: r3(median(b.roundP50) / median(a.roundP50)),
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

// ── purge ───────────────────────────────────────────────────────────────────────────────────

interface PurgeRun {
  database: Kind;
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
  const timed: SecretRepository = {
    ...repo,
    async expireBatch(now, batch) {
      const t = performance.now();
      const n = await repo.expireBatch(now, batch);
      steps.expireMs += performance.now() - t;
      steps.expireBatches++;
      return n;
    },
    async deleteTombstones(cutoff, batch) {
      const t = performance.now();
      const n = await repo.deleteTombstones(cutoff, batch);
      steps.deleteMs += performance.now() - t;
      steps.deleteBatches++;
      return n;
    },
  };
  const r = await purgeOnce(timed, { now: () => clock }, retentionSeconds);
  const rows = r.expired + r.deleted;
  const run: PurgeRun = {
    database: store.kind,
    table: store.label,
    rowsInTable,
    what,
    clock: clock.toISOString(),
    retentionSeconds: r3(retentionSeconds),
    expired: r.expired,
    deleted: r.deleted,
    ms: r2(r.ms),
    expireMs: r2(steps.expireMs),
    expireBatches: steps.expireBatches,
    deleteMs: r2(steps.deleteMs),
    deleteBatches: steps.deleteBatches,
    usPerRow: rows ? Math.round((r.ms * 1000) / rows) : null,
  };
  console.log(
    `  ${store.kind} ${store.label.padEnd(4)} ${what.padEnd(34)} expired ${String(r.expired).padStart(6)}  deleted ${String(r.deleted).padStart(6)}  ${r2(r.ms).toFixed(1).padStart(8)} ms (expire ${steps.expireMs.toFixed(1)} ms / ${steps.expireBatches} batches, delete ${steps.deleteMs.toFixed(1)} ms / ${steps.deleteBatches})`,
  );
  return run;
}

/** The k-th smallest expires_at of pending rows, rounded up to the millisecond (the clock at
 * which exactly about k rows are due), and likewise the k-th smallest ended_at of tombstones. */
async function kthMs(store: Store, column: 'expires_at' | 'ended_at', k: number) {
  const where = column === 'expires_at' ? `state = 'pending'` : `state <> 'pending'`;
  const [r] = await store.exec(
    `select (floor(extract(epoch from ${column}) * 1000) + 1)::float8 as ms
     from secret where ${where} order by ${column} offset $1 limit 1`,
    [k - 1],
  );
  if (!r) throw new Error(`fewer than ${k} rows for ${column}`);
  return Number(r.ms);
}

async function rowCount(store: Store) {
  const [r] = await store.exec(`select count(*)::int as n from secret`);
  return Number(r!.n);
}

async function purgeSeries(store: Store, dues: number[]) {
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

// ── EXPLAIN of the repository's own statements ───────────────────────────────────────────

/** Prefixes the repository's raw statement with EXPLAIN and keeps the plan it returns. */
class ExplainPlugin implements KyselyPlugin {
  plan: string[] = [];
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const node = args.node;
    if (node.kind !== 'RawNode') throw new Error(`not a raw statement: ${node.kind}`);
    const [first, ...rest] = node.sqlFragments;
    return RawNode.create([`explain (analyze, buffers) ${first ?? ''}`, ...rest], node.parameters);
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.plan.push(...args.result.rows.map((r) => String(Object.values(r)[0])));
    return args.result;
  }
}

class Rollback extends Error {}

interface Explained {
  database: Kind;
  table: string;
  statement: string;
  condition: string;
  highlights: string[];
  plan: string[];
}

/** EXPLAIN (ANALYZE, BUFFERS) of one repository call, in a transaction rolled back after. */
async function explain(
  store: Store,
  statement: string,
  condition: string,
  call: (repo: SecretRepository) => Promise<unknown>,
): Promise<Explained> {
  const plugin = new ExplainPlugin();
  try {
    await store.handle.db.transaction().execute(async (trx) => {
      await call(createSecretRepository(trx.withPlugin(plugin)));
      throw new Rollback();
    });
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  return {
    database: store.kind,
    table: store.label,
    statement,
    condition,
    highlights: planHighlights(plugin.plan),
    plan: plugin.plan,
  };
}

/** The plan's scans, the statement's total buffers (the root node's) and its run time. */
const planHighlights = (plan: string[]) => {
  const rootBuffers = plan.findIndex((l) => /^\s*Buffers:/.test(l));
  return plan
    .filter((l, i) => /Scan|Execution Time/.test(l) || i === rootBuffers)
    .map((l) => (l.trim().startsWith('Buffers') ? `total ${l.trim()}` : l.trim()));
};

async function explains(store: Store, spare: Share, dues: number[]): Promise<Explained[]> {
  const out: Explained[] = [];
  const now = new Date();
  out.push(
    await explain(store, 'reveal', 'a pending secret, right authKey', (r) =>
      r.reveal(spare.id, spare.verifier, now, gate(0, now), HINT),
    ),
  );
  out.push(await explain(store, 'expireBatch', 'nothing due', (r) => r.expireBatch(now, 1000)));
  out.push(
    await explain(store, 'deleteTombstones', 'nothing due', (r) =>
      r.deleteTombstones(new Date(now.getTime() - RETENTION_S * 1000), 1000),
    ),
  );
  for (const n of dues) {
    const clock = new Date(await kthMs(store, 'expires_at', n));
    const cutoff = new Date(await kthMs(store, 'ended_at', n));
    const label = `${n.toLocaleString('en')} due`;
    out.push(await explain(store, 'expireBatch', label, (r) => r.expireBatch(clock, 1000)));
    out.push(
      await explain(store, 'deleteTombstones', label, (r) => r.deleteTombstones(cutoff, 1000)),
    );
  }
  return out;
}

// ── one database kind, end to end ─────────────────────────────────────────────────────────

interface KindResult {
  database: Kind;
  stores: { label: string; fill: FillResult; sizes: Awaited<ReturnType<typeof sizes>> }[];
  reveal: RevealComparison[];
  /** n of the "n expired + n past retention" runs on the large table. */
  purgeDue: number[];
  purge: PurgeRun[];
  explain: Explained[];
}

async function runKind(
  kind: Kind,
  make: (label: string) => Promise<Store>,
  largeAsked: number,
  budget?: { seconds: number; minPending: number },
): Promise<KindResult> {
  const t0 = new Date();
  const perStore = settings.concurrency.length * (settings.warmup + settings.reveals);
  const small = await make(sizeLabel(settings.small));
  let large: Store | null = null;
  try {
    large = await make(sizeLabel(largeAsked));
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
      await insertShares(s, [spares.get(s)!], 30 * 86400_000);
      f.askedPending += 1;
      f.pending += 1;
      fills.set(s, f);
      if (f.scaledDown) s.label = sizeLabel(f.pending);
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
      const r = await compareReveals(small, large, sharesOf, c);
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
    const smallPurge = await purgeSeries(small, [settings.purgeDue[0]!]);
    const largePurge = await purgeSeries(large, dues);
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

const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;

// ── report ──────────────────────────────────────────────────────────────────────────────────

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const w = headers.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i < 3 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ');
  return [line(cells[0]!), w.map((n) => '-'.repeat(n)).join('  '), ...cells.slice(1).map(line)]
    .map((l) => `  ${l}`)
    .join('\n');
}

function summary(results: KindResult[]) {
  console.log('\nReveal latency, the repository statement (ms), large table against small');
  console.log(
    table(
      [
        'database',
        'clients',
        'table',
        'pending',
        'p50',
        'mean',
        'p99',
        'ratio p50',
        'ratio mean',
        'ratio p99',
        'met?',
      ],
      results.flatMap((k) =>
        k.reveal.flatMap((r) => [
          [
            k.database,
            r.concurrency,
            r.small.label,
            r.small.pendingAtStart,
            r.small.latencyMs.p50,
            r.small.latencyMs.mean,
            r.small.latencyMs.p99,
            '',
            '',
            '',
            '',
          ],
          [
            '',
            '',
            r.large.label,
            r.large.pendingAtStart,
            r.large.latencyMs.p50,
            r.large.latencyMs.mean,
            r.large.latencyMs.p99,
            r.ratio.p50,
            r.ratio.mean,
            r.ratio.p99,
            r.met.p50 && r.met.mean ? 'yes' : 'NO',
          ],
        ]),
      ),
    ),
  );
  console.log(`  (target: ratio of p50 and of mean ≤ ${MAX_RATIO})`);
  console.log('\nPurge runs (purgeOnce)');
  console.log(
    table(
      [
        'database',
        'table',
        'run',
        'rows',
        'expired',
        'deleted',
        'ms',
        'expire ms',
        'delete ms',
        'µs/row',
      ],
      results.flatMap((k) =>
        k.purge.map((p) => [
          p.database,
          p.table,
          p.what,
          p.rowsInTable,
          p.expired,
          p.deleted,
          p.ms,
          p.expireMs,
          p.deleteMs,
          p.usPerRow ?? '–',
        ]),
      ),
    ),
  );
}

// ── main ────────────────────────────────────────────────────────────────────────────────────

async function main() {
  const started = new Date();
  const host = machine();
  console.log(`oncelink scale benchmark${quick ? ' (quick)' : ''}`);
  console.log(`  cpu ${host.cpuModel}, ${host.cores} cores, ${host.memoryGiB} GiB; ${host.os}`);
  console.log(`  node ${host.node}; pglite ${host.pglite}; pg ${host.pg}; kysely ${host.kysely}`);
  console.log(`  load average at start ${host.loadAverageAtStart.join(' ')}`);

  const results: KindResult[] = [];
  const skipped: { database: Kind; reason: string }[] = [];
  let postgres:
    | (Awaited<ReturnType<typeof postgresInfo>> & { autovacuum: string; url: string; from: string })
    | null = null;
  const tag = randomBytes(4).toString('hex');

  if (!only || only === 'postgres') {
    const found = await resolvePostgres();
    if ('skip' in found) {
      console.log(`\nPostgreSQL skipped: ${found.skip}`);
      skipped.push({ database: 'postgres', reason: found.skip });
    } else {
      const info = {
        ...(await postgresInfo(found.url)),
        // Off on this machine's CI configuration: the bench VACUUMs where it matters.
        autovacuum: await pgSetting(found.url, 'autovacuum'),
      };
      postgres = { ...info, url: redact(found.url), from: found.from };
      console.log(
        `\nPostgreSQL ${info.serverVersion} at ${postgres.url} (shared_buffers=${info.sharedBuffers}, synchronous_commit=${info.synchronousCommit}, autovacuum=${info.autovacuum}); databases oncelink_bench_scale_${tag}_*`,
      );
      results.push(
        await runKind(
          'postgres',
          (label) =>
            postgresStore(found.url, `oncelink_bench_scale_${tag}_${label.toLowerCase()}`, label),
          settings.large,
        ),
      );
    }
  }
  if (!only || only === 'pglite') {
    console.log('\nPGlite (embedded, a data directory on local disk each, as the backend uses it)');
    results.push(
      await runKind('pglite', (label) => pgliteStore(label), settings.pgliteLarge, {
        seconds: settings.pgliteFillBudgetS,
        minPending: settings.pgliteMinLarge,
      }),
    );
  }

  summary(results);
  const errors = results.flatMap((k) => k.reveal).reduce((a, r) => a + r.errors, 0);
  if (errors) console.log(`FAILED: ${errors} reveals did not return the secret`);

  const doc = {
    generatedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    seconds: Math.round((Date.now() - started.getTime()) / 1000),
    mode: { quick, only: only ?? null },
    settings: { ...settings, tombstonesPerPending: TOMBSTONES_PER_PENDING, poolSize: POOL_SIZE },
    machine: { ...host, postgres },
    target: { maxRatio: MAX_RATIO, of: ['p50', 'mean'] },
    skipped,
    results,
    notes: {
      rows: 'pending rows: 16-byte random id, 272-byte ciphertext, 12-byte iv, 16-byte salt, 32-byte verifier, unique manage_hash, each with its created event; tombstones (25 % of the pending count, 20 % of all rows): material NULL, ended 1-6 days ago, with created and terminal events. The secrets revealed were inserted through the repository (createSecretRepository.insert: row + created event), spread between the fill chunks.',
      reveal:
        'createSecretRepository(db).reveal over backend/db/connect.ts (pg pool of 16 / PGlite), with a rate-limit gate as the service passes by default, on distinct rows with the right verifier; latency = the call, in the bench process. Rounds alternate between the small and the large database.',
      purge:
        'purgeOnce from backend/purge.ts with a fixed clock; expireMs / deleteMs time its expireBatch / deleteTombstones calls. "n expired + n past retention": the clock makes n more pending rows due than the run before, the retention n more tombstones.',
      explain:
        "EXPLAIN (ANALYZE, BUFFERS) prefixed to the repository's own statement through a Kysely plugin, in a transaction that is rolled back",
    },
  };
  mkdirSync(dirname(out), { recursive: true });
  // Formatted as the repository's Prettier formats it, so `npm run format:check` passes.
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(out)) ?? {};
  writeFileSync(out, await prettier.format(JSON.stringify(doc), { ...options, parser: 'json' }));
  console.log(`\nwrote ${out}`);
  try {
    writeChart({ scale: out, out: chartOut });
    console.log(`wrote ${chartOut}`);
  } catch (err) {
    console.log(`chart not drawn: ${(err as Error).message}`);
  }
  console.log(`took ${doc.seconds} s`);
  if (errors) process.exitCode = 1;
}

main().catch(async (err: Error) => {
  console.error(`\nbenchmark failed: ${err.stack ?? err.message}`);
  await cleanupAll();
  process.exit(1);
});
