// /metrics: Prometheus text that moves with what the service does, and names no share, token or
// client. Optionally behind a bearer token.
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../backend/clock';
import { pglite, testDatabases } from '../support/databases';
import { useTestServer } from '../support/fixtures';
import { sample } from '../support/metrics';
import { fakeShare, rejects, wrongKey } from '../support/shares';

const CLIENT = '203.0.113.77';

describe.each(testDatabases)('/metrics on $name', (database) => {
  const clock = manualClock(new Date('2026-04-01T08:00:00Z'));
  const srv = useTestServer(database, {
    clock,
    env: { TRUST_PROXY: '1', EVENT_CLIENT_IP: 'full' },
  });

  const scrape = async () => {
    const res = await fetch(`${srv.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return res.text();
  };
  /** The real API as a client behind one proxy would call it. */
  const call = (proc: string, input: unknown) =>
    fetch(`${srv.url}/trpc/secret.${proc}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': CLIENT },
      body: JSON.stringify(input),
    });

  it('counters move with shares made, revealed, destroyed, revoked and expired', async () => {
    const before = await scrape();
    const event = (text: string, e: string) =>
      sample(text, 'oncelink_share_events_total', { event: e });
    const requests = (text: string, route: string, outcome: string) =>
      sample(text, 'oncelink_http_requests_total', { route, outcome });

    // Made, opened and revealed.
    const a = await fakeShare();
    expect((await call('create', a.input)).status).toBe(200);
    await srv.client.secret.peek.query({ id: a.input.id });
    expect((await call('reveal', { id: a.input.id, authKey: a.authKey })).status).toBe(200);
    // A wrong passphrase on a one-shot secret: a failed attempt, and destroyed.
    const b = await fakeShare({ maxAttempts: 1 });
    await call('create', b.input);
    expect((await call('reveal', { id: b.input.id, authKey: wrongKey() })).status).toBe(401);
    // Revoked, and a second revoke changes nothing.
    const c = await fakeShare();
    await call('create', c.input);
    await srv.client.secret.revoke.mutate({ manageToken: c.manageToken });
    await srv.client.secret.revoke.mutate({ manageToken: c.manageToken });
    // Expired by the purge job.
    const d = await fakeShare({ expiresIn: 60 });
    await call('create', d.input);
    clock.advance(61);
    expect((await srv.app.purgeNow()).expired).toBe(1);
    // Status, an unknown procedure named like an id, and a reveal of what is gone.
    await srv.client.secret.status.mutate({ manageTokens: [a.manageToken, b.manageToken] });
    await fetch(`${srv.url}/trpc/${a.input.id}`);
    await rejects(() => srv.client.secret.reveal.mutate({ id: a.input.id, authKey: a.authKey }));

    const after = await scrape();
    const moved = (e: string) => event(after, e) - event(before, e);
    expect({
      created: moved('created'),
      viewed: moved('viewed'),
      attempt_failed: moved('attempt_failed'),
      destroyed: moved('destroyed'),
      revoked: moved('revoked'),
      expired: moved('expired'),
    }).toEqual({ created: 4, viewed: 1, attempt_failed: 1, destroyed: 1, revoked: 1, expired: 1 });

    expect(requests(after, 'secret.create', 'ok') - requests(before, 'secret.create', 'ok')).toBe(
      4,
    );
    expect(requests(after, 'secret.reveal', 'ok')).toBe(1);
    expect(requests(after, 'secret.reveal', 'WRONG_PASSPHRASE')).toBe(1);
    expect(requests(after, 'secret.reveal', 'UNAVAILABLE')).toBe(1);
    expect(requests(after, 'secret.peek', 'ok')).toBe(1);
    expect(requests(after, 'secret.revoke', 'ok')).toBe(2);
    expect(requests(after, 'secret.status', 'ok')).toBe(1);
    expect(requests(after, 'trpc-unknown', 'INVALID_INPUT')).toBe(1);
    expect(
      sample(after, 'oncelink_http_request_duration_seconds_count', {
        route: 'secret.create',
        outcome: 'ok',
      }),
    ).toBe(4);
    expect(sample(after, 'oncelink_purge_runs_total', { result: 'ok' })).toBe(1);
    expect(sample(after, 'oncelink_purge_duration_seconds_count')).toBe(1);
    expect(sample(after, 'oncelink_db_pool_max_connections')).toBeGreaterThanOrEqual(1);
    expect(after).toMatch(/^oncelink_db_pool_connections\{state="open"\} \d+$/m);
    expect(after).toMatch(/^oncelink_db_pool_connections\{state="waiting"\} 0$/m);
    expect(after).toMatch(/^process_resident_memory_bytes \d+/m);

    // Nothing that names a share, a token or a client.
    for (const s of [a, b, c, d]) {
      for (const v of [
        s.input.id,
        s.input.manageHash,
        s.input.verifier,
        s.input.salt,
        s.authKey,
        s.manageToken,
      ]) {
        expect(after).not.toContain(v);
      }
    }
    expect(after).not.toContain(CLIENT);
    expect(after).not.toContain('127.0.0.1');
    // Every route label is one of a fixed few.
    const routes = new Set([...after.matchAll(/route="([^"]*)"/g)].map((m) => m[1]));
    for (const r of routes) {
      expect(r).toMatch(/^(secret\.[a-z]+|trpc-unknown|trpc-batch|\/metrics|\/healthz|\/readyz)$/);
    }
  });
});

describe('/metrics with METRICS_TOKEN', () => {
  const token = 'c2VjcmV0LW1ldHJpY3MtdG9rZW4tZm9yLXRlc3Rz';
  const srv = useTestServer(pglite, { env: { METRICS_TOKEN: token } });

  it('wants the bearer token; anything else is 401', async () => {
    for (const auth of [
      undefined,
      'Bearer nope',
      `Basic ${token}`,
      `Bearer ${token}x`,
      'Bearer ',
    ]) {
      const res = await fetch(`${srv.url}/metrics`, {
        headers: auth === undefined ? {} : { authorization: auth },
      });
      expect(res.status, String(auth)).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect(await res.text()).not.toContain('oncelink_');
    }
    const ok = await fetch(`${srv.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('oncelink_http_requests_total');
    // The scrapes themselves are counted, refused ones included.
    const text = await (
      await fetch(`${srv.url}/metrics`, { headers: { authorization: `Bearer ${token}` } })
    ).text();
    expect(text).toMatch(/oncelink_http_requests_total\{route="\/metrics",outcome="http_401"\} 5/);
  });
});
