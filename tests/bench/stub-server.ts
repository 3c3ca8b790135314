// A diagnostic backend: the real app (createApp: HTTP server, tRPC router, zod schemas, service,
// metrics, logging) over a database that answers at once. Its cost per request is the part of
// the API that is not the database. Started like backend/main.ts: child process, env config.
import { createApp } from '../../backend/app';
import { loadConfig } from '../../backend/config';
import type { DbHandle } from '../../backend/db/connect';
import { createLogger } from '../../backend/log';
import { answeringDb } from './answering-db';

const ciphertext = new Uint8Array(272);
const iv = new Uint8Array(12);

/** The repository's create and reveal succeed; everything else (migrations, purge) finds nothing. */
function answer(sql: string): Record<string, unknown>[] {
  if (sql.includes('insert into secret (')) return [{ hits: 0, inserted: true }];
  if (sql.includes('for update') && sql.includes('old as')) {
    return [
      { hits: 0, ok: true, state: 'viewed', views_left: 0, attempts_left: 1, ciphertext, iv },
    ];
  }
  if (/^\s*select 1/.test(sql)) return [{ '?column?': 1 }];
  return [];
}

const db = answeringDb((q) => answer(q.sql));
const handle: DbHandle = {
  db,
  kind: 'postgres',
  poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
  close: () => db.destroy(),
};

const config = loadConfig();
const log = createLogger(config.LOG_LEVEL);
const app = await createApp(config, log, { db: handle });
await app.listen();
log.info('stub backend listening');
process.on('SIGTERM', () => void app.close(1000).then(() => process.exit(0)));
