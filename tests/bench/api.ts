// The API over HTTP: the real backend in a child process on a fresh database, driven by keep-alive
// JSON POSTs from this process, bodies precomputed before timing.
import { CpuMeter } from './cpu';
import { freshPostgres, pgRaw, tempDir } from './databases';
import { seed } from './floor';
import { createBody, makeShares, revealBody, type Share } from './inputs';
import { httpPoster, runLoad } from './load';
import { measure, Stock, type DbKind, type PhaseResult, type Settings, type Sizer } from './phase';
import { startBackend, type ServerChild } from './server';

const CREATE = '/trpc/secret.create';
const REVEAL = '/trpc/secret.reveal';

async function apiPhases(opts: {
  database: DbKind;
  server: ServerChild;
  settings: Settings;
  sizer: Sizer;
  /** Fills the stock up to `n` shares (directly in the database, or through the API). */
  topUp: (stock: Stock, n: number) => Promise<void>;
  pgDatabase: string | null;
}): Promise<PhaseResult[]> {
  const { server } = opts;
  const stock = new Stock();
  const results: PhaseResult[] = [];
  await prewarm(server, stock);
  for (const clients of opts.settings.concurrency) {
    const http = httpPoster(server.url, clients);
    const common = {
      database: opts.database,
      target: 'api' as const,
      clients,
      settings: opts.settings,
      sizer: opts.sizer,
      meter: () => new CpuMeter(server.pid, opts.pgDatabase),
    };
    try {
      results.push(
        await measure({
          ...common,
          op: 'create',
          prepare: async (n) => {
            const shares = makeShares(n);
            const bodies = shares.map(createBody);
            return {
              maxOps: bodies.length,
              op: (i) => http.post(CREATE, bodies[i]!).then(() => stock.add(shares[i]!)),
            };
          },
        }),
      );
      results.push(
        await measure({
          ...common,
          op: 'reveal',
          prepare: async (n) => {
            if (stock.size < n) await opts.topUp(stock, n);
            const bodies = stock.take(n).map(revealBody);
            return { maxOps: bodies.length, op: (i) => http.post(REVEAL, bodies[i]!) };
          },
        }),
      );
    } finally {
      http.close();
    }
  }
  return results;
}

/**
 * A fresh backend runs cold code (just compiled by tsx, not yet optimised by V8): 2 s of untimed
 * creates and 1 s of reveals first, so that no phase measures the JIT (with --quick's short
 * warm-ups the first phase otherwise costs up to twice the CPU per request).
 */
async function prewarm(server: ServerChild, stock: Stock): Promise<void> {
  const http = httpPoster(server.url, 16);
  try {
    const shares = makeShares(20_000);
    const bodies = shares.map(createBody);
    const created: Share[] = [];
    const c = await runLoad({
      concurrency: 16,
      warmupMs: 0,
      durationMs: 2000,
      maxOps: bodies.length,
      op: (i) => http.post(CREATE, bodies[i]!).then(() => void created.push(shares[i]!)),
    });
    const half = created.length >> 1;
    const reveals = created.slice(0, half).map(revealBody);
    const r = await runLoad({
      concurrency: 16,
      warmupMs: 0,
      durationMs: 1000,
      maxOps: reveals.length,
      op: (i) => http.post(REVEAL, reveals[i]!),
    });
    if (c.errors || r.errors) {
      throw new Error(`warming the backend failed: ${[...c.errorSamples, ...r.errorSamples][0]}`);
    }
    // Reveals used created[0 .. r.used); the rest are still pending, for later reveal phases.
    for (const s of created.slice(r.used)) stock.add(s);
  } finally {
    http.close();
  }
}

/** Creates `shares` through the API, untimed (32 at a time); throws on any failure. */
export async function createViaApi(url: string, shares: Share[], added = (_: Share) => {}) {
  const bodies = shares.map(createBody);
  const http = httpPoster(url, 32);
  try {
    const r = await runLoad({
      concurrency: 32,
      warmupMs: 0,
      durationMs: 600_000,
      maxOps: bodies.length,
      op: (i) => http.post(CREATE, bodies[i]!).then(() => added(shares[i]!)),
    });
    if (r.errors) throw new Error(`seeding through the API failed: ${r.errorSamples[0]}`);
  } finally {
    http.close();
  }
}

/** Creates shares through the API, untimed, until the stock holds `n`. */
async function topUpViaApi(server: ServerChild, stock: Stock, n: number): Promise<void> {
  const missing = n - stock.size;
  if (missing > 0) await createViaApi(server.url, makeShares(missing), (s) => stock.add(s));
}

/** The diagnostic stub (tests/bench/stub-server.ts): the API path without any database. */
export async function stubApi(settings: Settings, sizer: Sizer) {
  const server = await startBackend({}, { entry: 'tests/bench/stub-server.ts' });
  try {
    const results = await apiPhases({
      database: 'none',
      server,
      settings,
      sizer,
      pgDatabase: null,
      topUp: async (stock, n) => {
        for (const s of makeShares(n - stock.size)) stock.add(s);
      },
    });
    return { results, env: server.env };
  } finally {
    await server.stop();
  }
}

export async function postgresApi(adminUrl: string, settings: Settings, sizer: Sizer) {
  // Not migrated here: the backend migrates its own database at start, as in production.
  const db = await freshPostgres(adminUrl, false);
  let server: ServerChild | null = null;
  try {
    server = await startBackend({ databaseUrl: db.url });
    const env = server.env;
    const seeder = pgRaw(db.url, 2);
    try {
      const results = await apiPhases({
        database: 'postgres',
        server,
        settings,
        sizer,
        pgDatabase: db.name,
        topUp: (stock, n) => seed(seeder, stock, n - stock.size),
      });
      return { results, env };
    } finally {
      await seeder.close();
    }
  } finally {
    await server?.stop();
    await db.drop();
  }
}

export async function pgliteApi(settings: Settings, sizer: Sizer) {
  // PGlite's data directory belongs to the server process: shares for reveals go through the API.
  const tmp = tempDir('oncelink-bench-api-');
  let server: ServerChild | null = null;
  try {
    server = await startBackend({ dataDir: `${tmp.dir}/pglite` });
    const s = server;
    const results = await apiPhases({
      database: 'pglite',
      server: s,
      settings,
      sizer,
      pgDatabase: null,
      topUp: (stock, n) => topUpViaApi(s, stock, n),
    });
    return { results, env: s.env };
  } finally {
    await server?.stop();
    tmp.remove();
  }
}
