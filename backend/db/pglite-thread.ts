// Kysely over the embedded database's thread (pglite-worker.ts), through its MessagePort.
// Statements are sent as soon as they are ready and answered in order, so the database thread
// never waits for the HTTP thread; a transaction holds the one session for itself meanwhile.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
} from 'kysely';
import type { ErrorFields, FromDatabase, ToDatabase, WorkerOptions } from './pglite-protocol';

/** A statement that failed in the embedded database: PostgreSQL's SQLSTATE in `code`. */
export class EmbeddedDatabaseError extends Error {
  override readonly name = 'EmbeddedDatabaseError';
  readonly code: string | undefined;
  readonly severity: string | undefined;
  readonly constraint: string | undefined;
  readonly table: string | undefined;
  readonly column: string | undefined;
  constructor(f: ErrorFields) {
    super(f.message);
    this.code = f.code;
    this.severity = f.severity;
    this.constraint = f.constraint;
    this.table = f.table;
    this.column = f.column;
  }
}

// 57P03 (cannot_connect_now): the statement never reached the database, so it changed nothing.
const closedError = () =>
  new EmbeddedDatabaseError({ message: 'the embedded database is closed', code: '57P03' });

/** The thread: the bundle's sibling .js file, or (from source) the .ts file through tsx. */
function startWorker(options: WorkerOptions): Worker {
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./pglite-worker.js', import.meta.url), { workerData: options });
  }
  // tsx's ESM API (the `import` condition of tsx/esm/api), which registers its hooks in this thread.
  const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const entry = new URL('./pglite-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((t) => t.register()).then(() => import(${JSON.stringify(entry)}))`;
  return new Worker(boot, { eval: true, workerData: options });
}

interface Pending {
  resolve: (r: QueryResult<unknown>) => void;
  reject: (e: Error) => void;
}

export interface PgliteThread {
  dialect: Dialect;
  /** Statements sent and not yet answered. */
  inFlight(): number;
  close(): Promise<void>;
}

export async function startPgliteThread(
  options: WorkerOptions,
  /** Told of every vacuum or analyze the thread ran, and of its failures. */
  onMaintenance: (m: Extract<FromDatabase, { kind: 'maintenance' }>) => void = () => {},
): Promise<PgliteThread> {
  const worker = startWorker(options);
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let stopped: Error | null = null;
  let closed: (() => void) | null = null;

  const fail = (err: Error) => {
    stopped ??= err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (m: FromDatabase) => {
      if (m.kind === 'ready') return resolve();
      if (m.kind === 'closed') return closed?.();
      if (m.kind === 'maintenance') return onMaintenance(m);
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (m.kind === 'error') p.reject(new EmbeddedDatabaseError(m.error));
      else {
        const affected = m.affectedRows === undefined ? undefined : BigInt(m.affectedRows);
        p.resolve({ rows: m.rows, numAffectedRows: affected });
      }
    });
    worker.once('error', (err) => {
      reject(err);
      // A statement in flight may or may not have been applied: no code says which.
      fail(new Error(`Connection terminated: the embedded database failed (${err.message})`));
    });
    worker.once('exit', (code) => {
      reject(new Error(`the embedded database thread exited (${code}) before it was ready`));
      fail(new Error('Connection terminated: the embedded database thread exited'));
    });
  });
  await ready;

  const post = (m: ToDatabase) => worker.postMessage(m);
  const run = <R>(q: CompiledQuery): Promise<QueryResult<R>> => {
    if (stopped) return Promise.reject(stopped === CLOSED ? closedError() : stopped);
    const id = nextId++;
    return new Promise<QueryResult<R>>((resolve, reject) => {
      pending.set(id, { resolve: resolve as Pending['resolve'], reject });
      post({ kind: 'query', id, sql: q.sql, params: q.parameters });
    });
  };

  const driver = new SessionDriver(run);
  return {
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => driver,
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    inFlight: () => pending.size,
    async close() {
      if (stopped) return;
      stopped = CLOSED;
      // Statements already sent finish first: the thread answers in order, then closes.
      const done = new Promise<void>((resolve) => (closed = resolve));
      post({ kind: 'close' });
      await Promise.race([done, new Promise((r) => worker.once('exit', r))]);
      await worker.terminate();
    },
  };
}

const CLOSED = new Error('closed');

/**
 * Any number of connections at once, all on the thread's one session (it answers in order).
 * A transaction needs that session alone: beginning one waits until every other connection is
 * released, and no connection is handed out until it ends.
 */
class SessionDriver implements Driver {
  private active = 0;
  /** Settles when the transaction that holds the session ends. */
  private exclusive: Promise<void> | null = null;
  private endTransaction: (() => void) | null = null;
  /** Wakes a transaction waiting for the other connections to be released. */
  private idle: (() => void) | null = null;

  constructor(private readonly run: <R>(q: CompiledQuery) => Promise<QueryResult<R>>) {}

  async init() {}

  async acquireConnection(): Promise<DatabaseConnection> {
    while (this.exclusive) await this.exclusive;
    this.active++;
    const run = this.run;
    return {
      executeQuery: (q) => run(q),
      // eslint-disable-next-line require-yield -- the repository never streams
      streamQuery: async function* () {
        throw new Error('streaming is not supported by the embedded database driver');
      },
    };
  }

  async beginTransaction(conn: DatabaseConnection): Promise<void> {
    // While it waits, this connection holds nothing (else two transactions would wait on each other).
    this.leave();
    while (this.exclusive) await this.exclusive;
    let end!: () => void;
    this.exclusive = new Promise<void>((r) => (end = r)).then(() => {
      this.exclusive = null;
    });
    this.endTransaction = end;
    if (this.active > 0) await new Promise<void>((r) => (this.idle = r));
    this.active++;
    await conn.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(conn: DatabaseConnection): Promise<void> {
    try {
      await conn.executeQuery(CompiledQuery.raw('commit'));
    } finally {
      this.endTransaction?.();
    }
  }

  async rollbackTransaction(conn: DatabaseConnection): Promise<void> {
    try {
      await conn.executeQuery(CompiledQuery.raw('rollback'));
    } finally {
      this.endTransaction?.();
    }
  }

  async releaseConnection(): Promise<void> {
    this.leave();
  }

  private leave() {
    this.active--;
    if (this.active === 0 && this.idle) {
      const idle = this.idle;
      this.idle = null;
      idle();
    }
  }

  async destroy(): Promise<void> {}
}
