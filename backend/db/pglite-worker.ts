// The embedded database's own thread. PGlite is PostgreSQL compiled to WebAssembly: a statement
// runs synchronously from start to end, so on the HTTP thread every statement stopped all other
// requests. Here it runs beside the HTTP thread instead (docs/architecture.md#embedded-database).
// Statements run one at a time in the order they arrive, as on one PostgreSQL connection.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { dueSteps, STATS_SQL, stepSql, type TableStats } from './autovacuum';
import { namedQuery } from './pglite-named';
import type { ErrorFields, FromDatabase, ToDatabase, WorkerOptions } from './pglite-protocol';

const port = parentPort!;
const options = workerData as WorkerOptions;
const send = (m: FromDatabase) => port.postMessage(m);

function errorFields(err: unknown): ErrorFields {
  const e = err as Partial<ErrorFields> & { message?: unknown };
  // Only names and codes: a PostgreSQL message or detail can quote a row's values.
  const fields: ErrorFields = { message: String(e.message ?? err) };
  for (const k of ['code', 'severity', 'constraint', 'table', 'column'] as const) {
    if (typeof e[k] === 'string') fields[k] = e[k];
  }
  return fields;
}

const db = await PGlite.create(options.dataDir);
const query = namedQuery(db);
let queue: Promise<void> = Promise.resolve();
const enqueue = (job: () => Promise<void>) => (queue = queue.then(job, job));

async function maintain(): Promise<void> {
  const started = performance.now();
  const done: string[] = [];
  try {
    const { rows } = await db.query<Record<string, unknown>>(STATS_SQL);
    const stats: TableStats[] = rows.map((r) => ({
      table: String(r.table),
      reltuples: Number(r.reltuples),
      deadTuples: Number(r.dead),
      insertedSinceVacuum: Number(r.inserted),
      modifiedSinceAnalyze: Number(r.modified),
    }));
    for (const step of dueSteps(stats)) {
      await db.exec(stepSql(step));
      done.push(stepSql(step));
    }
    if (done.length) send({ kind: 'maintenance', tables: done, ms: performance.now() - started });
  } catch (err) {
    send({
      kind: 'maintenance',
      tables: done,
      ms: performance.now() - started,
      error: errorFields(err).message,
    });
  }
}

const timer =
  options.maintenanceSeconds > 0
    ? setInterval(() => enqueue(maintain), options.maintenanceSeconds * 1000)
    : null;
timer?.unref();

port.on('message', (m: ToDatabase) => {
  if (m.kind === 'close') {
    if (timer) clearInterval(timer);
    enqueue(async () => {
      await db.close();
      send({ kind: 'closed' });
      port.close();
    });
    return;
  }
  enqueue(async () => {
    try {
      const r = await query(m.sql, m.params);
      send({ kind: 'rows', id: m.id, rows: r.rows, affectedRows: r.affectedRows });
    } catch (err) {
      send({ kind: 'error', id: m.id, error: errorFields(err) });
    }
  });
});
send({ kind: 'ready' });
