// The raw-SQL floor (docs/benchmarks.md#targets): the backend's statements driven straight from Node, with C
// concurrent loops and no HTTP, tRPC or zod in the way. Three floors, on one fresh database:
//   sql   the repository's exact statements (captured text, same parameters) via pg / PGlite
//   plain a hand-written single-row INSERT and UPDATE…RETURNING (no event rows): the minimum
//   repo  backend/secrets/repository.ts itself over Kysely (connect()), as the backend calls it
import type { Kysely } from 'kysely';
import { connect } from '../../backend/db/connect';
import type { Database } from '../../backend/db/types';
import { createSecretRepository } from '../../backend/secrets/repository';
import { CpuMeter } from './cpu';
import { freshPglite, freshPostgres, pgRaw, pgliteRaw, type RawSql } from './databases';
import { HINT, makeShares, newSecret, revealArgs, type Share } from './inputs';
import { runLoad } from './load';
import {
  measure,
  Sizer,
  Stock,
  type DbKind,
  type PhaseResult,
  type Settings,
  type Target,
} from './phase';
import {
  plainInsert,
  plainReveal,
  repositoryStatements,
  seedStatement,
  type Statement,
} from './statements';

export const FLOORS: Target[] = ['sql', 'plain', 'repo'];

/** Inserts `n` pending shares in batches (setup, never timed) and adds them to the stock. */
export async function seed(raw: RawSql, stock: Stock, n: number): Promise<void> {
  const shares = makeShares(n);
  for (let i = 0; i < shares.length; i += 1000) {
    const batch = shares.slice(i, i + 1000);
    await raw.query(seedStatement(batch));
    for (const s of batch) stock.add(s);
  }
}

interface Driver {
  create(s: Share): () => Promise<void>;
  reveal(s: Share): () => Promise<void>;
}

function rawDriver(
  raw: RawSql,
  insert: (s: Share) => Statement,
  reveal: (s: Share) => Statement,
  plain: boolean,
): Driver {
  const run =
    (st: Statement, check: (r: Awaited<ReturnType<RawSql['query']>>) => boolean, what: string) =>
    async () => {
      const r = await raw.query(st);
      if (!check(r))
        throw new Error(`${what}: unexpected result ${JSON.stringify(r.rows[0] ?? null)}`);
    };
  return plain
    ? {
        create: (s) => run(insert(s), (r) => r.rowCount === 1, 'insert'),
        reveal: (s) => run(reveal(s), (r) => r.rows.length === 1, 'reveal'),
      }
    : {
        create: (s) => run(insert(s), (r) => r.rows[0]?.inserted === true, 'insert'),
        reveal: (s) => run(reveal(s), (r) => r.rows[0]?.ok === true, 'reveal'),
      };
}

/** The floors that send SQL text: the repository's captured statements, or the plain ones. */
function sqlDriver(
  target: Target,
  raw: RawSql,
  stmts: Awaited<ReturnType<typeof repositoryStatements>>,
): Driver {
  return target === 'sql'
    ? rawDriver(
        raw,
        (s) => stmts.insert(s),
        (s) => stmts.reveal(s),
        false,
      )
    : rawDriver(raw, plainInsert, plainReveal, true);
}

function repoDriver(db: Kysely<Database>): Driver {
  const repo = createSecretRepository(db);
  return {
    create(s) {
      const n = newSecret(s);
      return async () => {
        const r = await repo.insert(n, null, HINT);
        if (r.outcome !== 'created') throw new Error(`insert: ${r.outcome}`);
      };
    },
    reveal(s) {
      return async () => {
        const r = await repo.reveal(revealArgs(s), null, HINT);
        if (r.outcome !== 'revealed') throw new Error(`reveal: ${r.outcome}`);
      };
    },
  };
}

async function phasePair(opts: {
  database: DbKind;
  target: Target;
  clients: number;
  settings: Settings;
  driver: Driver;
  stock: Stock;
  sizer: Sizer;
  seedWith: RawSql;
  meter: () => CpuMeter;
}): Promise<PhaseResult[]> {
  const { stock } = opts;
  const common = {
    database: opts.database,
    target: opts.target,
    clients: opts.clients,
    settings: opts.settings,
    sizer: opts.sizer,
    meter: opts.meter,
  };
  // Create: every operation inserts a new share; successful ones join the stock for reveals.
  const created = await measure({
    ...common,
    op: 'create',
    prepare: async (n) => {
      const shares = makeShares(n);
      const ops = shares.map((s) => opts.driver.create(s)); // statements bound before timing
      return { maxOps: ops.length, op: (i) => ops[i]!().then(() => stock.add(shares[i]!)) };
    },
  });
  // Reveal: distinct ids, right authKey, every one must come back revealed.
  const revealed = await measure({
    ...common,
    op: 'reveal',
    prepare: async (n) => {
      if (stock.size < n) await seed(opts.seedWith, stock, n - stock.size);
      const ops = stock.take(n).map((s) => opts.driver.reveal(s));
      return { maxOps: ops.length, op: (i) => ops[i]!() };
    },
  });
  return [created, revealed];
}

export async function postgresFloors(
  adminUrl: string,
  settings: Settings,
  initialRate: number,
): Promise<PhaseResult[]> {
  const db = await freshPostgres(adminUrl, true);
  const stmts = await repositoryStatements();
  const stock = new Stock();
  const seeder = pgRaw(db.url, 2);
  const results: PhaseResult[] = [];
  try {
    for (const target of FLOORS) {
      const sizer = new Sizer(initialRate);
      for (const clients of settings.concurrency) {
        // A pool of C connections for C loops, opened for this phase pair and closed after it.
        let driver: Driver;
        let close: () => Promise<void>;
        if (target === 'repo') {
          const h = await connect({ databaseUrl: db.url, poolSize: clients });
          driver = repoDriver(h.db);
          close = () => h.close();
        } else {
          const raw = pgRaw(db.url, clients);
          driver = sqlDriver(target, raw, stmts);
          close = () => raw.close();
        }
        try {
          results.push(
            ...(await phasePair({
              database: 'postgres',
              target,
              clients,
              settings,
              driver,
              stock,
              sizer,
              seedWith: seeder,
              meter: () => new CpuMeter(null, db.name),
            })),
          );
        } finally {
          await close();
        }
      }
    }
  } finally {
    await seeder.close();
    await db.drop();
  }
  return results;
}

export async function pgliteFloors(
  settings: Settings,
  initialRate: number,
): Promise<PhaseResult[]> {
  const lite = await freshPglite();
  const stmts = await repositoryStatements();
  const stock = new Stock();
  const raw = pgliteRaw(lite.client);
  const results: PhaseResult[] = [];
  try {
    // PGlite is WebAssembly: let its hot paths reach the optimising tier before any window.
    const warm = makeShares(3000);
    const warmDriver = sqlDriver('sql', raw, stmts);
    const wops = warm.map((s) => warmDriver.create(s));
    await runLoad({
      concurrency: 16,
      warmupMs: 0,
      durationMs: settings.warmupMs,
      maxOps: wops.length,
      op: (i) => wops[i]!().then(() => stock.add(warm[i]!)),
    });
    for (const target of FLOORS) {
      const sizer = new Sizer(initialRate);
      const driver = target === 'repo' ? repoDriver(lite.db) : sqlDriver(target, raw, stmts);
      for (const clients of settings.concurrency) {
        results.push(
          ...(await phasePair({
            database: 'pglite',
            target,
            clients,
            settings,
            driver,
            stock,
            sizer,
            seedWith: raw,
            // In process: the database's CPU is the load generator's.
            meter: () => new CpuMeter(null, null),
          })),
        );
      }
    }
  } finally {
    await lite.close();
  }
  return results;
}
