// Exactly once across instances: two backend PROCESSES (backend/main.ts, as an operator runs it)
// on one PostgreSQL, driven over HTTP. PostgreSQL only: two processes cannot share one PGlite
// (it lives inside a process), so without TEST_DATABASE_URL this file is skipped (CI sets it).
// concurrency.test.ts races two pools inside one process; this is the real deployment shape.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { b64uDecode } from '../../shared/encoding';
import type { KdfParams } from '../../shared/kdf';
import { KDF } from '../../shared/limits';
import { parseLink } from '../../shared/link';
import { createShare, openShare, unlockShare } from '../../shared/protocol';
import { startBackend, stopAllBackends, type BackendProcess } from '../support/backend-process';
import { postgresOnly } from '../support/databases';
import { callApi, checkLedger, describeResult, startLoad } from '../support/load';

const FAST_KDF: KdfParams = { alg: 'argon2id', ...KDF.min };

// Without PostgreSQL the suite below registers nothing, which vitest counts as a failed file.
if (!postgresOnly.length) it.skip('needs PostgreSQL (TEST_DATABASE_URL)', () => {});

describe.each(postgresOnly)('exactly once across two backend processes on $name', (database) => {
  let env: Awaited<ReturnType<typeof database.create>>;
  let a: BackendProcess;
  let b: BackendProcess;

  beforeAll(async () => {
    env = await database.create();
    const cfg = {
      DATABASE_URL: env.url!,
      RATE_LIMIT_CREATE: '0',
      RATE_LIMIT_REVEAL: '0',
    };
    [a, b] = await Promise.all([startBackend(cfg), startBackend(cfg)]);
  });
  afterAll(async () => {
    await stopAllBackends();
    await env?.drop();
  });

  /** A real share (encrypted text), created through `a`, with the authKey its recipient sends. */
  async function realShare(value: string, maxViews: number) {
    const share = await createShare({
      value,
      kdf: FAST_KDF,
      expiresIn: 3600,
      maxViews,
      maxAttempts: 1,
      publicUrl: a.url,
    });
    expect((await callApi(a.url, 'secret.create', share.request)).kind).toBe('ok');
    const parts = parseLink(share.link);
    const { authKey, encKey } = await unlockShare({
      ...parts,
      passphrase: share.passphrase,
      salt: share.request.salt,
      kdf: share.request.kdf,
    });
    return { id: parts.id, authKey, encKey };
  }

  /** `n` reveals at once, alternating between the two processes; the plaintexts they got. */
  async function revealBurst(s: Awaited<ReturnType<typeof realShare>>, n: number) {
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        callApi(i % 2 ? a.url : b.url, 'secret.reveal', { id: s.id, authKey: s.authKey }),
      ),
    );
    const plaintexts: { value: string; viewsLeft: number }[] = [];
    const failures = new Map<string, number>();
    for (const r of results) {
      if (r.kind === 'ok') {
        const sealed = r.data as { ciphertext: string; iv: string; viewsLeft: number };
        const { value } = await openShare({ id: s.id, encKey: s.encKey, ...sealed });
        plaintexts.push({ value, viewsLeft: sealed.viewsLeft });
      } else {
        const k = describeResult(r);
        failures.set(k, (failures.get(k) ?? 0) + 1);
      }
    }
    return { plaintexts, failures: Object.fromEntries(failures) };
  }

  async function row(id: string) {
    return env.handle.db
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

  it('mixed creates and reveals with a ledger: each secret revealed exactly as allowed, or still pending', async () => {
    const load = startLoad({
      targets: () => [a.url, b.url],
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

    const { problems, summary } = await checkLedger(load.ledger, env.handle.db, (id, i) =>
      callApi(i % 2 ? a.url : b.url, 'secret.peek', { id }),
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
      env.handle.db,
    );
    const again = await checkLedger(load.ledger, env.handle.db);
    expect(again.problems).toEqual([
      expect.stringMatching(new RegExp(`^${victim.share.input.id}.*1 views spent, 0 seen`)),
      expect.stringMatching(new RegExp(`^${victim.share.input.id}.*0 reveals`)),
    ]);
  });
});
