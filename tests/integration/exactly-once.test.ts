// Exactly once across instances: two backend PROCESSES (backend/main.ts, as an operator runs it)
// on one PostgreSQL, driven over HTTP. PostgreSQL only: two processes cannot share one PGlite
// (it lives inside a process), so without TEST_DATABASE_URL this file is skipped (CI sets it).
// concurrency.test.ts races two pools inside one process; this is the real deployment shape.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { b64uDecode } from '../../shared/encoding';
import { parseLink } from '../../shared/link';
import { openShare, unlockShare } from '../../shared/protocol';
import { linkAccess, newReceipt } from '../../shared/recipient';
import { textOf } from '../../shared/secret-content';
import { callApi, describeResult, tally } from '../support/api';
import { postgresOnly } from '../support/databases';
import { skipWithoutPostgres, useTwoBackends } from '../support/fixtures';
import { checkLedger } from '../support/ledger';
import { startLoad } from '../support/load';
import { shareSecret } from '../support/shares';

skipWithoutPostgres();

describe.each(postgresOnly)('exactly once across two backend processes on $name', (database) => {
  const two = useTwoBackends(database, { RATE_LIMIT_CREATE: '0', RATE_LIMIT_REVEAL: '0' });

  /** A real share (encrypted text), created through `a`, with the authKey its recipient sends. */
  async function realShare(value: string, maxViews: number) {
    const share = await shareSecret(two.a.url, value, { maxViews });
    const parts = parseLink(share.link);
    const { authKey, encKey } = await unlockShare({
      ...parts,
      passphrase: share.passphrase,
      salt: share.request.salt,
      kdf: share.request.kdf,
    });
    return { id: parts.id, authKey, encKey, access: await linkAccess(parts) };
  }

  /** `n` reveals at once, alternating between the two processes; the plaintexts they got.
   * `receipt(i)`: the receipt the i-th sends (none by default, as a v1 client). */
  async function revealBurst(
    s: Awaited<ReturnType<typeof realShare>>,
    n: number,
    receipt: (i: number) => string | undefined = () => undefined,
  ) {
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        callApi(two.urls()[i % 2]!, 'secret.reveal', {
          ...s.access,
          authKey: s.authKey,
          receipt: receipt(i),
        }),
      ),
    );
    const plaintexts: { value: string; viewsLeft: number }[] = [];
    for (const r of results) {
      if (r.kind !== 'ok') continue;
      const sealed = r.data as { ciphertext: string; iv: string; viewsLeft: number };
      const value = textOf(await openShare({ id: s.id, encKey: s.encKey, ...sealed }));
      plaintexts.push({ value, viewsLeft: sealed.viewsLeft });
    }
    const failures = tally(results.filter((r) => r.kind !== 'ok').map(describeResult));
    return { plaintexts, failures };
  }

  async function row(id: string) {
    return two.database.handle.db
      .selectFrom('secret')
      .selectAll()
      .where('id', '=', b64uDecode(id))
      .executeTakeFirstOrThrow();
  }

  it('200 concurrent reveals of a 1-view secret over both processes: exactly one plaintext', async () => {
    const s = await realShare('the one and only', 1);
    const { plaintexts, failures } = await revealBurst(s, 200);
    expect(plaintexts).toEqual([{ value: 'the one and only', viewsLeft: 0 }]);
    expect(failures).toEqual({ '404 UNAVAILABLE': 199 });
    const r = await row(s.id);
    expect(r).toMatchObject({ state: 'viewed', views_left: 0, ciphertext: null, verifier: null });
  });

  it('200 concurrent reveals of a 5-view secret over both processes: exactly five', async () => {
    const s = await realShare('five times, no more', 5);
    const { plaintexts, failures } = await revealBurst(s, 200);
    expect(plaintexts.map((p) => p.value)).toEqual(Array(5).fill('five times, no more'));
    expect(plaintexts.map((p) => p.viewsLeft).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(failures).toEqual({ '404 UNAVAILABLE': 195 });
    expect(await row(s.id)).toMatchObject({ state: 'viewed', views_left: 0, ciphertext: null });
  });

  it('200 concurrent reveals by id alone (no link proof) spend nothing; the whole link still works', async () => {
    const s = await realShare('path readers get nothing', 1);
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        callApi(two.urls()[i % 2]!, 'secret.reveal', { id: s.id, authKey: s.authKey }),
      ),
    );
    expect(tally(results.map(describeResult))).toEqual({ '404 UNAVAILABLE': 200 });
    expect(await row(s.id)).toMatchObject({ state: 'pending', views_left: 1, attempts_left: 1 });
    const { plaintexts } = await revealBurst(s, 20);
    expect(plaintexts).toEqual([{ value: 'path readers get nothing', viewsLeft: 0 }]);
  });

  it('100 racing reveals, each with its own receipt: exactly one plaintext owner, nothing kept for the others', async () => {
    const s = await realShare('one owner', 1);
    const receipts = Array.from({ length: 100 }, () => newReceipt());
    const { plaintexts, failures } = await revealBurst(s, 100, (i) => receipts[i]);
    expect(plaintexts).toEqual([{ value: 'one owner', viewsLeft: 0 }]);
    expect(failures).toEqual({ '404 UNAVAILABLE': 99 });
    // Every other receipt, asked again, still gets nothing.
    const again = await revealBurst(s, 100, (i) => receipts[i]);
    expect(again.plaintexts).toHaveLength(1);
    expect(await row(s.id)).toMatchObject({ state: 'viewed', views_left: 0, salt: null });
  });

  it('100 racing retries of one receipt on a 5-view secret spend one view, and all get it', async () => {
    const s = await realShare('retried, not re-spent', 5);
    const receipt = newReceipt();
    const { plaintexts, failures } = await revealBurst(s, 100, () => receipt);
    expect(failures).toEqual({});
    expect(plaintexts).toEqual(Array(100).fill({ value: 'retried, not re-spent', viewsLeft: 4 }));
    expect(await row(s.id)).toMatchObject({ state: 'pending', views_left: 4 });
  });

  it('mixed creates and reveals with a ledger: each secret revealed exactly as allowed, or still pending', async () => {
    const load = startLoad({
      targets: () => two.urls(),
      workers: 16,
      maxSecrets: 400,
      pauseMs: 10,
      maxMs: 20_000,
    });
    await load.done;
    const context = `seed ${load.seed}`;
    expect(load.anomalies, context).toEqual([]);
    // Nothing failed: every answer was a result or the typed answer the request deserved.
    const answers = new Set(load.records.map((r) => `${r.op}: ${r.result}`));
    expect([...answers].sort(), context).toEqual(
      expect.arrayContaining(['create: ok', 'reveal: ok', 'reveal: 404 UNAVAILABLE']),
    );
    for (const a of answers)
      expect(
        ['create: ok', 'reveal: ok', 'reveal: 404 UNAVAILABLE', 'wrong: 401 WRONG_PASSPHRASE'],
        context,
      ).toContain(a === 'wrong: 404 UNAVAILABLE' ? 'reveal: 404 UNAVAILABLE' : a);

    const db = two.database.handle.db;
    const { problems, summary } = await checkLedger(load.ledger, db, (id, i) =>
      callApi(two.urls()[i % 2]!, 'secret.peek', { id }),
    );
    expect(problems, context).toEqual([]);
    expect(summary.secrets).toBe(400);
    expect(summary.unknown).toBe(0);
    // The run covered both ends: secrets used up, and secrets still waiting with views left.
    expect(summary.viewed).toBeGreaterThan(50);
    expect(summary.pending).toBeGreaterThan(50);

    // The check is not vacuous: one view spent behind the ledger's back is caught.
    const victim = load.ledger.find((e) => e.views.length === 0 && e.maxViews > 1)!;
    await sql`update secret set views_left = views_left - 1 where id = ${b64uDecode(victim.share.input.id)}`.execute(
      db,
    );
    const again = await checkLedger(load.ledger, db);
    expect(again.problems).toEqual([
      expect.stringMatching(new RegExp(`^${victim.share.input.id}.*1 views spent, 0 seen`)),
      expect.stringMatching(new RegExp(`^${victim.share.input.id}.*0 reveals`)),
    ]);
  });
});
