// Below tRPC: methods, procedure names, malformed JSON, broken HTTP framing, slow clients, huge
// bodies to routes that read none, and path traversal. Every answer is a 4xx (typed where the API
// answers), in time, never a 5xx or a held connection; and the server goes on serving.
// http.test.ts has the hand-picked API cases (invalid JSON, oversize bodies, form bodies, CORS).
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases';
import { useTestServer } from '../support/fixtures';
import { HANG_MS, rawExchange, rawRequest, type Drip } from '../support/raw-http';
import { expectServedWell } from '../support/server-health';

/** Short timeouts for the slow-client tests (production: 10 s for headers, 30 s in all). */
const HEADERS_MS = 1_500;
const REQUEST_MS = 2_500;

describe('raw HTTP to one instance', () => {
  const logs: string[] = [];
  // The real database of a deployment when there is one; PGlite otherwise.
  const srv = useTestServer(testDatabases.at(-1)!, {
    logs,
    httpTimeouts: { headersMs: HEADERS_MS, requestMs: REQUEST_MS },
  });

  it('every other method on the API is a typed 405, TRACE included', async () => {
    const methods = http.METHODS.filter(
      (m) => !['GET', 'POST', 'HEAD', 'OPTIONS', 'CONNECT'].includes(m),
    );
    for (const proc of ['secret.create', 'secret.peek', 'secret.reveal', 'nope']) {
      for (const method of methods) {
        const r = await rawRequest(srv.url, method, `/trpc/${proc}`, {
          headers: { 'content-type': 'application/json' },
          body: '{}',
        });
        expect([method, proc, r.status], r.text).toEqual([method, proc, 405]);
        expect(JSON.parse(r.text).error.data.reason).toBe('INVALID_INPUT');
        expect(r.headers.allow).toBe('GET, POST');
      }
    }
  });

  it('the page and asset routes answer other methods 405, unknown paths 404: never a 5xx', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH', 'TRACE', 'PROPFIND']) {
      for (const path of ['/s/AAAAAAAAAAAAAAAAAAAAAA', '/assets/app.js']) {
        expect((await rawRequest(srv.url, method, path)).status).toBe(405);
      }
      expect((await rawRequest(srv.url, method, '/no/such/path')).status).toBe(404);
    }
  });

  it('procedure names that are not procedures: typed 404, prototype names included', async () => {
    for (const name of [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'secret.__proto__',
      'secret.constructor',
      'secret',
      'secret.create.x',
      'secret..create',
      '',
      '%00',
      'secret.create%00',
      'SECRET.CREATE',
    ]) {
      for (const method of ['GET', 'POST']) {
        const r = await rawRequest(srv.url, method, `/trpc/${name}`, {
          headers: { 'content-type': 'application/json' },
          body: method === 'POST' ? '{}' : undefined,
        });
        expect([name, method, r.status]).toEqual([name, method, 404]);
        expect(JSON.parse(r.text).error.data.reason).toBe('INVALID_INPUT');
      }
    }
  });

  it('malformed JSON of every kind: typed 400, deep nesting too', async () => {
    const deep = 45_000; // under the body limit: parsed, not refused for size
    for (const body of [
      '{"id":"x"} trailing',
      '\ufeff{}',
      "{'id':'x'}",
      '{"id":"x",}',
      '{/* c */}',
      'NaN',
      '{"id":1e400}',
      '"\\ud800"',
      '{"id":"\\u0000"}',
      '['.repeat(deep) + ']'.repeat(deep),
      '{"a":'.repeat(deep / 5) + '1' + '}'.repeat(deep / 5),
      '['.repeat(100_000),
    ]) {
      const r = await rawRequest(srv.url, 'POST', '/trpc/secret.create', {
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect([body.slice(0, 30), r.status]).toEqual([body.slice(0, 30), 400]);
      expect(JSON.parse(r.text).error.data.reason).toBe('INVALID_INPUT');
    }
  });

  it('broken framing and headers: a 4xx from the HTTP layer, and the server goes on', async () => {
    const cases: [string, RegExp][] = [
      // Conflicting and impossible lengths (request smuggling shapes).
      [
        'POST /trpc/secret.create HTTP/1.1\r\nHost: x\r\ncontent-length: 5\r\ncontent-length: 6\r\n\r\n{}',
        /^HTTP\/1\.1 400/,
      ],
      [
        'POST /trpc/secret.create HTTP/1.1\r\nHost: x\r\ncontent-length: -1\r\n\r\n',
        /^HTTP\/1\.1 400/,
      ],
      [
        'POST /trpc/secret.create HTTP/1.1\r\nHost: x\r\ncontent-length: 2\r\ntransfer-encoding: chunked\r\n\r\n0\r\n\r\n',
        /^HTTP\/1\.1 400/,
      ],
      ['GARBAGE\r\n\r\n', /^HTTP\/1\.1 400/],
      ['GET /healthz HTTP/9.9\r\nHost: x\r\n\r\n', /^HTTP\/1\.1 (400|505)/],
      [
        `GET /healthz HTTP/1.1\r\nHost: x\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`,
        /^HTTP\/1\.1 431/,
      ],
      [
        `GET /trpc/secret.peek?input=${'%5B'.repeat(6_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
        /^HTTP\/1\.1 431/,
      ],
      ['GET /healthz HTTP/1.1\r\nHost: x\r\nbad header\r\n\r\n', /^HTTP\/1\.1 400/],
    ];
    for (const [request, want] of cases) {
      const got = await rawExchange(srv.url, request);
      expect(got.text, request.slice(0, 60)).toMatch(want);
      expect(got.ms).toBeLessThan(HANG_MS);
    }
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
  });

  it('slow clients: stalled or dripping headers and bodies get a 408 and are closed in time', async () => {
    const create =
      'POST /trpc/secret.create HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\n';
    const cases: [string, string, Drip | undefined, number][] = [
      ['stalled headers', `${create}`, undefined, HEADERS_MS],
      [
        'dripping headers',
        'GET /healthz HTTP/1.1\r\n',
        { everyMs: 200, chunk: 'x-a: b\r\n', times: 100 },
        HEADERS_MS,
      ],
      ['stalled body', `${create}content-length: 500\r\n\r\n{"id":`, undefined, REQUEST_MS],
      [
        'dripping body',
        `${create}content-length: 5000\r\n\r\n{"id":`,
        { everyMs: 200, chunk: ' ', times: 100 },
        REQUEST_MS,
      ],
      [
        'dripping chunks',
        `${create}transfer-encoding: chunked\r\n\r\n1\r\n{\r\n`,
        { everyMs: 200, chunk: '1\r\n \r\n', times: 100 },
        REQUEST_MS,
      ],
    ];
    await Promise.all(
      cases.map(async ([name, first, drip, timeout]) => {
        const { text, ms } = await rawExchange(srv.url, first, drip);
        expect(text, name).toMatch(/^HTTP\/1\.1 408/);
        // Closed after its timeout, and not much later (the check runs every timeout / 2).
        expect(ms, name).toBeGreaterThanOrEqual(timeout - 100);
        expect(ms, name).toBeLessThan(timeout * 2 + 2_000);
      }),
    );
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
  });

  it('a huge body to a route that reads none is answered at once, not read', async () => {
    for (const path of ['/s/AAAAAAAAAAAAAAAAAAAAAA', '/assets/x.js', '/nope', '/healthz']) {
      const t0 = Date.now();
      const status = await new Promise<number>((resolve, reject) => {
        const u = new URL(srv.url);
        const req = http.request({
          host: u.hostname,
          port: u.port,
          method: 'POST',
          path,
          headers: { 'content-length': String(1024 ** 3) },
        });
        req.on('response', (res) => {
          res.resume();
          resolve(res.statusCode!);
          req.destroy();
        });
        req.on('error', reject);
        req.flushHeaders();
      });
      expect(status, path).toBeLessThan(500);
      expect(Date.now() - t0).toBeLessThan(5_000);
    }
  });

  it('path traversal on /assets/ and /s/ reaches no file outside the page', async () => {
    for (const path of [
      '/assets/../package.json',
      '/assets/..%2f..%2fpackage.json',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/assets/%2e%2e%2fpackage.json',
      '/assets/%252e%252e%252fpackage.json',
      '/assets/..\\..\\package.json',
      '/assets/..%5c..%5cpackage.json',
      '/assets/....//....//package.json',
      '/assets/%2fetc%2fpasswd',
      '/assets//etc/passwd',
      '/assets/.%2e/.%2e/package.json',
      '/assets/index.html%00.js',
      '/assets/%00',
      '/assets/.',
      '/assets/..',
      '/assets/',
      `/assets/${'a'.repeat(4_000)}.js`,
      '/s/../../package.json',
      '/s/..%2f..%2fpackage.json',
      '/s/%2e%2e/%2e%2e/etc/passwd',
      '/s/x/../../package.json',
      '//etc/passwd',
      '/..%2fpackage.json',
      '/%2e%2e/package.json',
      '/package.json',
      '/.env',
      '/.git/config',
      '/dist/page/index.html',
    ]) {
      const r = await rawRequest(srv.url, 'GET', path);
      expect(r.status, path).toBeLessThan(500);
      if (r.status === 200) {
        // Only a page is served: the recipient page for any /s/… path, or the home page where the
        // path, resolved as a URL resolves it, is `/` (as `/assets/..` is); never a file's content.
        const resolved = new URL(path, 'http://host').pathname;
        expect(resolved.startsWith('/s/') || resolved === '/', path).toBe(true);
        expect(r.text).toMatch(/^<!doctype html>/i);
      }
      expect(r.text, path).not.toMatch(/devDependencies|root:x:0:0|\[core\]|DATABASE_URL/);
    }
  });

  it('after all of that: healthy, and nothing was logged as an error', async () => {
    await expectServedWell(srv, logs);
  });
});
