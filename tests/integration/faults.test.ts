// Faults in the middle of a load: the database unreachable, its connections killed, a backend
// process killed with SIGKILL. Two backend processes (backend/main.ts) on one PostgreSQL, a
// ledger-keeping load of creates and reveals over HTTP (tests/support/load.ts), and afterwards
// the ledger must balance with the database.
//
// The machine's PostgreSQL is shared with other tests, so it is never stopped: the backends reach
// it through a TCP relay this test cuts and restores (refused connections and cut sockets, as
// when PostgreSQL restarts), and pg_terminate_backend kills the connections of this test's own
// database only. PostgreSQL only (PGlite lives inside one process): skipped without
// TEST_DATABASE_URL, which CI always sets. The SIGTERM drain is in process.test.ts.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { callApi, describeResult, tally as tallyOf } from '../support/api';
import { startBackend } from '../support/backend-process';
import { postgresOnly } from '../support/databases';
import { skipWithoutPostgres, useTwoBackends } from '../support/fixtures';
import { checkLedger } from '../support/ledger';
import { startLoad, type Load } from '../support/load';
import { fakeShare } from '../support/shares';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What a client may be told while the database is away: typed, retryable, a 503. */
const TYPED_OUTAGE = '503 SERVICE_UNAVAILABLE';
/** The answers of a healthy run. A DUPLICATE_ID is normal too when it answers the retry of a
 * create whose first answer was lost (the load flags any other as an anomaly). */
const NORMAL = new Set(['ok', '404 UNAVAILABLE', '401 WRONG_PASSPHRASE', '409 DUPLICATE_ID']);

/** Waits until the load has had `n` answers (bounded), so a fault lands in the middle of it. */
async function underway(load: Load, n = 300) {
  for (let i = 0; i < 100 && load.records.length < n; i++) await sleep(50);
}

skipWithoutPostgres();

describe.each(postgresOnly)('faults under load: two backend processes on $name', (database) => {
  const two = useTwoBackends(
    database,
    { RATE_LIMIT_CREATE: '0', RATE_LIMIT_REVEAL: '0', DB_POOL_SIZE: '5' },
    { relay: true },
  );
  /** The processes the load is spread over (the SIGKILL test swaps a restarted one in). */
  const backends = two.backends;
  const targets = () => two.urls();
  const link = () => two.link!;

  /** ms until every backend answers a real API call again (bounded by `withinMs`). */
  async function recovery(withinMs: number): Promise<number> {
    const t0 = Date.now();
    const { input } = await fakeShare();
    for (const url of targets()) {
      for (;;) {
        const r = await callApi(url, 'secret.peek', { id: input.id }, { timeoutMs: 5_000 });
        if (r.kind === 'ok') break;
        if (Date.now() - t0 > withinMs) throw new Error(`${url} still says ${describeResult(r)}`);
        await sleep(100);
      }
    }
    return Date.now() - t0;
  }

  async function balance(load: Load) {
    const { problems, summary } = await checkLedger(load.ledger, two.database.handle.db, (id, i) =>
      callApi(targets()[i % 2]!, 'secret.peek', { id }),
    );
    expect(problems, `seed ${load.seed}`).toEqual([]);
    expect(summary.secrets).toBeGreaterThan(50);
    return summary;
  }

  const tally = (records: Load['records']) => tallyOf(records.map((r) => r.result));

  it('PostgreSQL unreachable mid-load: typed 503s during the outage, recovery by itself, the ledger balances', async () => {
    const pids = backends.map((p) => p.pid);
    const load = startLoad({ targets, workers: 16, pauseMs: 20, maxMs: 40_000 });
    try {
      await underway(load);
      const down = load.elapsed();
      await link().down();
      await sleep(1_000);
      // What a client is told, in full: typed, retryable, with the time to wait.
      const { input } = await fakeShare();
      for (const url of targets()) {
        const told = await callApi(url, 'secret.create', input, { timeoutMs: 10_000 });
        expect(told).toMatchObject({
          kind: 'error',
          status: 503,
          reason: 'SERVICE_UNAVAILABLE',
          data: { retryAfter: expect.any(Number) },
        });
      }
      await sleep(2_000);
      const up = load.elapsed();
      await link().up();
      const recoveredIn = await recovery(15_000);
      // Back within seconds, with no restart: the same processes answer.
      expect(recoveredIn).toBeLessThan(10_000);
      await sleep(3_000);
      load.stop();
      await load.done;
      const context = `seed ${load.seed}; answers ${JSON.stringify(tally(load.records))}`;

      expect(load.anomalies, context).toEqual([]);
      expect(backends.map((p) => [p.pid, p.child.exitCode])).toEqual(pids.map((p) => [p, null]));
      // During the outage: every failure was the typed 503, each answered without hanging.
      const during = load.records.filter((r) => r.at > down + 200 && r.at < up);
      expect(during.filter((r) => r.result === TYPED_OUTAGE).length, context).toBeGreaterThan(20);
      expect(
        during.filter((r) => !NORMAL.has(r.result) && r.result !== TYPED_OUTAGE),
        context,
      ).toEqual([]);
      expect(Math.max(...during.map((r) => r.ms))).toBeLessThan(10_000);
      // At no time anything else: no 500, no untyped answer, no dropped connection.
      expect(
        load.records.filter((r) => !NORMAL.has(r.result) && r.result !== TYPED_OUTAGE),
        context,
      ).toEqual([]);
      // Afterwards: healthy again.
      const after = load.records.filter((r) => r.at > up + recoveredIn + 1_000);
      expect(
        after.filter((r) => !NORMAL.has(r.result)),
        context,
      ).toEqual([]);
      expect(after.filter((r) => r.result === 'ok').length, context).toBeGreaterThan(20);

      await balance(load);
    } finally {
      load.stop();
      await load.done;
      await link()
        .up()
        .catch(() => {});
    }
  });

  it('its connections killed (pg_terminate_backend) mid-load: typed 503s at most, the ledger balances', async () => {
    const admin = new pg.Client({ connectionString: two.database.url });
    await admin.connect();
    const load = startLoad({ targets, workers: 16, pauseMs: 20, maxMs: 30_000 });
    try {
      await underway(load);
      let killed = 0;
      for (let round = 0; round < 3; round++) {
        const { rows } = await admin.query<{ n: number }>(
          `select count(*) filter (where pg_terminate_backend(pid))::int as n
           from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
        );
        killed += rows[0]!.n;
        await sleep(700);
      }
      expect(killed).toBeGreaterThanOrEqual(2);
      expect(await recovery(15_000)).toBeLessThan(10_000);
      await sleep(1_500);
      load.stop();
      await load.done;
      const context = `seed ${load.seed}; answers ${JSON.stringify(tally(load.records))}`;
      expect(load.anomalies, context).toEqual([]);
      expect(
        load.records.filter((r) => !NORMAL.has(r.result) && r.result !== TYPED_OUTAGE),
        context,
      ).toEqual([]);
      expect(backends.every((p) => p.child.exitCode === null)).toBe(true);
      await balance(load);
    } finally {
      load.stop();
      await load.done;
      await admin.end();
    }
  });

  it('a backend process killed with SIGKILL mid-load and restarted: the ledger balances', async () => {
    const load = startLoad({ targets, workers: 16, pauseMs: 20, maxMs: 30_000 });
    try {
      await underway(load);
      const victim = backends[0]!;
      victim.child.kill('SIGKILL');
      expect(await victim.exited).toEqual({ code: null, signal: 'SIGKILL' });
      // For a second its address refuses connections, and clients go on with the other one.
      await sleep(1_000);
      backends[0] = await startBackend(two.env);
      await sleep(2_000);
      load.stop();
      await load.done;
      const context = `seed ${load.seed}; answers ${JSON.stringify(tally(load.records))}`;

      expect(load.anomalies, context).toEqual([]);
      // Requests to the killed process got no answer (or were refused); all others a normal one.
      const others = load.records.filter((r) => r.target !== victim.url);
      expect(
        others.filter((r) => !NORMAL.has(r.result)),
        context,
      ).toEqual([]);
      const toVictim = load.records.filter((r) => r.target === victim.url);
      expect(
        toVictim.some((r) => r.result === 'refused'),
        context,
      ).toBe(true);
      expect(
        toVictim.filter(
          (r) => !NORMAL.has(r.result) && r.result !== 'refused' && r.result !== 'lost',
        ),
      ).toEqual([]);
      // The restarted process took its share of the load.
      const restarted = backends[0]!.url;
      expect(
        load.records.filter((r) => r.target === restarted && r.result === 'ok').length,
      ).toBeGreaterThan(20);
      await balance(load);
    } finally {
      load.stop();
      await load.done;
    }
  });
});
