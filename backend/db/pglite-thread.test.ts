// The embedded database's thread through its Kysely driver: real PGlite, in memory.
import { TRPCError } from '@trpc/server';
import { Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyError } from '../trpc/classify-error';
import { EmbeddedDatabaseError, startPgliteThread, type PgliteThread } from './pglite-thread';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- ad-hoc tables
type Db = Kysely<any>;

describe('PGlite on its own thread', () => {
  let thread: PgliteThread;
  let db: Db;
  const maintenance: { tables: string[] }[] = [];

  beforeAll(async () => {
    thread = await startPgliteThread({ dataDir: 'memory://', maintenanceSeconds: 1 }, (m) =>
      maintenance.push(m),
    );
    db = new Kysely({ dialect: thread.dialect });
    await sql`create table t (id int primary key, b bytea, at timestamptz)`.execute(db);
  });
  afterAll(() => thread.close());

  it('answers many statements in flight at once, each with its own result', async () => {
    const n = 500;
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) => sql<{ n: number }>`select ${i}::int as n`.execute(db)),
    );
    expect(results.map((r) => r.rows[0]!.n)).toEqual(Array.from({ length: n }, (_, i) => i));
  });

  it('carries bytes, times and counts as PostgreSQL gives them', async () => {
    const bytes = new Uint8Array([0, 1, 254, 255]);
    const at = new Date('2026-11-22T12:34:56.789Z');
    const ins = await sql`insert into t values (1, ${bytes}, ${at}), (2, null, null)`.execute(db);
    expect(ins.numAffectedRows).toBe(2n);
    const { rows } = await sql<{
      b: Uint8Array;
      at: Date;
    }>`select b, at from t where id = 1`.execute(db);
    expect(rows[0]!.b).toEqual(bytes);
    expect(rows[0]!.at).toEqual(at);
    const del = await db.deleteFrom('t').where('id', 'in', [1, 2, 3]).executeTakeFirst();
    expect(del.numDeletedRows).toBe(2n);
  });

  it("reports a failed statement's SQLSTATE and constraint, never the row's values", async () => {
    await sql`insert into t values (7, ${new Uint8Array([9])}, null)`.execute(db);
    const err = await sql`insert into t values (7, null, null)`.execute(db).catch((e) => e);
    expect(err).toBeInstanceOf(EmbeddedDatabaseError);
    expect(err).toMatchObject({ code: '23505', constraint: 't_pkey', table: 't' });
    expect(JSON.stringify({ ...err, message: err.message })).not.toMatch(/\(7\)|detail/);
    // The session is fine afterwards.
    expect((await sql`select count(*)::int as n from t`.execute(db)).rows).toEqual([{ n: 1 }]);
  });

  it('a transaction has the session to itself: nothing else runs inside it', async () => {
    await db.deleteFrom('t').execute();
    let outside: Promise<unknown> | undefined;
    const tx = db
      .transaction()
      .execute(async (trx) => {
        await sql`insert into t values (100, null, null)`.execute(trx);
        // Sent while the transaction is open: it must wait, not see the uncommitted row.
        outside = sql<{ n: number }>`select count(*)::int as n from t`.execute(db);
        await new Promise((r) => setTimeout(r, 50));
        throw new Error('roll back');
      })
      .catch((e: Error) => e.message);
    expect(await tx).toBe('roll back');
    expect(((await outside) as { rows: unknown[] }).rows).toEqual([{ n: 0 }]);
  });

  it('transactions begun at once run one after another', async () => {
    const order: string[] = [];
    await Promise.all(
      [1, 2, 3].map((i) =>
        db.transaction().execute(async (trx) => {
          order.push(`begin ${i}`);
          await sql`insert into t values (${200 + i}, null, null)`.execute(trx);
          await new Promise((r) => setTimeout(r, 10));
          order.push(`end ${i}`);
        }),
      ),
    );
    expect(order).toEqual(['begin 1', 'end 1', 'begin 2', 'end 2', 'begin 3', 'end 3']);
  });

  it('vacuums and analyzes a table when PostgreSQL autovacuum would', async () => {
    const told = new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (maintenance.some((m) => m.tables.includes('vacuum (analyze) "t"'))) {
          clearInterval(check);
          resolve();
        }
      }, 100);
    });
    // 2 000 inserts pass the insert threshold (1 000 + 20 % of an empty table).
    await sql`insert into t select g, null, null from generate_series(1000, 2999) g`.execute(db);
    await told;
    const { rows } = await sql<{ n: number }>`select vacuum_count::int as n
      from pg_stat_user_tables where relname = 't'`.execute(db);
    expect(rows[0]!.n).toBeGreaterThanOrEqual(1);
  });
});

describe('a closed embedded database', () => {
  it('refuses statements as certainly not applied (SERVICE_UNAVAILABLE, nothing spent)', async () => {
    const thread = await startPgliteThread({ dataDir: 'memory://', maintenanceSeconds: 0 });
    const db: Db = new Kysely({ dialect: thread.dialect });
    const inFlight = sql`select 1 as one from pg_sleep(0.2)`.execute(db);
    while (!thread.inFlight()) await new Promise((r) => setTimeout(r, 1));
    await thread.close();
    // A statement sent before close is answered before the thread stops.
    expect((await inFlight).rows).toEqual([{ one: 1 }]);
    const err = await sql`select 1`.execute(db).catch((e) => e);
    expect(err).toMatchObject({ code: '57P03' });
    const c = classifyError(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: err }));
    expect(c.reason).toBe('SERVICE_UNAVAILABLE');
    expect(c.details.outcomeUnknown).toBeUndefined();
  });
});
