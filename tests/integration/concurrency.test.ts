// Exactly once under concurrency: one database, many racing requests, one or two instances.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../backend/clock';
import { postgresOnly, testDatabases } from '../support/databases';
import { useTestServer } from '../support/fixtures';
import { startServer, type TestServer } from '../support/server';
import { errorData, fakeShare, wrongKey } from '../support/shares';

type Outcome =
  { ok: true; viewsLeft: number } | { ok: false; reason: string; attemptsLeft?: number };

async function settle(calls: Promise<{ viewsLeft: number }>[]): Promise<Outcome[]> {
  const results = await Promise.allSettled(calls);
  return results.map((r) => {
    if (r.status === 'fulfilled') return { ok: true, viewsLeft: r.value.viewsLeft };
    const d = errorData(r.reason);
    return {
      ok: false,
      reason: d.reason,
      ...(d.attemptsLeft !== undefined ? { attemptsLeft: d.attemptsLeft } : {}),
    };
  });
}

describe.each(testDatabases)('one instance racing on $name', (database) => {
  const srv = useTestServer(database);

  it('100 concurrent reveals of a 1-view secret: exactly one succeeds', async () => {
    const s = await fakeShare();
    await srv.client.secret.create.mutate(s.input);
    const out = await settle(
      Array.from({ length: 100 }, () =>
        srv.client.secret.reveal.mutate({ id: s.input.id, authKey: s.authKey }),
      ),
    );
    expect(out.filter((o) => o.ok)).toEqual([{ ok: true, viewsLeft: 0 }]);
    expect(out.filter((o) => !o.ok).every((o) => !o.ok && o.reason === 'UNAVAILABLE')).toBe(true);
  });

  it('100 concurrent reveals of a 5-view secret: exactly five succeed', async () => {
    const s = await fakeShare({ maxViews: 5 });
    await srv.client.secret.create.mutate(s.input);
    const out = await settle(
      Array.from({ length: 100 }, () =>
        srv.client.secret.reveal.mutate({ id: s.input.id, authKey: s.authKey }),
      ),
    );
    const ok = out.filter((o): o is Extract<Outcome, { ok: true }> => o.ok);
    expect(ok.map((o) => o.viewsLeft).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('parallel wrong guesses cannot spend more than the attempt limit', async () => {
    const s = await fakeShare({ maxAttempts: 3 });
    await srv.client.secret.create.mutate(s.input);
    const out = await settle(
      Array.from({ length: 40 }, () =>
        srv.client.secret.reveal.mutate({ id: s.input.id, authKey: wrongKey() }),
      ),
    );
    const wrong = out.filter((o) => !o.ok && o.reason === 'WRONG_PASSPHRASE');
    expect(wrong.map((o) => !o.ok && o.attemptsLeft).sort()).toEqual([0, 1, 2]);
    expect(out.filter((o) => !o.ok && o.reason === 'UNAVAILABLE')).toHaveLength(37);
    // And the right passphrase after them is too late.
    const late = await settle([
      srv.client.secret.reveal.mutate({ id: s.input.id, authKey: s.authKey }),
    ]);
    expect(late).toEqual([{ ok: false, reason: 'UNAVAILABLE' }]);
  });
});

describe.each(postgresOnly)('two instances (two pools) on one $name', (database) => {
  let env: Awaited<ReturnType<typeof database.create>>;
  let a: TestServer;
  let b: TestServer;
  let second: Awaited<ReturnType<typeof database.connectAgain>>;
  // One clock for both instances, so the test can start the rate-limit test in a fresh window.
  const clock = manualClock(new Date('2026-05-01T08:00:00Z'));
  beforeAll(async () => {
    env = await database.create();
    second = await database.connectAgain(env.url);
    const rate = { RATE_LIMIT_CREATE: '7', RATE_LIMIT_REVEAL: '0' };
    a = await startServer(env.handle, { env: rate, clock });
    b = await startServer(second, { env: rate, clock });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await second.close();
    await env.drop();
  });

  it('reveals racing through both instances: exactly once', async () => {
    for (let round = 0; round < 3; round++) {
      const s = await fakeShare();
      await a.client.secret.create.mutate(s.input);
      const out = await settle(
        Array.from({ length: 100 }, (_, i) =>
          (i % 2 ? a : b).client.secret.reveal.mutate({ id: s.input.id, authKey: s.authKey }),
        ),
      );
      expect(out.filter((o) => o.ok)).toHaveLength(1);
    }
  });

  it('wrong guesses through both instances: attempts spent exactly once each', async () => {
    const s = await fakeShare({ maxAttempts: 5 });
    await b.client.secret.create.mutate(s.input);
    const out = await settle(
      Array.from({ length: 60 }, (_, i) =>
        (i % 2 ? a : b).client.secret.reveal.mutate({ id: s.input.id, authKey: wrongKey() }),
      ),
    );
    const left = out.flatMap((o) =>
      !o.ok && o.reason === 'WRONG_PASSPHRASE' ? [o.attemptsLeft] : [],
    );
    expect(left.sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('the create rate limit holds across both instances', async () => {
    clock.set(new Date('2026-05-01T09:00:00Z'));
    const shares = await Promise.all(Array.from({ length: 16 }, () => fakeShare()));
    const out = await Promise.allSettled(
      shares.map((s, i) => (i % 2 ? a : b).client.secret.create.mutate(s.input)),
    );
    const ok = out.filter((r) => r.status === 'fulfilled');
    const limited = out.flatMap((r) => (r.status === 'rejected' ? [errorData(r.reason)] : []));
    expect(ok).toHaveLength(7);
    expect(limited).toHaveLength(9);
    for (const d of limited)
      expect(d).toMatchObject({ reason: 'RATE_LIMITED', httpStatus: 429, retryAfter: 60 });
    // The next window lets the client in again.
    clock.advance(60);
    expect(await a.client.secret.create.mutate((await fakeShare()).input)).toHaveProperty(
      'expiresAt',
    );
  });
});
