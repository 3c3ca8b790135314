// Prepared statements (backend/db/prepared.ts on pg, the embedded thread's named statements on
// PGlite): the repository's statements are parsed once per connection and then only executed,
// and they answer exactly what the same statements sent unnamed answer, also once PostgreSQL
// has switched to a generic plan (after five executions).
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type DbHandle } from '../../backend/db/connect';
import { migrateToLatest } from '../../backend/db/migrator';
import { statementName } from '../../backend/db/prepared';
import type { Database } from '../../backend/db/types';
import { createSecretRepository, type NewSecret } from '../../backend/secrets/repository';
import { testDatabases, type CreatedDatabase } from '../support/databases';

const T0 = Date.parse('2026-12-01T12:00:00Z');
const at = (s: number) => new Date(T0 + s * 1000);
const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);

function secret(i: number, maxViews: number): NewSecret {
  return {
    id: bytes(16, i),
    ciphertext: bytes(272, i + 1),
    iv: bytes(12, i + 2),
    salt: bytes(16, i + 3),
    verifier: bytes(32, i + 4),
    linkVerifier: bytes(32, i + 6),
    manageHash: bytes(32, i + 5),
    kdf: { m: 65536, t: 3, p: 1 },
    maxViews,
    maxAttempts: 2,
    createdAt: at(0),
    expiresAt: at(3600),
  };
}

/** Every answer as plain data: bytes as hex (pg gives Buffers, PGlite Uint8Arrays). */
function plain(v: unknown): unknown {
  if (v instanceof Uint8Array) return Buffer.from(v).toString('hex');
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  }
  return v;
}

/** The lifecycle, eight times over (past the generic-plan switch), with every outcome. */
async function lifecycle(db: Kysely<Database>): Promise<unknown[]> {
  const repo = createSecretRepository(db);
  const out: unknown[] = [];
  const gate = (limit: number) => ({ bucket: 'reveal:k', windowStart: at(0), limit });
  for (let i = 0; i < 8; i++) {
    const s = secret(i * 10, 2);
    const wrong = bytes(32, 0xee);
    out.push(await repo.insert(s, { bucket: 'create:k', windowStart: at(0), limit: 100 }, 'h'));
    out.push(await repo.insert(s, null, null));
    const lv = s.linkVerifier!;
    out.push(
      await repo.peek(s.id, lv, at(1), null, 'h'),
      await repo.peek(bytes(16, 0xff), lv, at(1), null, null),
    );
    // With and without a receipt (docs/protocol.md#grace): a replay, then an ack.
    const receipt = { hash: bytes(32, 0xaa), until: at(60) };
    const args = (now: Date, verifier: Uint8Array, r: typeof receipt | null) => ({
      id: s.id,
      verifier,
      linkVerifier: lv,
      receipt: r,
      now,
    });
    out.push(await repo.reveal(args(at(2), wrong, null), gate(100), 'h'));
    out.push(await repo.reveal(args(at(3), s.verifier, receipt), gate(100), 'h'));
    out.push(await repo.reveal(args(at(4), s.verifier, receipt), null, null));
    out.push(await repo.reveal(args(at(5), s.verifier, null), null, null));
    await repo.ack(s.id, lv, receipt.hash, at(6));
    out.push(await repo.reveal(args(at(7), s.verifier, receipt), null, null));
    const r = secret(i * 10 + 5, 1);
    await repo.insert(r, null, null);
    out.push(await repo.revoke(r.manageHash, at(6)), await repo.revoke(r.manageHash, at(7)));
    out.push(await repo.findByManageHashes([s.manageHash, r.manageHash]));
  }
  const none = { id: bytes(16, 0), verifier: bytes(32, 0), linkVerifier: bytes(32, 0) };
  out.push(await repo.reveal({ ...none, receipt: null, now: at(8) }, gate(16), null));
  return plain(out) as unknown[];
}

describe.each(testDatabases)('prepared statements on $name', (database) => {
  let created: CreatedDatabase;
  let handle: DbHandle;
  let stock: Kysely<Database>;
  let closeStock: () => Promise<void>;

  beforeAll(async () => {
    created = await database.create();
    if (created.url) {
      // One connection, so that pg_prepared_statements below is the one the statements ran on.
      handle = await connect({ databaseUrl: created.url, poolSize: 1 });
      const pool = new pg.Pool({ connectionString: created.url, max: 1 });
      stock = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
      closeStock = () => stock.destroy();
    } else {
      handle = created.handle;
      const lite = await PGlite.create('memory://');
      stock = new Kysely<Database>({ dialect: new PGliteDialect(lite) });
      await migrateToLatest(stock);
      closeStock = () => stock.destroy();
    }
  });
  afterAll(async () => {
    await closeStock?.();
    if (created?.url) await handle?.close();
    await created?.drop();
  });

  it('answers exactly what the unnamed statements answer, and parses each once', async () => {
    const answers = await lifecycle(handle.db);
    // On PostgreSQL both run on one database: the second starts from empty tables too.
    await sql`truncate secret, secret_event, rate_limit`.execute(stock);
    expect(answers).toEqual(await lifecycle(stock));
    expect(answers).toContainEqual({ outcome: 'rate_limited' });

    const { rows } = await sql<{ name: string; statement: string; runs: number }>`
      select name, statement, (generic_plans + custom_plans)::int as runs
      from pg_prepared_statements`.execute(handle.db);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const r of rows) expect(r.name).toBe(statementName(r.statement));
    // Each statement was parsed once and ran every time: 8 rounds or more (the insert: 3 a round,
    // the reveal: 4, with and without a rate limit being two statements).
    const runs = rows.map((r) => r.runs).sort((a, b) => b - a);
    expect(runs[0]).toBeGreaterThanOrEqual(16);
    expect(rows.some((r) => /insert into secret\b/.test(r.statement))).toBe(true);
    expect(rows.some((r) => /update secret s set/.test(r.statement))).toBe(true);
    expect(rows.some((r) => /set state = 'revoked'/.test(r.statement))).toBe(true);
    expect(rows.some((r) => /'opened'/.test(r.statement))).toBe(true);
  });

  it('fails a named statement with its SQLSTATE, and the session goes on', async () => {
    const repo = createSecretRepository(handle.db);
    const bad = { ...secret(200, 1), id: bytes(15, 1) }; // the CHECK: ids are 16 bytes
    for (let i = 0; i < 2; i++) {
      // Twice: once as it is parsed, once when it is only executed.
      await expect(repo.insert(bad, null, null)).rejects.toMatchObject({ code: '23514' });
    }
    expect(await repo.insert(secret(201, 1), null, null)).toEqual({ outcome: 'created' });
  });

  it.runIf(database.name === 'postgres')(
    'plans a statement afresh when a migration changed the row type under it',
    async () => {
      // What a rolling upgrade does to the instances still running: a column added by another.
      const run = () => sql<{ n: number }>`select * from widen where n = ${1}`.execute(handle.db);
      await sql`create table widen (n int)`.execute(handle.db);
      await sql`insert into widen values (1)`.execute(handle.db);
      expect((await run()).rows).toEqual([{ n: 1 }]);
      await sql`alter table widen add column m int default 2`.execute(handle.db);
      expect((await run()).rows).toEqual([{ n: 1, m: 2 }]);
    },
  );
});
