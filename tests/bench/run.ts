// `npm run bench:node [-- --quick] [--only=pglite|postgres] [--skip-kdf] [--skip-stub] [--skip-clients]
//  [--skip-scale] [--no-wait] [--out=path]` (`npm run bench` is the API under wrk: wrk/run.ts)
// Backend throughput and latency over HTTP against the raw-SQL floor (docs/benchmarks.md#targets), on embedded
// PGlite and on PostgreSQL, at 16 and 64 clients; plus Argon2id in Node, and the clients in
// Chromium (page and popup weight, passphrase to plaintext, selection to link). A benchmark, not a test:
// it prints figures and writes them to docs/bench/backend.json (quick or partial runs write to
// tests/artifacts/bench/ instead, so they never overwrite the recorded full run).
import { execFileSync } from 'node:child_process';
import { postgresApi, pgliteApi, stubApi } from './api';
import { flag, onlyOption, outPath, type DatabaseKind } from './args';
import { cleanUpOnInterrupt, failed, findPostgres, type PostgresInfo } from './databases';
import {
  measureExtensionWeight,
  measureSelectionToLink,
  printExtensionBench,
  type ExtensionWeight,
  type SelectionTiming,
} from './extension';
import { pgliteFloors, postgresFloors } from './floor';
import { benchArgon2id, type KdfResult } from './kdf';
import { writeChart } from './chart';
import { machine, printMachine } from './machine';
import { benchPage, printPageBench, type PageBench } from './page';
import {
  cpuPerOp,
  DISTURBED_OTHER_CPU,
  policy,
  Sizer,
  type PhaseResult,
  type Settings,
} from './phase';
import { phaseTable, rows, table, TARGETS, writeJson } from './report';

const quick = flag('quick');
const only = onlyOption();
const partial = quick || !!only || flag('skip-kdf') || flag('skip-stub') || flag('skip-clients');
const out = outPath('backend', partial);
const settings: Settings = quick
  ? { warmupMs: 500, durationMs: 2000, concurrency: [16, 64] }
  : { warmupMs: 2000, durationMs: 8000, concurrency: [16, 64] };
// The machine may be shared: each phase waits for quiet first, and a disturbed phase runs again.
policy.waitForQuiet = !flag('no-wait');
policy.retries = quick || flag('no-wait') ? 0 : 2;

cleanUpOnInterrupt();

async function main() {
  const started = new Date();
  const host = machine();
  console.log(`oncelink backend benchmark${quick ? ' (quick)' : ''}`);
  printMachine(host);
  console.log(
    `  each phase: ${settings.warmupMs / 1000} s warm-up, ${settings.durationMs / 1000} s measured, closed loop, clients ${settings.concurrency.join(' and ')}`,
  );
  console.log(
    `  ${policy.waitForQuiet ? 'waits for a quiet machine before each phase' : 'does not wait for a quiet machine'}; ${policy.retries ? `repeats a disturbed phase ${policy.retries === 1 ? 'once' : `${policy.retries} times`}` : 'no repeats'}`,
  );

  let kdf: KdfResult | null = null;
  if (!flag('skip-kdf')) {
    kdf = await benchArgon2id(5);
    console.log(
      `\nArgon2id in Node (m=${kdf.params.m} KiB, t=${kdf.params.t}, p=${kdf.params.p}): median ${kdf.medianMs} ms of ${kdf.runs} (${kdf.msEach.join(', ')})`,
    );
  }

  const results: PhaseResult[] = [];
  /** Rate guess for the first API phase: the stub's (no database) best, which no API run beats. */
  let apiGuess: number | null = null;
  const skipped: { database: DatabaseKind; reason: string }[] = [];
  const servers: Record<string, Record<string, string>> = {};
  let postgres: PostgresInfo | null = null;

  if (!flag('skip-stub')) {
    console.log(
      '\nNo database: the real app (createApp: HTTP, tRPC, zod, service, metrics, logging) over a stub database',
    );
    const stub = await stubApi(settings, new Sizer(5000));
    apiGuess = Math.max(...stub.results.map((r) => r.rps)) * 1.2;
    results.push(...stub.results);
    servers.none = stub.env;
  }

  if (!only || only === 'pglite') {
    console.log('\nPGlite (embedded, fresh data directories)');
    const floors = await pgliteFloors(settings, 8000);
    results.push(...floors);
    const api = await pgliteApi(settings, new Sizer(apiGuess ?? bestRate(floors) * 1.2));
    results.push(...api.results);
    servers.pglite = api.env;
  }

  if (!only || only === 'postgres') {
    const pg = await findPostgres(skipped);
    if (pg) {
      postgres = pg.info;
      const floors = await postgresFloors(pg.url, settings, 15000);
      results.push(...floors);
      const api = await postgresApi(
        pg.url,
        settings,
        new Sizer(apiGuess ?? bestRate(floors) * 1.2),
      );
      results.push(...api.results);
      servers.postgres = api.env;
    }
  }

  const all = rows(results);
  console.log(
    "\nAPI against the floor (floor = the repository's exact SQL sent straight through pg / PGlite)",
  );
  console.log(table(all));
  console.log('\nEvery phase');
  console.log(phaseTable(results));
  console.log(
    `(cpu %: of one core over the measured window, 200 = both cores; * = other programs used ≥ ${DISTURBED_OTHER_CPU} % meanwhile)`,
  );
  console.log(
    `\ntargets (docs/benchmarks.md#targets): API req/s ≥ ${TARGETS.ratio} × floor req/s; p99 < ${TARGETS.p99Ms} ms at ${TARGETS.p99AtClients} clients`,
  );
  for (const s of skipped) console.log(`skipped ${s.database}: ${s.reason}`);

  const failed = results.filter((r) => r.errors > 0);
  for (const f of failed) {
    console.log(
      `FAILED: ${f.database} ${f.target} ${f.op} c=${f.concurrency}: ${f.errors} errors, e.g. ${f.errorSamples.join(' | ')}`,
    );
  }
  const exhausted = results.filter((r) => r.exhausted);
  for (const e of exhausted) {
    console.log(
      `note: ${e.database} ${e.target} ${e.op} c=${e.concurrency} ran out of inputs after ${e.seconds} s of the window`,
    );
  }

  // The clients, in Debian's Chromium: weight of what a user loads, and the two timings of docs/benchmarks.md#targets.
  let clients: {
    page: PageBench;
    extension: { weight: ExtensionWeight; timing: SelectionTiming };
  } | null = null;
  if (!flag('skip-clients')) {
    const page = await benchPage({ runs: 5 });
    printPageBench(page);
    execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
    const weight = measureExtensionWeight();
    const timing = await measureSelectionToLink(5);
    printExtensionBench(weight, timing);
    clients = { page, extension: { weight, timing } };
  }

  await writeJson(out, {
    generatedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    mode: { quick, only: only ?? null },
    settings,
    policy,
    machine: { ...host, postgres },
    server: servers,
    targets: TARGETS,
    argon2id: kdf,
    clients,
    skipped,
    phases: results.map((r) => ({
      database: r.database,
      target: r.target,
      op: r.op,
      clients: r.concurrency,
      ...pick(r),
    })),
    rows: all.map((r) => ({
      database: r.database,
      op: r.op,
      clients: r.clients,
      api: r.api && pick(r.api),
      noDbApi: r.noDb && pick(r.noDb),
      floor: r.floors.sql && pick(r.floors.sql),
      plainFloor: r.floors.plain && pick(r.floors.plain),
      repoFloor: r.floors.repo && pick(r.floors.repo),
      ratio: r.ratio,
      met: r.met,
      failed: r.failed,
      disturbed: r.disturbed,
    })),
    notes: {
      floor:
        "the repository's exact statements (CTE with the 'created' / 'viewed' event rows), captured from backend/secrets/repository.ts and sent through pg.Pool.query / PGlite.query with C connections",
      plainFloor:
        'hand-written INSERT of the secret row only, and UPDATE…RETURNING burning it (self-join for the old ciphertext); no event rows',
      repoFloor: 'createSecretRepository over Kysely (backend/db/connect.ts), called directly',
      noDbApi:
        'tests/bench/stub-server.ts: the real app (createApp: HTTP server, tRPC router, zod, service, metrics, pino logging) over a Kysely driver that answers the repository at once; the part of each request that is not the database',
      latency:
        'milliseconds from request start to last response byte, measured in the load generator',
      cpu: 'percent of one core over the measured window; 200 = both cores of a 2-core machine. cpuMicrosPerRequest = CPU time of each process divided by requests completed',
      disturbed: `other programs used at least ${DISTURBED_OTHER_CPU} % of a core during some phase of the row`,
    },
  });
  console.log(`\nwrote ${out}`);

  // Cost against stored secrets (10 k vs 1 M) and the purge job: tests/bench/scale.ts, its own
  // process and databases; then the chart of both.
  if (!flag('skip-scale')) {
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'tests/bench/scale.ts', ...(quick ? ['--quick'] : [])],
      {
        stdio: 'inherit',
      },
    );
  }
  const art = 'tests/artifacts/bench';
  const chart = writeChart(
    partial
      ? { backend: out, scale: quick ? `${art}/scale.json` : undefined, out: `${art}/chart.svg` }
      : {},
  );
  console.log(`wrote ${chart}`);
  if (failed.length) process.exitCode = 1;
}

const bestRate = (rs: PhaseResult[]) => Math.max(1000, ...rs.map((r) => r.rps));

function pick(r: PhaseResult) {
  return {
    rps: r.rps,
    latencyMs: r.latencyMs,
    ops: r.ops,
    seconds: r.seconds,
    errors: r.errors,
    errorSamples: r.errorSamples,
    exhausted: r.exhausted,
    attempts: r.attempts,
    cpu: r.cpu,
    cpuMicrosPerRequest: cpuPerOp(r),
  };
}

main().catch(failed);
