// What a suite sets up before its tests and ends after them, registered as vitest hooks by one
// call in the describe block: a server on a fresh database, or two backend processes on one
// PostgreSQL. The returned object is filled in by beforeAll, so read it inside the tests.
import { afterAll, beforeAll, it } from 'vitest';
import { b64uDecode } from '../../shared/encoding';
import { startBackend, stopAllBackends, type BackendProcess } from './backend-process';
import { postgresOnly, type CreatedDatabase, type TestDatabase } from './databases';
import { relayTo, type Relay } from './relay';
import { startServerOn, type DatabaseServer, type ServerOptions } from './server';

export type ServerFixture = DatabaseServer;

/** A secret's row as the server's database holds it: what no API shows (verifiers, receipts). */
export function secretRow(srv: ServerFixture, id: string) {
  return srv.database.handle.db
    .selectFrom('secret')
    .selectAll()
    .where('id', '=', b64uDecode(id))
    .executeTakeFirstOrThrow();
}

/** A real server (startServer) on a fresh database of `database`, for the enclosing suite. */
export function useTestServer(database: TestDatabase, opts: ServerOptions = {}): ServerFixture {
  const fx = {} as Partial<ServerFixture>;
  beforeAll(async () => {
    Object.assign(fx, await startServerOn(database, opts));
  });
  afterAll(async () => {
    await fx.close?.();
  });
  return fx as ServerFixture;
}

export interface TwoBackends {
  /** The processes the suite spreads its requests over; a test may swap a restarted one in. */
  backends: BackendProcess[];
  readonly a: BackendProcess;
  readonly b: BackendProcess;
  /** Their base URLs, read at call time. */
  urls(): string[];
  database: CreatedDatabase;
  /** The configuration they were started with (start another one like them with it). */
  env: Record<string, string>;
  /** With `{ relay: true }`: the TCP relay between them and PostgreSQL, to cut and restore. */
  link: Relay | undefined;
}

/**
 * Two backend processes (backend/main.ts, as an operator runs it) on one fresh database of
 * `database`, started with `env` (a DATABASE_URL is added). PostgreSQL only: two processes
 * cannot share one PGlite.
 */
export function useTwoBackends(
  database: TestDatabase,
  env: Record<string, string>,
  opts: { relay?: boolean } = {},
): TwoBackends {
  const fx: TwoBackends = {
    backends: [],
    get a() {
      return this.backends[0]!;
    },
    get b() {
      return this.backends[1]!;
    },
    urls() {
      return this.backends.map((p) => p.url);
    },
    database: undefined as unknown as CreatedDatabase,
    env: {},
    link: undefined,
  };
  beforeAll(async () => {
    fx.database = await database.create();
    const url = fx.database.url!;
    if (opts.relay) fx.link = await relayTo(url);
    fx.env = { ...env, DATABASE_URL: fx.link ? fx.link.urlFor(url) : url };
    fx.backends.push(...(await Promise.all([startBackend(fx.env), startBackend(fx.env)])));
  });
  afterAll(async () => {
    await stopAllBackends();
    await fx.link?.up().catch(() => {});
    await fx.link?.down();
    await fx.database?.drop();
  });
  return fx;
}

/**
 * For a file whose suites all need PostgreSQL: two backend processes on one database, or a
 * database that goes away and comes back. PGlite lives inside one process, so they cannot run
 * on it. Without TEST_DATABASE_URL they register nothing, which vitest counts as a failed file,
 * so one skipped test names what is missing instead. This skip never happens in CI: there
 * databases.ts throws when TEST_DATABASE_URL is unset, so the suites always run; only a
 * developer's machine without PostgreSQL sees it.
 */
export function skipWithoutPostgres(): void {
  if (!postgresOnly.length) it.skip('needs PostgreSQL (TEST_DATABASE_URL)', () => {});
}
