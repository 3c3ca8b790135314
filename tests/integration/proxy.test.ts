// Behind a reverse proxy: which address is the client's (TRUST_PROXY) for rate limits and event
// hints, and HSTS when the public origin is https.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../backend/clock';
import { HSTS } from '../../backend/http/server';
import { testDatabases } from '../support/databases';
import { startServer, type TestServer } from '../support/server';
import { fakeShare } from '../support/shares';

/** secret.create as a client behind `xff` would send it (through a proxy that says so). */
async function createVia(srv: TestServer, xff?: string) {
  const s = await fakeShare();
  const res = await fetch(`${srv.url}/trpc/secret.create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(xff ? { 'x-forwarded-for': xff } : {}) },
    body: JSON.stringify(s.input),
  });
  const body = (await res.json()) as { error?: { data?: { reason?: string } } };
  return { status: res.status, reason: body.error?.data?.reason ?? 'ok', share: s };
}

/** What the sender's event list says about who created the share. */
async function createdHint(srv: TestServer, manageToken: string): Promise<string | undefined> {
  const [entry] = (await srv.client.secret.status.mutate({ manageTokens: [manageToken] })).secrets;
  if (!entry || entry.state === 'unknown') throw new Error('unknown share');
  return entry.events.find((e) => e.type === 'created')?.hint;
}

describe('behind a reverse proxy (PGlite)', () => {
  let env: Awaited<ReturnType<(typeof testDatabases)[number]['create']>>;
  const servers: TestServer[] = [];
  // One clock standing still: every request falls into one rate-limit window.
  const clock = manualClock(new Date('2026-05-01T12:00:10Z'));

  async function server(env2: Record<string, string>) {
    const srv = await startServer(env.handle, {
      clock,
      env: { RATE_LIMIT_CREATE: '2', EVENT_CLIENT_IP: 'full', ...env2 },
    });
    servers.push(srv);
    return srv;
  }

  beforeAll(async () => {
    env = await testDatabases.find((d) => d.name === 'pglite')!.create();
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    await env?.drop();
  });

  it('TRUST_PROXY unset: forwarded headers are ignored, a client cannot choose its address', async () => {
    const srv = await server({});
    const a = await createVia(srv, '203.0.113.1');
    const b = await createVia(srv, '203.0.113.2');
    expect([a.reason, b.reason]).toEqual(['ok', 'ok']);
    // A third "client" is the same socket address: its limit is spent.
    const c = await createVia(srv, '203.0.113.3');
    expect(c).toMatchObject({ status: 429, reason: 'RATE_LIMITED' });
    const hint = await createdHint(srv, a.share.manageToken);
    expect(hint).toContain('127.0.0.1');
    expect(hint).not.toContain('203.0.113');
    // The socket address of this test: its own limit, already spent by the spoofers above.
    expect((await createVia(srv)).reason).toBe('RATE_LIMITED');
  });

  it('TRUST_PROXY=1: each forwarded client has its own limit, and the hint names it', async () => {
    clock.advance(60); // a fresh window
    const srv = await server({ TRUST_PROXY: '1' });
    expect((await createVia(srv, '198.51.100.1')).reason).toBe('ok');
    expect((await createVia(srv, '198.51.100.1')).reason).toBe('ok');
    expect(await createVia(srv, '198.51.100.1')).toMatchObject({ reason: 'RATE_LIMITED' });
    // Prepending an address of one's choice changes nothing: the proxy's entry is the rightmost.
    expect(await createVia(srv, '9.9.9.9, 198.51.100.1')).toMatchObject({
      reason: 'RATE_LIMITED',
    });
    const other = await createVia(srv, '198.51.100.2');
    expect(other.reason).toBe('ok');
    expect(await createdHint(srv, other.share.manageToken)).toBe('script, 198.51.100.2');
  });

  it('TRUST_PROXY as a list: past every trusted proxy to the first address that is not one', async () => {
    clock.advance(60);
    const srv = await server({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' });
    const r = await createVia(srv, '6.6.6.6, 198.51.100.9, 10.1.2.3');
    expect(r.reason).toBe('ok');
    expect(await createdHint(srv, r.share.manageToken)).toBe('script, 198.51.100.9');
    // A peer that is not in the list is the client itself, whatever it forwards.
    const strict = await server({ TRUST_PROXY: '10.0.0.0/8' });
    const s = await createVia(strict, '198.51.100.10');
    expect(await createdHint(strict, s.share.manageToken)).toBe('script, 127.0.0.1');
  });

  it('HSTS on every response when PUBLIC_URL is https, never on http', async () => {
    const https = await server({ PUBLIC_URL: 'https://once.example.com' });
    const plain = await server({ PUBLIC_URL: 'http://once.example.com' });
    for (const path of ['/healthz', '/readyz', '/s/abc', '/assets/none.js', '/nowhere']) {
      const r = await fetch(`${https.url}${path}`);
      expect(r.headers.get('strict-transport-security'), path).toBe(HSTS);
      const p = await fetch(`${plain.url}${path}`);
      expect(p.headers.get('strict-transport-security'), path).toBeNull();
    }
    const api = await fetch(`${https.url}/trpc/secret.peek?input=${encodeURIComponent('{}')}`);
    expect(api.status).toBe(400);
    expect(api.headers.get('strict-transport-security')).toBe(HSTS);
  });
});
