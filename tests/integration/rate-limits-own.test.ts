// Limits one host cannot sidestep, through the real HTTP server on PGlite and PostgreSQL: an
// IPv6 client counts by its /64 (not by each of its 2^64 addresses), peek, status and revoke
// have budgets of their own for shares and requests, and one HTTP request carries at most 100
// manage tokens however its calls are batched.
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../backend/clock';
import { createRequest } from '../../shared/request/index';
import { callApi, describeResult, tally } from '../support/api';
import { testDatabases } from '../support/databases';
import { useTestServer } from '../support/fixtures';
import { fakeShareV2 } from '../support/shares';

const LIMIT = 3;

describe.each(testDatabases)('own rate limits on $name', (database) => {
  // One clock standing still: every call of a test falls into one rate-limit window.
  const clock = manualClock(new Date('2026-12-01T18:00:05Z'));
  // TRUST_PROXY=1: each test speaks from X-Forwarded-For addresses of its own.
  const srv = useTestServer(database, {
    clock,
    env: {
      RATE_LIMIT_CREATE: String(LIMIT),
      RATE_LIMIT_PEEK: String(LIMIT),
      RATE_LIMIT_STATUS: String(LIMIT),
      RATE_LIMIT_REVOKE: String(LIMIT),
      TRUST_PROXY: '1',
    },
  });
  let n = 0;
  /** A client of its own: an IPv4 address of TEST-NET-3. */
  const v4 = () => ({ 'x-forwarded-for': `203.0.113.${++n}` });
  /** A /64 of the documentation prefix of its own, as a function of the host part. */
  const v6net = () => {
    const net = `2001:db8:${(++n).toString(16)}:1`;
    return (host: string) => ({ 'x-forwarded-for': `${net}:${host}` });
  };
  const call = (proc: string, input: unknown, headers: Record<string, string>) =>
    callApi(srv.url, proc, input, { headers, method: 'POST' });

  async function created(headers = v4()) {
    const s = await fakeShareV2({ maxViews: 5 });
    expect(describeResult(await call('secret.create', s.input, headers))).toBe('ok');
    return s;
  }

  it('counts 12 addresses of one /64 as one client; the next /64 and IPv4 neighbours apart', async () => {
    const host = v6net();
    // Twelve spellings of twelve addresses, privacy-address style: random-looking host parts.
    const hosts = Array.from(
      { length: 12 },
      (_, i) => `${((i * 7919) % 0x10000).toString(16)}:0:0:${i + 1}`,
    );
    const out = [];
    for (const h of hosts) {
      out.push(await call('secret.create', (await fakeShareV2()).input, host(h)));
    }
    expect(tally(out.map(describeResult))).toEqual({ ok: LIMIT, '429 RATE_LIMITED': 12 - LIMIT });
    // An IPv4-mapped address is its IPv4 client, however the header spells it.
    const v4client = v4()['x-forwarded-for'];
    const mapped = [];
    for (const xff of [v4client, `::ffff:${v4client}`, `[::ffff:${v4client}]:443`, v4client]) {
      mapped.push(
        await call('secret.create', (await fakeShareV2()).input, { 'x-forwarded-for': xff }),
      );
    }
    expect(mapped.map(describeResult)).toEqual([...Array(LIMIT).fill('ok'), '429 RATE_LIMITED']);
    // Another /64 of the same /48, and other IPv4 addresses, have budgets of their own.
    const next = v6net();
    expect(
      describeResult(await call('secret.create', (await fakeShareV2()).input, next('1'))),
    ).toBe('ok');
    for (let i = 0; i < LIMIT + 1; i++) {
      const r = await call('secret.create', (await fakeShareV2()).input, v4());
      expect(describeResult(r)).toBe('ok');
    }
  });

  it('limits peeks on their own, and a refused peek records no event', async () => {
    const s = await created();
    const client = v4();
    const out = [];
    for (let i = 0; i < LIMIT + 2; i++) {
      out.push(await call('secret.peek', { id: s.input.id, linkProof: s.linkProof }, client));
    }
    expect(tally(out.map(describeResult))).toEqual({ ok: LIMIT, '429 RATE_LIMITED': 2 });
    const refused = out.at(-1)!;
    expect(refused).toMatchObject({ status: 429, data: { retryAfter: 55 } });
    // Peeks count apart from creates: the same client still creates.
    expect(describeResult(await call('secret.create', (await fakeShareV2()).input, client))).toBe(
      'ok',
    );
    const status = await call('secret.status', { manageTokens: [s.manageToken] }, v4());
    const events = (status as { data: { secrets: { events: { type: string }[] }[] } }).data
      .secrets[0]!.events;
    expect(events.filter((e) => e.type === 'opened')).toHaveLength(LIMIT);
  });

  it('limits request peeks by the same budget as share peeks', async () => {
    const r = await createRequest({ note: 'n', expiresIn: 600, publicUrl: srv.url });
    expect(describeResult(await call('request.create', r.input, v4()))).toBe('ok');
    const s = await created();
    const client = v4();
    const out = [
      await call('secret.peek', { id: s.input.id, linkProof: s.linkProof }, client),
      await call('secret.peek', { id: s.input.id, linkProof: s.linkProof }, client),
      await call('request.peek', { id: r.input.id, linkProof: 'A'.repeat(43) }, client),
      await call('request.peek', { id: r.input.id, linkProof: 'A'.repeat(43) }, client),
    ];
    // A wrong proof is an unknown id (unavailable), and is counted all the same.
    expect(out.map(describeResult)).toEqual(['ok', 'ok', 'ok', '429 RATE_LIMITED']);
    expect(out[2]).toMatchObject({ data: { state: 'unavailable' } });
  });

  it('limits status and revoke on their own, for shares and requests, spending nothing refused', async () => {
    const s = await created();
    const r = await createRequest({ note: 'n', expiresIn: 600, publicUrl: srv.url });
    expect(describeResult(await call('request.create', r.input, v4()))).toBe('ok');
    const client = v4();
    const asks = [
      () => call('secret.status', { manageTokens: [s.manageToken] }, client),
      () => call('request.status', { manageTokens: [r.manageToken] }, client),
    ];
    const out = [];
    for (let i = 0; i < LIMIT + 1; i++) out.push(await asks[i % 2]!());
    expect(out.map(describeResult)).toEqual([...Array(LIMIT).fill('ok'), '429 RATE_LIMITED']);

    const revoker = v4();
    const revokes = [];
    for (let i = 0; i < LIMIT; i++) {
      revokes.push(
        await call('secret.revoke', { manageToken: (await created()).manageToken }, revoker),
      );
    }
    const refused = await call('secret.revoke', { manageToken: s.manageToken }, revoker);
    const refusedRequest = await call('request.revoke', { manageToken: r.manageToken }, revoker);
    expect([...revokes, refused, refusedRequest].map(describeResult)).toEqual([
      ...Array(LIMIT).fill('ok'),
      '429 RATE_LIMITED',
      '429 RATE_LIMITED',
    ]);
    // The refused revokes revoked nothing: both are live still.
    const after = await call('secret.status', { manageTokens: [s.manageToken] }, v4());
    expect(after).toMatchObject({ kind: 'ok', data: { secrets: [{ state: 'pending' }] } });
    const req = await call('request.status', { manageTokens: [r.manageToken] }, v4());
    expect(req).toMatchObject({ kind: 'ok', data: { requests: [{ state: 'waiting' }] } });
  });

  it('refuses more than 100 manage tokens in one HTTP request, however batched, typed', async () => {
    const tokens = (k: number) => Array.from({ length: k }, () => 'A'.repeat(42) + 'Q');
    /** One HTTP request of several calls (tRPC batching); each call's reason, or ok. */
    const batch = async (calls: { proc: string; input: unknown }[]) => {
      const body = Object.fromEntries(calls.map((c, i) => [i, c.input]));
      const res = await fetch(`${srv.url}/trpc/${calls.map((c) => c.proc).join(',')}?batch=1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...v4() },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as {
        error?: { data: { reason: string; httpStatus: number; issues?: { path: string }[] } };
      }[];
      return json.map((r) => r.error?.data ?? 'ok');
    };
    // 100 in all is allowed (60 + 40, shares and requests together).
    expect(
      await batch([
        { proc: 'secret.status', input: { manageTokens: tokens(60) } },
        { proc: 'request.status', input: { manageTokens: tokens(40) } },
      ]),
    ).toEqual(['ok', 'ok']);
    // 101: the call that goes past the cap and every one after it are refused, as bad input.
    const over = await batch([
      { proc: 'secret.status', input: { manageTokens: tokens(60) } },
      { proc: 'secret.status', input: { manageTokens: tokens(41) } },
      { proc: 'secret.revoke', input: { manageToken: tokens(1)[0] } },
    ]);
    expect(over[0]).toBe('ok');
    for (const refused of over.slice(1)) {
      expect(refused).toMatchObject({
        reason: 'INVALID_INPUT',
        httpStatus: 400,
        issues: [{ path: 'manageTokens' }],
      });
    }
  });
});
