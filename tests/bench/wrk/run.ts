// `npm run bench [-- --quick] [--rounds=N] [--stored=N] [--only=postgres|pglite] [--out=path]`: the API under wrk — create and reveal at 16 and 64 clients on
// PostgreSQL with WORKERS=1 and WORKERS=2, on PGlite fresh and after 1 M stored secrets — beside
// the prepared-SQL floor (pgbench on the repository's statements), in interleaved rounds (the
// order of the configurations rotates each round), with the machine's load beside each round.
import { loadavg } from 'node:os';
import { flag, onlyOption, option, outPath } from '../args';
import { cleanUpOnInterrupt, failed, findPostgres } from '../databases';
import { makeShares, PROTOCOL } from '../inputs';
import { machine, printMachine } from '../machine';
import { measureOverhead } from '../overhead';
import { writeChart } from '../chart';
import { writeJson } from '../report';
import { postgresConfig, pgliteConfig } from './configs';
import { pgbenchFloor } from './floor';
import { runConfig, type WrkPhase, type WrkSettings } from './phases';
import { beforeAfterTable } from './markdown';
import { summarise, summaryTable } from './summary';

const quick = flag('quick');
const only = onlyOption();
const rounds = Number(option('rounds') ?? (quick ? 1 : 3));
const settings: WrkSettings = quick
  ? { warmupS: 1, seconds: 2, clients: [16, 64] }
  : { warmupS: 2, seconds: 4, clients: [16, 64] };
const stored = Number(option('stored') ?? (quick ? 100_000 : 1_000_000));
// A v1 run (--protocol=v1, tests/bench/inputs.ts) is a comparison, never the recorded figures.
const out = outPath('wrk', quick || !!only || rounds < 3 || PROTOCOL === 'v1');

cleanUpOnInterrupt();

async function main() {
  const started = new Date();
  const host = machine();
  console.log(`oncelink API under wrk${quick ? ' (quick)' : ''}: ${rounds} round(s)`);
  printMachine(host);
  const overhead = measureOverhead();
  console.log(
    `  per request: log line ${overhead.logLineUs} µs, request metrics ${overhead.requestMetricsUs} µs, share counter ${overhead.shareEventUs} µs`,
  );

  type Runner = { name: string; round(r: number): Promise<WrkPhase[]>; stop(): Promise<void> };
  const runners: Runner[] = [];
  let postgres = null;
  try {
    if (only !== 'pglite') {
      const found = await findPostgres([]);
      if (found) {
        postgres = found.info;
        const floor = await pgbenchFloor(found.url);
        runners.push({ name: 'floor', round: (r) => floor.round(r, settings), stop: floor.stop });
        for (const w of [1, 2]) {
          const c = await postgresConfig(found.url, w, makeShares);
          runners.push({
            name: c.name,
            round: (r) => runConfig(c, settings, r, { create: 8000, reveal: 6000 }),
            stop: c.stop,
          });
        }
      }
    }
    if (only !== 'postgres') {
      for (const n of [0, stored]) {
        const c = await pgliteConfig(n, makeShares);
        runners.push({
          name: c.name,
          round: (r) => runConfig(c, settings, r, { create: 4000, reveal: 2000 }),
          stop: c.stop,
        });
      }
    }

    const phases: WrkPhase[] = [];
    const loads: { round: number; at: string; loadavg: number[] }[] = [];
    for (let r = 1; r <= rounds; r++) {
      const load = loadavg().map((x) => +x.toFixed(2));
      loads.push({ round: r, at: new Date().toISOString(), loadavg: load });
      const at = ((Date.now() - started.getTime()) / 1000).toFixed(0);
      console.log(`\nround ${r} of ${rounds} at ${at} s (load average ${load.join(' ')})`);
      // Rotated, so that no configuration always runs first (or last) in a round.
      const order = runners.map((_, i) => runners[(i + r - 1) % runners.length]!);
      for (const runner of order) phases.push(...(await runner.round(r)));
    }

    const summary = summarise(phases, stored);
    console.log('\nMedian of the rounds');
    console.log(summaryTable(summary));
    const label = stored >= 1e6 ? `${stored / 1e6} M` : `${stored / 1e3} k`;
    console.log('\nFor docs/benchmarks.md:\n');
    console.log(beforeAfterTable(summary, only === 'postgres' ? null : label));
    await writeJson(out, {
      generatedAt: started.toISOString(),
      finishedAt: new Date().toISOString(),
      mode: { quick, only: only ?? null, rounds },
      settings,
      machine: { ...host, postgres, loadAverageAtEnd: loadavg().map((x) => +x.toFixed(2)) },
      loads,
      overhead,
      storedRows: stored,
      summary,
      phases,
    });
    console.log(`\nwrote ${out}`);
    const partial = out !== 'docs/bench/wrk.json';
    const chart = writeChart(
      partial ? { wrk: out, out: 'tests/artifacts/bench/chart.svg' } : { wrk: out },
    );
    console.log(`wrote ${chart}`);
    if (phases.some((p) => p.errors > 0)) process.exitCode = 1;
  } finally {
    for (const r of runners) await r.stop().catch(() => {});
  }
}

main().catch(failed);
