// A real backend on an ephemeral port, driven by the real tRPC client.
import { createTRPCClient, httpLink } from '@trpc/client';
import pino from 'pino';
import { createApp, type App } from '../../backend/app';
import type { Clock } from '../../backend/clock';
import { loadConfig } from '../../backend/config';
import type { DbHandle } from '../../backend/db/connect';
import type { ApiPaths, HttpTimeouts } from '../../backend/http/server';
import type { AppRouter } from '../../backend/trpc/app-router';
import type { CreatedDatabase, TestDatabase } from './databases';

/** Every per-address rate limit off: a suite turns on the ones it tests. */
export const RATE_LIMITS_OFF = {
  RATE_LIMIT_CREATE: '0',
  RATE_LIMIT_REVEAL: '0',
  RATE_LIMIT_PEEK: '0',
  RATE_LIMIT_STATUS: '0',
  RATE_LIMIT_REVOKE: '0',
} as const;

export interface TestServer {
  app: App;
  url: string;
  client: ReturnType<typeof createClient>;
  close(): Promise<void>;
}

/** A tRPC client as the v2 clients have one: queries go by POST, so link proofs stay out of URLs. */
export function createClient(url: string) {
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${url}/trpc`, methodOverride: 'POST' })],
  });
}

export interface ServerOptions {
  /** Configuration on top of the test defaults (rate limits off: RATE_LIMITS_OFF). */
  env?: Record<string, string>;
  clock?: Clock;
  /** Receives every JSON log line the server writes. */
  logs?: string[];
  httpTimeouts?: HttpTimeouts;
  /** Which API paths serve calls (tests/integration/lean-path.test.ts compares them). */
  apiPaths?: ApiPaths;
}

export async function startServer(db: DbHandle, opts: ServerOptions = {}): Promise<TestServer> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    ...RATE_LIMITS_OFF,
    ...opts.env,
  });
  const logs = opts.logs;
  const log = pino({ level: 'info' }, { write: (line: string) => void logs?.push(line) });
  const app = await createApp(config, log, {
    db,
    clock: opts.clock,
    purge: false,
    httpTimeouts: opts.httpTimeouts,
    apiPaths: opts.apiPaths,
  });
  const url = await app.listen();
  return { app, url, client: createClient(url), close: () => app.close(1000) };
}

export interface DatabaseServer extends TestServer {
  /** The fresh database it runs on. */
  database: CreatedDatabase;
}

/** startServer on a fresh database of `database`; close() closes the server and drops it. */
export async function startServerOn(
  database: TestDatabase,
  opts: ServerOptions = {},
): Promise<DatabaseServer> {
  const created = await database.create();
  let srv: TestServer;
  try {
    srv = await startServer(created.handle, opts);
  } catch (err) {
    await created.drop();
    throw err;
  }
  return {
    ...srv,
    database: created,
    async close() {
      await srv.close();
      await created.drop();
    },
  };
}
