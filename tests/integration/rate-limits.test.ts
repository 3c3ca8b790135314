// The limits (rate, attempts, the storage ceiling) held across two backend PROCESSES on one PostgreSQL: a client
// that spreads its requests over both instances gets no more than one instance would give it.
// PostgreSQL only: two processes cannot share one PGlite (it lives inside a process).
import { describe, expect, it } from 'vitest';
import { callApi, describeResult, tally } from '../support/api';
import { postgresOnly } from '../support/databases';
import { skipWithoutPostgres, useTwoBackends } from '../support/fixtures';
import { fakeShare, fakeShareV2, wrongKey } from '../support/shares';

skipWithoutPostgres();

describe.each(postgresOnly)('limits across two backend processes on $name', (database) => {
  // TRUST_PROXY=1: each test (and each guesser) speaks from its own X-Forwarded-For address,
  // so the rate-limit buckets of one test do not spill into another's.
  const two = useTwoBackends(database, {
    RATE_LIMIT_CREATE: '5',
    RATE_LIMIT_REVEAL: '5',
    TRUST_PROXY: '1',
  });
  /** The instance the i-th of a burst goes to: every other one to each. */
  const via = (i: number) => two.urls()[i % 2]!;

  let address = 0;
  /** A client address of its own (TEST-NET-2, 198.51.100.0/24, and on). */
  const newClient = () => {
    address++;
    return { 'x-forwarded-for': `198.51.${100 + (address >> 8)}.${address & 255}` };
  };

  /** Rate limits count per wall-clock minute: start where 10 s at least remain in this one. */
  async function awayFromMinuteBoundary() {
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 10_000) await new Promise((r) => setTimeout(r, left + 250));
  }

  it('the create rate limit (5 a minute) holds across both processes: 12 creates, exactly 5', async () => {
    const client = newClient();
    const shares = await Promise.all(Array.from({ length: 12 }, () => fakeShare()));
    await awayFromMinuteBoundary();
    const out = await Promise.all(
      shares.map((s, i) => callApi(via(i), 'secret.create', s.input, { headers: client })),
    );
    expect(tally(out.map(describeResult))).toEqual({ ok: 5, '429 RATE_LIMITED': 7 });
    for (const r of out)
      if (r.kind === 'error') expect(r.data.retryAfter).toEqual(expect.any(Number));
    // Another client is not affected.
    const other = await callApi(two.a.url, 'secret.create', (await fakeShare()).input, {
      headers: newClient(),
    });
    expect(describeResult(other)).toBe('ok');
  });

  it('the reveal rate limit (5 a minute) holds across both processes', async () => {
    const s = await fakeShare({ maxViews: 20 });
    expect(
      describeResult(await callApi(two.a.url, 'secret.create', s.input, { headers: newClient() })),
    ).toBe('ok');
    const client = newClient();
    await awayFromMinuteBoundary();
    const out = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        callApi(
          via(i),
          'secret.reveal',
          { id: s.input.id, authKey: s.authKey },
          { headers: client },
        ),
      ),
    );
    expect(tally(out.map(describeResult))).toEqual({ ok: 5, '429 RATE_LIMITED': 7 });
    // Rate-limited reveals spent nothing: 15 of the 20 views are left.
    const peek = await callApi(two.b.url, 'secret.peek', { id: s.input.id });
    expect(peek).toMatchObject({ kind: 'ok', data: { state: 'pending', viewsLeft: 15 } });
  });

  it('parallel wrong guesses through both processes, each from its own address: attempts spent exactly once each', async () => {
    const s = await fakeShare({ maxAttempts: 5, maxViews: 3 });
    expect(
      describeResult(await callApi(two.b.url, 'secret.create', s.input, { headers: newClient() })),
    ).toBe('ok');
    const out = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        callApi(
          via(i),
          'secret.reveal',
          { id: s.input.id, authKey: wrongKey() },
          { headers: newClient() },
        ),
      ),
    );
    const wrong = out.flatMap((r) =>
      r.kind === 'error' && r.reason === 'WRONG_PASSPHRASE' ? [Number(r.data.attemptsLeft)] : [],
    );
    expect(wrong.sort()).toEqual([0, 1, 2, 3, 4]);
    expect(out.filter((r) => describeResult(r) === '404 UNAVAILABLE')).toHaveLength(55);
    // The right passphrase afterwards is too late: the secret was destroyed, and holds nothing.
    const late = await callApi(
      two.a.url,
      'secret.reveal',
      {
        id: s.input.id,
        authKey: s.authKey,
      },
      { headers: newClient() },
    );
    expect(describeResult(late)).toBe('404 UNAVAILABLE');
    const row = await two.database.handle.db
      .selectFrom('secret')
      .select(['state', 'ciphertext', 'attempts_left', 'views_left'])
      .where('id', '=', Buffer.from(s.input.id, 'base64url'))
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ state: 'destroyed', ciphertext: null, attempts_left: 0, views_left: 3 });
  });
});

describe.each(postgresOnly)(
  'the storage ceiling across two backend processes on $name',
  (database) => {
    const two = useTwoBackends(database, { MAX_PENDING_BYTES: '1MiB', RATE_LIMIT_CREATE: '0' });
    const BIG = 250 * 256 + 16;
    const create = async (url: string) => {
      const s = await fakeShareV2({}, BIG);
      return { s, label: describeResult(await callApi(url, 'secret.create', s.input)) };
    };

    it('one figure for both: a burst through both stops at the ceiling, and both see space freed', async () => {
      const burst = await Promise.all(
        Array.from({ length: 40 }, (_, i) => create(two.urls()[i % 2]!)),
      );
      const made = burst.filter((b) => b.label === 'ok').map((b) => b.s);
      expect(burst.filter((b) => b.label !== 'ok').map((b) => b.label)).toEqual(
        Array(40 - made.length).fill('503 SERVICE_FULL'),
      );
      // At least what fits; past it by no more than the statements in flight at once (two pools
      // of DB_POOL_SIZE 10, docs/deploy.md#storage-ceiling).
      const fits = Math.floor(2 ** 20 / BIG);
      expect(made.length).toBeGreaterThanOrEqual(fits);
      expect(made.length).toBeLessThanOrEqual(fits + 20);
      for (const url of two.urls()) expect((await create(url)).label).toBe('503 SERVICE_FULL');
      // Space freed through one instance is space for the other.
      const extra = made.length - fits + 1;
      for (const s of made.slice(0, extra)) {
        await callApi(two.b.url, 'secret.revoke', { manageToken: s.manageToken });
      }
      expect((await create(two.a.url)).label).toBe('ok');
      expect((await create(two.a.url)).label).toBe('503 SERVICE_FULL');
    });
  },
);
