// The HTTP edge: every kind of bad request gets a typed 4xx, never a 500 or a hang.
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases';
import { useTestServer } from '../support/fixtures';
import { startServer } from '../support/server';
import { fakeShare, rejects, wrongKey } from '../support/shares';

/** A raw request; resolves with status, headers and parsed body. */
async function raw(url: string, init: RequestInit = {}) {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return {
    status: res.status,
    headers: res.headers,
    body: body as { error?: { data?: { reason?: string; code?: string } } },
  };
}

const post = (body: string, type = 'application/json') => ({
  method: 'POST',
  headers: { 'content-type': type },
  body,
});

describe.each(testDatabases)('HTTP edge on $name', (database) => {
  const logs: string[] = [];
  const srv = useTestServer(database, { logs, env: { RATE_LIMIT_REVEAL: '3' } });

  it('health and readiness', async () => {
    expect(await raw(`${srv.url}/healthz`)).toMatchObject({ status: 200, body: { ok: true } });
    expect(await raw(`${srv.url}/readyz`)).toMatchObject({ status: 200, body: { ready: true } });
  });

  it.each([
    ['invalid JSON', '/trpc/secret.create', post('{"id":'), 400, 'INVALID_INPUT'],
    ['a JSON array', '/trpc/secret.create', post('[1,2]'), 400, 'INVALID_INPUT'],
    ['wrong types', '/trpc/secret.reveal', post('{"id":5,"authKey":null}'), 400, 'INVALID_INPUT'],
    [
      'bad base64',
      '/trpc/secret.reveal',
      post(JSON.stringify({ id: 'ICEiIyQlJicoKSorLC0u+w', authKey: 'A'.repeat(43) })),
      400,
      'INVALID_INPUT',
    ],
    [
      'non-canonical base64',
      '/trpc/secret.reveal',
      post(JSON.stringify({ id: 'ICEiIyQlJicoKSorLC0uLx', authKey: 'A'.repeat(43) })),
      400,
      'INVALID_INPUT',
    ],
    [
      'extra fields',
      '/trpc/secret.reveal',
      post(JSON.stringify({ id: 'ICEiIyQlJicoKSorLC0uLw', authKey: 'A'.repeat(43), x: 1 })),
      400,
      'INVALID_INPUT',
    ],
    ['an empty body', '/trpc/secret.create', post(''), 400, 'INVALID_INPUT'],
    ['an unknown procedure', '/trpc/secret.steal', post('{}'), 404, 'INVALID_INPUT'],
    // Queries take POST too (v2 clients send peek's link proof in a body): then the input counts.
    ['a query by POST without its input', '/trpc/secret.peek', post('{}'), 400, 'INVALID_INPUT'],
    [
      'a form body',
      '/trpc/secret.create',
      post('a=1', 'application/x-www-form-urlencoded'),
      415,
      'INVALID_INPUT',
    ],
    [
      'a too-large batch',
      `/trpc/${Array(11).fill('secret.peek').join(',')}?batch=1`,
      { method: 'GET' },
      400,
      'INVALID_INPUT',
    ],
  ] as const)('%s → %i %s', async (_name, path, init, status, reason) => {
    const r = await raw(`${srv.url}${path}`, init);
    expect(r.status).toBe(status);
    expect(r.body.error?.data?.reason).toBe(reason);
    expect(r.headers.get('cache-control')).toBe('no-store');
  });

  it('a GET on a mutation is refused', async () => {
    const r = await raw(`${srv.url}/trpc/secret.reveal?input=${encodeURIComponent('{}')}`);
    expect(r.status).toBe(405);
    expect(r.body.error?.data?.reason).toBe('INVALID_INPUT');
  });

  it('unknown paths are 404 without a body of interest', async () => {
    expect((await raw(`${srv.url}/wp-admin`)).status).toBe(404);
  });

  it('a huge declared body is refused from its header, before any of it is sent', async () => {
    const { status, body } = await new Promise<{ status: number; body: string }>(
      (resolve, reject) => {
        const req = http.request(`${srv.url}/trpc/secret.create`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': String(1024 ** 3) },
        });
        req.on('response', (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode!, body: text }));
        });
        req.on('error', reject);
        req.flushHeaders(); // headers only: the body is never written
      },
    );
    expect(status).toBe(413);
    expect(JSON.parse(body).error.data.reason).toBe('TOO_LARGE');
  });

  it('a huge chunked body is cut off once past the limit', async () => {
    const { status, body } = await new Promise<{ status: number; body: string }>(
      (resolve, reject) => {
        const req = http.request(`${srv.url}/trpc/secret.create`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        });
        req.on('response', (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode!, body: text }));
        });
        req.on('error', reject);
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        // At most 4 MiB: far past the limit, and bounded if the server never answered.
        const pump = () => {
          while (sent < 4 * 1024 * 1024) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
          req.end();
        };
        req.write('{"id":"');
        pump();
      },
    );
    expect(status).toBe(413);
    expect(JSON.parse(body).error.data.reason).toBe('TOO_LARGE');
  });

  it('CORS: extension origins are allowed, other origins are not', async () => {
    const ext = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    const pre = await fetch(`${srv.url}/trpc/secret.create`, {
      method: 'OPTIONS',
      headers: { origin: ext },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(ext);
    expect(pre.headers.get('access-control-allow-headers')).toContain('content-type');
    const evil = await fetch(`${srv.url}/trpc/secret.create`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example' },
    });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('reveal rate limit: a typed error with the retry time, also as a header', async () => {
    const s = await fakeShare({ maxAttempts: 10 });
    await srv.client.secret.create.mutate(s.input);
    for (let i = 0; i < 3; i++)
      await rejects(() => srv.client.secret.reveal.mutate({ id: s.input.id, authKey: wrongKey() }));
    const r = await raw(
      `${srv.url}/trpc/secret.reveal`,
      post(JSON.stringify({ id: s.input.id, authKey: s.authKey })),
    );
    expect(r.status).toBe(429);
    expect(r.body.error?.data).toMatchObject({
      reason: 'RATE_LIMITED',
      retryAfter: expect.any(Number),
    });
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    // A rate-limited request spent nothing: 7 attempts remain.
    expect(await srv.client.secret.peek.query({ id: s.input.id })).toMatchObject({
      attemptsLeft: 7,
    });
  });

  it('logs name routes and outcomes, never ids, keys or ciphertexts', async () => {
    const s = await fakeShare();
    await srv.client.secret.create.mutate(s.input);
    await srv.client.secret.peek.query({ id: s.input.id });
    await srv.client.secret.status.mutate({ manageTokens: [s.manageToken] });
    const text = logs.join('\n');
    expect(text).toContain('/trpc/secret.create');
    for (const v of [
      s.input.id,
      s.input.ciphertext.slice(0, 40),
      s.input.verifier,
      s.input.manageHash,
      s.input.salt,
      s.authKey,
      s.manageToken,
    ]) {
      expect(text).not.toContain(v);
    }
  });
});

describe('graceful shutdown', () => {
  it('finishes the request in flight, refuses new connections, then closes', async () => {
    const env = await testDatabases[0]!.create();
    const srv = await startServer(env.handle);
    const s = await fakeShare();
    const body = JSON.stringify(s.input);
    // A request whose body is half sent when the drain starts.
    const inFlight = new Promise<number>((resolve, reject) => {
      const req = http.request(`${srv.url}/trpc/secret.create`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
      });
      req.on('response', (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode!));
      });
      req.on('error', reject);
      req.write(body.slice(0, 100));
      setTimeout(() => req.end(body.slice(100)), 300);
    });
    await new Promise((r) => setTimeout(r, 100));
    const closing = srv.app.close(5000);
    await new Promise((r) => setTimeout(r, 50));
    await expect(fetch(`${srv.url}/healthz`)).rejects.toThrow();
    expect(await inFlight).toBe(200);
    await closing;
    await env.drop();
  });
});
