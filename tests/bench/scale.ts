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
// (createSecretRepository(db).reveal, through backend/db/connect.ts) on a distinct row. The parts
// are in tests/bench/scale/: settings, stores, fill, reveals, purge, explain, kind, summary.
import { randomBytes } from 'node:crypto';
import { flag, onlyOption, outPath, type DatabaseKind } from './args';
import { writeChart } from './chart';
import { cleanUpOnInterrupt, failed, findPostgres, type PostgresInfo } from './databases';
import { machine, printMachine } from './machine';
import { writeJson } from './report';
import { runKind, type KindResult } from './scale/kind';
import { MAX_RATIO, POOL_SIZE, scaleSettings, TOMBSTONES_PER_PENDING } from './scale/settings';
import { pgliteStore, postgresStore } from './scale/stores';
import { printSummary } from './scale/summary';

const quick = flag('quick');
const only = onlyOption();
const partial = quick || !!only;
const out = outPath('scale', partial);
const chartOut = partial ? 'tests/artifacts/bench/chart.svg' : 'docs/bench/chart.svg';
const settings = scaleSettings(quick, !flag('no-wait'));

cleanUpOnInterrupt();

async function main() {
  const started = new Date();
  const host = machine();
  console.log(`oncelink scale benchmark${quick ? ' (quick)' : ''}`);
  printMachine(host);

  const results: KindResult[] = [];
  const skipped: { database: DatabaseKind; reason: string }[] = [];
  let postgres: PostgresInfo | null = null;
  const tag = randomBytes(4).toString('hex');

  if (!only || only === 'postgres') {
    // autovacuum is off on this machine's CI configuration: the bench VACUUMs where it matters.
    const found = await findPostgres(skipped);
    if (found) {
      postgres = found.info;
      console.log(`  databases oncelink_bench_scale_${tag}_*`);
      results.push(
        await runKind(
          'postgres',
          (label) =>
            postgresStore(found.url, `oncelink_bench_scale_${tag}_${label.toLowerCase()}`, label),
          settings.large,
          settings,
        ),
      );
    }
  }
  if (!only || only === 'pglite') {
    console.log('\nPGlite (embedded, a data directory on local disk each, as the backend uses it)');
    results.push(
      await runKind('pglite', (label) => pgliteStore(label), settings.pgliteLarge, settings, {
        seconds: settings.pgliteFillBudgetS,
        minPending: settings.pgliteMinLarge,
      }),
    );
  }

  printSummary(results);
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
  await writeJson(out, doc);
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

main().catch(failed);
