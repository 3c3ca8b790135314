// The storage ceiling (MAX_PENDING_BYTES), through the real HTTP server on PGlite and PostgreSQL:
// past it, whatever would store secret material (a share, a request's note, an answer) is
// refused with a typed SERVICE_FULL (503, Retry-After) and stores nothing; once space frees
// (a reveal, a revoke, an expiry) creates work again; /metrics shows the bytes held and the
// ceiling; and the figure the database keeps is always the tables' own sum.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../backend/clock';
import { b64uDecode } from '../../shared/encoding';
import { answerRequest, createRequest, parseRequestLink } from '../../shared/request/index';
import { callApi, describeResult } from '../support/api';
import { testDatabases } from '../support/databases';
import { useTestServer } from '../support/fixtures';
import { sample } from '../support/metrics';
import { fakeShareV2, newReceipt } from '../support/shares';

/** An answer too large for the last bytes left. */
const SECRET = 'correct horse battery staple '.repeat(20);
const MAX = 2 ** 20; // 1 MiB, the smallest ceiling an operator may set
const BIG = 250 * 256 + 16; // a large share's ciphertext: k·256 + 16 bytes (MAX_SECRET_BYTES 64 KiB)
/** The largest ciphertext a client can make that fits in `left` bytes. */
const fit = (left: number) => Math.floor((left - 16) / 256) * 256 + 16;

describe.each(testDatabases)('storage ceiling on $name', (database) => {
  const clock = manualClock(new Date('2026-12-01T18:30:00Z'));
  const srv = useTestServer(database, { clock, env: { MAX_PENDING_BYTES: '1MiB' } });

  const scrape = async () => {
    const text = await (await fetch(`${srv.url}/metrics`)).text();
    expect(text).toMatch(/^oncelink_pending_bytes \d+$/m);
    expect(text).toMatch(/^oncelink_pending_bytes_max \d+$/m);
    return {
      pending: sample(text, 'oncelink_pending_bytes'),
      max: sample(text, 'oncelink_pending_bytes_max'),
    };
  };
  /** What the tables hold, summed the slow way: the kept figure must always equal it. */
  const tablesHold = async () => {
    const { rows } = await sql<{ n: number }>`select (
        (select coalesce(sum(octet_length(ciphertext)), 0) from secret)
        + (select coalesce(sum(octet_length(note)), 0) + coalesce(sum(octet_length(answer)), 0)
           from request))::float8 as n`.execute(srv.app.db.db);
    return rows[0]!.n;
  };
  const create = async (bytes: number, over = {}) => {
    const s = await fakeShareV2(over, bytes);
    return { s, r: await callApi(srv.url, 'secret.create', s.input) };
  };

  it('refuses what would pass the ceiling, typed, and creates again once space frees', async () => {
    expect(await scrape()).toEqual({ pending: 0, max: MAX });
    // A request that waits (its note counts), to be answered once the server is full.
    const req = await createRequest({
      note: 'the VPN password',
      expiresIn: 3600,
      publicUrl: srv.url,
    });
    expect(describeResult(await callApi(srv.url, 'request.create', req.input))).toBe('ok');

    const made = [];
    for (;;) {
      const { s, r } = await create(BIG);
      if (r.kind !== 'ok') {
        expect(r).toMatchObject({
          status: 503,
          reason: 'SERVICE_FULL',
          data: { retryAfter: 60, httpStatus: 503 },
        });
        break;
      }
      made.push(s);
    }
    const note = b64uDecode(req.input.note).length;
    expect(await tablesHold()).toBe(made.length * BIG + note);
    expect(made).toHaveLength(Math.floor((MAX - note) / BIG));

    // What still fits is taken; then nothing more, of any kind of write.
    const left = MAX - (await scrape()).pending;
    expect(left).toBeLessThan(BIG);
    expect(describeResult((await create(fit(left))).r)).toBe('ok');
    expect(MAX - (await scrape()).pending).toBeLessThan(256 + 16);
    const refused = [
      (await create(256 + 16)).r,
      await callApi(
        srv.url,
        'request.create',
        (await createRequest({ note: 'x'.repeat(300), expiresIn: 60, publicUrl: srv.url })).input,
      ),
      await callApi(
        srv.url,
        'request.answer',
        await answerRequest(parseRequestLink(req.link), { value: SECRET }),
      ),
    ];
    expect(refused.map(describeResult)).toEqual(Array(3).fill('503 SERVICE_FULL'));
    // The refused answer stored nothing: the request still waits for one.
    const status = await srv.client.request.status.mutate({ manageTokens: [req.manageToken] });
    expect(status.requests[0]).toMatchObject({ state: 'waiting' });
    // Retry-After says when to try again, on either API path (a lone call takes the lean one).
    const res = await fetch(`${srv.url}/trpc/secret.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify((await fakeShareV2()).input),
    });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('60');

    // A reveal frees its share's ciphertext (no receipt: nothing kept for a grace).
    const viewed = made[0]!;
    const reveal = await callApi(srv.url, 'secret.reveal', {
      id: viewed.input.id,
      authKey: viewed.authKey,
      linkProof: viewed.linkProof,
    });
    expect(describeResult(reveal)).toBe('ok');
    expect(MAX - (await scrape()).pending).toBeGreaterThanOrEqual(BIG);
    expect(describeResult((await create(BIG)).r)).toBe('ok');
    expect(describeResult((await create(256 + 16)).r)).toBe('503 SERVICE_FULL');
    // So does a revoke, and the answer fits again.
    await srv.client.secret.revoke.mutate({ manageToken: made[1]!.manageToken });
    const answer = await answerRequest(parseRequestLink(req.link), { value: SECRET });
    expect(describeResult(await callApi(srv.url, 'request.answer', answer))).toBe('ok');
    expect((await scrape()).pending).toBe(await tablesHold());
  });

  it('frees what expires and what the purge deletes, and the kept figure stays exact', async () => {
    // Whatever the first test left: the figure equals the tables' sum, and after the purge has
    // expired everything (shares, graces, requests) it is zero.
    expect((await scrape()).pending).toBe(await tablesHold());
    const { r } = await create(4 * 256 + 16, { expiresIn: 60 });
    expect(describeResult(r)).toBe('ok');
    // A share of several views spends one: a view that frees nothing leaves the figure alone.
    const multi = await create(8 * 256 + 16, { maxViews: 3 });
    const before = (await scrape()).pending;
    await srv.client.secret.reveal.mutate({
      id: multi.s.input.id,
      authKey: multi.s.authKey,
      linkProof: multi.s.linkProof,
    });
    expect((await scrape()).pending).toBe(before);
    // A last view kept for its grace (a receipt) still holds its ciphertext, until the ack.
    const kept = await create(2 * 256 + 16);
    const proof = { id: kept.s.input.id, linkProof: kept.s.linkProof, receipt: newReceipt() };
    await srv.client.secret.reveal.mutate({ ...proof, authKey: kept.s.authKey });
    expect((await scrape()).pending).toBe(before + 2 * 256 + 16);
    await srv.client.secret.ack.mutate(proof);
    expect((await scrape()).pending).toBe(before);
    clock.advance(8 * 86400);
    await srv.app.purgeNow();
    expect(await tablesHold()).toBe(0);
    expect(await scrape()).toEqual({ pending: 0, max: MAX });
    // Tombstones deleted after the retention (no material in them) change nothing either.
    clock.advance(8 * 86400);
    await srv.app.purgeNow();
    expect((await scrape()).pending).toBe(0);
    expect(describeResult((await create(BIG)).r)).toBe('ok');
  });
});
