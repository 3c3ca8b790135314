// Hostile input: property-based tests (fast-check) over every procedure's input, HTTP garbage,
// and the limits (rate, attempts) held across two backend processes. Whatever a client sends,
// the answer is a typed 4xx (`error.data.reason`, one of the shared codes), never a 5xx or a
// hang. http.test.ts has the hand-picked cases (invalid JSON, bad base64, oversize bodies, CORS);
// this file generates inputs and covers what it does not.
import http from 'node:http';
import net from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { loadConfig } from '../../backend/config';
import { maxBodyBytes } from '../../backend/http/server';
import { b64uEncode, b64uLength, randomBytes } from '../../shared/encoding';
import { ERROR_CODES } from '../../shared/errors';
import { KDF } from '../../shared/limits';
import {
  CreateInput,
  PeekInput,
  RevealInput,
  RevokeInput,
  StatusInput,
} from '../../shared/schemas';
import { startBackend, stopAllBackends, type BackendProcess } from '../support/backend-process';
import { postgresOnly, testDatabases } from '../support/databases';
import { callApi, describeResult, type CallResult } from '../support/load';
import { startServer, type TestServer } from '../support/server';
import { fakeShare, wrongKey } from '../support/shares';

/** Short timeouts for the slow-client tests (production: 10 s for headers, 30 s in all). */
const HEADERS_MS = 1_500;
const REQUEST_MS = 2_500;
/** No request may take longer than this to be answered (or closed): a hang. */
const DEADLINE_MS = 10_000;
const LIMIT = maxBodyBytes(loadConfig({}));

interface Procedure {
  schema: ZodType;
  query: boolean;
  /** Typed refusals a well-formed input may still get (the schema cannot know the database). */
  domain: string[];
  /** A valid value of each field. */
  valid: Record<string, fc.Arbitrary<unknown>>;
}

const b64u = (n: number) => fc.uint8Array({ minLength: n, maxLength: n }).map(b64uEncode);
const token = b64u(32);
const KDF_OK = { ...KDF.default };

const PROCEDURES: Record<string, Procedure> = {
  'secret.create': {
    schema: CreateInput,
    query: false,
    domain: ['DUPLICATE_ID', 'TOO_LARGE', 'INVALID_INPUT'],
    valid: {
      id: b64u(16),
      ciphertext: b64u(272),
      iv: b64u(12),
      salt: b64u(16),
      kdf: fc.constant(KDF_OK),
      verifier: token,
      manageHash: token,
      expiresIn: fc.integer({ min: 60, max: 7 * 86400 }),
      maxViews: fc.integer({ min: 1, max: 1000 }),
      maxAttempts: fc.integer({ min: 1, max: 10 }),
    },
  },
  'secret.peek': { schema: PeekInput, query: true, domain: [], valid: { id: b64u(16) } },
  'secret.reveal': {
    schema: RevealInput,
    query: false,
    domain: ['UNAVAILABLE', 'WRONG_PASSPHRASE'],
    valid: { id: b64u(16), authKey: token },
  },
  'secret.status': {
    schema: StatusInput,
    query: false,
    domain: [],
    valid: { manageTokens: fc.array(token, { minLength: 1, maxLength: 5 }) },
  },
  'secret.revoke': {
    schema: RevokeInput,
    query: false,
    domain: ['UNAVAILABLE'],
    valid: { manageToken: token },
  },
};
const NAMES = Object.keys(PROCEDURES);

// ── generators ───────────────────────────────────────────────────────────────

/** Strings with lone surrogates (JSON.stringify escapes them; a server must cope). */
const loneSurrogates = fc
  .array(fc.integer({ min: 0xd800, max: 0xdfff }), { minLength: 1, maxLength: 8 })
  .map((cs) => String.fromCharCode(...cs));

/** Corruptions of valid base64url: other alphabets, padding, wrong lengths, loose tail bits. */
function badBase64(bytes: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc
      .tuple(b64u(bytes), fc.nat(), fc.constantFrom('+', '/', '=', '.', ' ', '\n', 'é', '\0', '%'))
      .map(([s, i, c]) => s.slice(0, i % s.length) + c + s.slice((i % s.length) + 1)),
    b64u(bytes).map((s) => `${s}==`),
    b64u(bytes).map((s) => s.slice(0, -1)),
    b64u(bytes).map((s) => `${s}A`),
    b64u(bytes + 1),
    b64u(Math.max(0, bytes - 1)),
    // The standard alphabet and its padding.
    b64u(bytes)
      .map((s) => [s, Buffer.from(s, 'base64url').toString('base64')] as const)
      .filter(([s, std]) => s !== std)
      .map(([, std]) => std),
    fc.constant(''),
    // The unused low bits of the last character set: decodes to the same bytes, not canonical.
    ...(b64uLength(bytes) % 4 === 0
      ? []
      : [
          b64u(bytes).map((s) => {
            const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
            return s.slice(0, -1) + alphabet[alphabet.indexOf(s.at(-1)!) | 1]!;
          }),
        ]),
  );
}

/** Any string a hostile client might put in a field: huge, unicode, control characters. */
const hostileString = fc.oneof(
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 64 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 32 }) },
  { weight: 1, arbitrary: loneSurrogates },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1_000, max: 200_000 }), fc.constantFrom('A', '✓', '\u0000', '🔑'))
      .map(([n, c]) => c.repeat(Math.ceil(n / c.length))),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 40 }) },
);

/** A value of the wrong type (or, now and then, of the right type but out of range). */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  hostileString,
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 4 }),
);

/** Numbers at and past every edge: as JSON text, so 1e400, -0.0 and 1.0e2 reach the server. */
const boundaryNumber = fc.oneof(
  fc.constantFrom(
    '0',
    '-0',
    '-0.0',
    '-1',
    '1',
    '59',
    '60',
    '1.0',
    '1.0e2',
    '1E3',
    '0.5',
    '3600.000001',
    '2147483647',
    '2147483648',
    '4294967296',
    '9007199254740991',
    '9007199254740992',
    '9007199254740993',
    '-9007199254740992',
    '123456789012345678901234567890',
    '1e308',
    '-1e308',
    '1e400',
    '-1e400',
    '5e-324',
    '"1"',
    '"NaN"',
    '"Infinity"',
    '"0x10"',
    'null',
    'true',
    '[]',
    '{}',
  ),
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
);

/** A valid input of `proc`, as an object. */
const validInput = (proc: string) => fc.record(PROCEDURES[proc]!.valid);

/** `proc`'s keys, each with a valid value or a wrong one (some keys left out). */
const mixedInput = (proc: string) =>
  fc.record(
    Object.fromEntries(
      Object.entries(PROCEDURES[proc]!.valid).map(([k, v]) => [
        k,
        fc.oneof({ weight: 1, arbitrary: v }, { weight: 2, arbitrary: wrongValue }),
      ]),
    ),
    { requiredKeys: [] },
  );

// ── the oracle ───────────────────────────────────────────────────────────────

interface Answer {
  status: number;
  reason: string | undefined;
  httpStatus: unknown;
  ms: number;
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

describe('hostile input to one instance', () => {
  // The real database of a deployment when there is one; PGlite otherwise.
  const database = testDatabases.at(-1)!;
  let env: Awaited<ReturnType<typeof database.create>>;
  let srv: TestServer;
  const logs: string[] = [];

  beforeAll(async () => {
    env = await database.create();
    srv = await startServer(env.handle, {
      logs,
      httpTimeouts: { headersMs: HEADERS_MS, requestMs: REQUEST_MS },
    });
  });
  afterAll(async () => {
    await srv?.close();
    await env?.drop();
  });

  /** Sends `body` (JSON text) to `proc` as its clients do: GET ?input= for a query, else POST. */
  async function send(proc: string, body: string | Uint8Array): Promise<Answer> {
    const { query } = PROCEDURES[proc]!;
    const t0 = Date.now();
    const res = await fetch(
      query
        ? `${srv.url}/trpc/${proc}?input=${encodeURIComponent(body as string)}`
        : `${srv.url}/trpc/${proc}`,
      {
        method: query ? 'GET' : 'POST',
        headers: query ? {} : { 'content-type': 'application/json' },
        body: query ? undefined : typeof body === 'string' ? body : Buffer.from(body),
        signal: AbortSignal.timeout(DEADLINE_MS),
      },
    );
    const text = await res.text();
    const data = (tryParse(text) as { value?: { error?: { data?: Record<string, unknown> } } })
      .value?.error?.data;
    return {
      status: res.status,
      reason: typeof data?.reason === 'string' ? data.reason : undefined,
      httpStatus: data?.httpStatus,
      ms: Date.now() - t0,
    };
  }

  /**
   * What the server must answer to `body`: never a 5xx; every error typed; oversize refused as
   * TOO_LARGE, JSON the schema refuses as INVALID_INPUT (400); a well-formed input a result or
   * one of the procedure's domain refusals.
   */
  function expectAnswer(proc: string, body: string | Uint8Array, a: Answer) {
    const where = `${proc} ← ${String(typeof body === 'string' ? body : `${body.length} bytes`).slice(0, 300)}`;
    expect(a.status, where).toBeLessThan(500);
    if (a.status >= 400 && a.status !== 431) {
      expect(ERROR_CODES, where).toContain(a.reason);
      expect(a.httpStatus, where).toBe(a.status);
    }
    const size = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
    const { schema, query, domain } = PROCEDURES[proc]!;
    if (query && typeof body === 'string') {
      // A query's input travels in the URL: past Node's 16 KiB of request line and headers the
      // HTTP layer refuses it (431, no body to type) before any route runs.
      const line = encodeURIComponent(body).length;
      if (line > 16_384) return expect(a.status, where).toBe(431);
      if (line > 15_800 && a.status === 431) return;
    }
    if (!query && size > LIMIT) {
      expect([a.status, a.reason], where).toEqual([413, 'TOO_LARGE']);
      return;
    }
    const parsed = typeof body === 'string' ? tryParse(body) : { ok: false as const };
    if (!parsed.ok || !schema.safeParse(parsed.value).success) {
      expect([a.status, a.reason], where).toEqual([400, 'INVALID_INPUT']);
      return;
    }
    if (a.status !== 200) {
      expect(a.status, where).toBeGreaterThanOrEqual(400);
      expect(domain, where).toContain(a.reason);
    }
  }

  const check = async (proc: string, body: string | Uint8Array) => {
    const a = await send(proc, body);
    expectAnswer(proc, body, a);
    return a;
  };

  const RUNS = { numRuns: 60 };

  describe('property-based (fast-check)', () => {
    it.each(NAMES)('%s: any JSON value', async (proc) => {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' }), async (v) => {
          await check(proc, JSON.stringify(v) ?? 'null');
        }),
        { numRuns: 120 },
      );
    });

    it.each(NAMES)('%s: its own keys with values of the wrong type', async (proc) => {
      await fc.assert(
        fc.asyncProperty(mixedInput(proc), async (v) => {
          await check(proc, JSON.stringify(v));
        }),
        { numRuns: 120 },
      );
    });

    it.each(NAMES)(
      '%s: huge, unicode and control-character strings in each field',
      async (proc) => {
        const keys = Object.keys(PROCEDURES[proc]!.valid);
        await fc.assert(
          fc.asyncProperty(
            validInput(proc),
            fc.constantFrom(...keys),
            hostileString,
            async (input, key, s) => {
              await check(proc, JSON.stringify({ ...input, [key]: s }));
            },
          ),
          RUNS,
        );
      },
    );

    it.each(NAMES)('%s: bad base64 in each binary field is INVALID_INPUT', async (proc) => {
      const sizes: Record<string, number> = {
        id: 16,
        iv: 12,
        salt: 16,
        ciphertext: 272,
        verifier: 32,
        manageHash: 32,
        authKey: 32,
        manageToken: 32,
      };
      const keys = Object.keys(PROCEDURES[proc]!.valid).filter(
        (k) => k in sizes || k === 'manageTokens',
      );
      await fc.assert(
        fc.asyncProperty(
          validInput(proc),
          fc
            .constantFrom(...keys)
            .chain((k) =>
              fc.tuple(fc.constant(k), badBase64(k === 'manageTokens' ? 32 : sizes[k]!)),
            ),
          async (input, [key, bad]) => {
            const value = key === 'manageTokens' ? [b64uEncode(randomBytes(32)), bad] : bad;
            const body = JSON.stringify({ ...input, [key]: value });
            const a = await check(proc, body);
            // Independent of the schema: a corrupt encoding never gets through.
            expect([a.status, a.reason], `${key}: ${JSON.stringify(bad)}`).toEqual([
              400,
              'INVALID_INPUT',
            ]);
          },
        ),
        { numRuns: 80 },
      );
    });

    it('secret.create: boundary numbers in every numeric field', async () => {
      const fields = ['expiresIn', 'maxViews', 'maxAttempts', 'kdf.m', 'kdf.t', 'kdf.p'];
      await fc.assert(
        fc.asyncProperty(
          validInput('secret.create'),
          fc.constantFrom(...fields),
          boundaryNumber,
          async (input, field, num) => {
            const o = structuredClone(input) as Record<string, unknown> & {
              kdf: Record<string, unknown>;
            };
            const [a, b] = field.split('.') as [string, string | undefined];
            if (b) o.kdf[b] = '__NUMBER__';
            else o[a] = '__NUMBER__';
            await check('secret.create', JSON.stringify(o).replace('"__NUMBER__"', num));
          },
        ),
        { numRuns: 150 },
      );
    });

    it('secret.peek over GET: any text as the input parameter', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 200 }),
            fc.json({ maxDepth: 3 }),
            fc.constantFrom('{', '"', 'undefined', 'NaN', '{"id":', '\u0000', '[[[[[[[[[['),
          ),
          async (text) => {
            await check('secret.peek', text);
          },
        ),
        { numRuns: 150 },
      );
    });

    it.each(NAMES.filter((n) => !PROCEDURES[n]!.query))(
      '%s: any bytes as the body',
      async (proc) => {
        await fc.assert(
          fc.asyncProperty(fc.uint8Array({ maxLength: 2_000 }), async (bytes) => {
            const a = await send(proc, bytes);
            expectAnswer(proc, bytes, a);
          }),
          RUNS,
        );
      },
    );
  });

  // ── HTTP garbage (http.test.ts has invalid JSON, oversize bodies, form bodies, batches) ──

  /** A request with exactly this method, path and headers (no normalisation by a client). */
  function rawRequest(
    method: string,
    path: string,
    opts: { headers?: Record<string, string>; body?: string } = {},
  ) {
    return new Promise<{ status: number; text: string; headers: http.IncomingHttpHeaders }>(
      (resolve, reject) => {
        const u = new URL(srv.url);
        const headers = { ...opts.headers };
        if (opts.body !== undefined)
          headers['content-length'] = String(Buffer.byteLength(opts.body));
        const req = http.request({ host: u.hostname, port: u.port, method, path, headers });
        req.setTimeout(DEADLINE_MS, () => req.destroy(new Error(`no answer: ${method} ${path}`)));
        req.on('response', (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode!, text, headers: res.headers }));
        });
        req.on('error', reject);
        req.end(opts.body);
      },
    );
  }

  it('every other method on the API is a typed 405, TRACE included', async () => {
    const methods = http.METHODS.filter(
      (m) => !['GET', 'POST', 'HEAD', 'OPTIONS', 'CONNECT'].includes(m),
    );
    for (const proc of ['secret.create', 'secret.peek', 'secret.reveal', 'nope']) {
      for (const method of methods) {
        const r = await rawRequest(method, `/trpc/${proc}`, {
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
        expect((await rawRequest(method, path)).status).toBe(405);
      }
      expect((await rawRequest(method, '/no/such/path')).status).toBe(404);
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
        const r = await rawRequest(method, `/trpc/${name}`, {
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
      const r = await rawRequest('POST', '/trpc/secret.create', {
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
      const got = await rawExchange(request);
      expect(got.text, request.slice(0, 60)).toMatch(want);
      expect(got.ms).toBeLessThan(DEADLINE_MS);
    }
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
  });

  /** Writes `first` on a fresh connection, optionally more later; what came back until close. */
  function rawExchange(first: string, drip?: { everyMs: number; chunk: string; times: number }) {
    const port = Number(new URL(srv.url).port);
    return new Promise<{ text: string; ms: number }>((resolve, reject) => {
      const t0 = Date.now();
      let text = '';
      let timer: NodeJS.Timeout | undefined;
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write(first);
        if (drip) {
          let n = 0;
          timer = setInterval(() => {
            if (n++ < drip.times && socket.writable) socket.write(drip.chunk);
          }, drip.everyMs);
        }
      });
      const deadline = setTimeout(() => {
        socket.destroy();
        reject(
          new Error(`the server held the connection for ${DEADLINE_MS} ms: ${first.slice(0, 60)}`),
        );
      }, DEADLINE_MS);
      socket.on('data', (d) => (text += d));
      socket.on('error', () => {});
      socket.on('close', () => {
        clearInterval(timer);
        clearTimeout(deadline);
        resolve({ text, ms: Date.now() - t0 });
      });
    });
  }

  it('slow clients: stalled or dripping headers and bodies get a 408 and are closed in time', async () => {
    const create =
      'POST /trpc/secret.create HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\n';
    const cases: [string, string, Parameters<typeof rawExchange>[1], number][] = [
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
        const { text, ms } = await rawExchange(first, drip);
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
      const r = await rawRequest('GET', path);
      expect(r.status, path).toBeLessThan(500);
      if (r.status === 200) {
        // Only the page itself is served for any /s/… path; never a file's content.
        expect(path.startsWith('/s/'), path).toBe(true);
        expect(r.text).toMatch(/^<!doctype html>/i);
      }
      expect(r.text, path).not.toMatch(/devDependencies|root:x:0:0|\[core\]|DATABASE_URL/);
    }
  });

  it('after all of that: healthy, and nothing was logged as an error', async () => {
    const s = await fakeShare();
    await srv.client.secret.create.mutate(s.input);
    expect(
      await srv.client.secret.reveal.mutate({ id: s.input.id, authKey: s.authKey }),
    ).toMatchObject({ viewsLeft: 0 });
    const errors = logs.filter((l) => (JSON.parse(l) as { level: number }).level >= 50);
    expect(errors).toEqual([]);
    const statuses = logs.map((l) => (JSON.parse(l) as { status?: number }).status ?? 0);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
  });
});

// ── limits across two backend PROCESSES on one PostgreSQL ─────────────────────
// PostgreSQL only: two processes cannot share one PGlite (it lives inside a process).

describe.each(postgresOnly)('limits across two backend processes on $name', (database) => {
  let env: Awaited<ReturnType<typeof database.create>>;
  let a: BackendProcess;
  let b: BackendProcess;

  beforeAll(async () => {
    env = await database.create();
    // TRUST_PROXY=1: each test (and each guesser) speaks from its own X-Forwarded-For address,
    // so the rate-limit buckets of one test do not spill into another's.
    const cfg = {
      DATABASE_URL: env.url!,
      RATE_LIMIT_CREATE: '5',
      RATE_LIMIT_REVEAL: '5',
      TRUST_PROXY: '1',
    };
    [a, b] = await Promise.all([startBackend(cfg), startBackend(cfg)]);
  });
  afterAll(async () => {
    await stopAllBackends();
    await env?.drop();
  });

  const tally = (results: CallResult[]) => {
    const counts: Record<string, number> = {};
    for (const r of results) counts[describeResult(r)] = (counts[describeResult(r)] ?? 0) + 1;
    return counts;
  };

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
      shares.map((s, i) =>
        callApi(i % 2 ? a.url : b.url, 'secret.create', s.input, { headers: client }),
      ),
    );
    expect(tally(out)).toEqual({ ok: 5, '429 RATE_LIMITED': 7 });
    for (const r of out)
      if (r.kind === 'error') expect(r.data.retryAfter).toEqual(expect.any(Number));
    // Another client is not affected.
    const other = await callApi(a.url, 'secret.create', (await fakeShare()).input, {
      headers: newClient(),
    });
    expect(describeResult(other)).toBe('ok');
  });

  it('the reveal rate limit (5 a minute) holds across both processes', async () => {
    const s = await fakeShare({ maxViews: 20 });
    expect(
      describeResult(await callApi(a.url, 'secret.create', s.input, { headers: newClient() })),
    ).toBe('ok');
    const client = newClient();
    await awayFromMinuteBoundary();
    const out = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        callApi(
          i % 2 ? a.url : b.url,
          'secret.reveal',
          { id: s.input.id, authKey: s.authKey },
          { headers: client },
        ),
      ),
    );
    expect(tally(out)).toEqual({ ok: 5, '429 RATE_LIMITED': 7 });
    // Rate-limited reveals spent nothing: 15 of the 20 views are left.
    const peek = await callApi(b.url, 'secret.peek', { id: s.input.id });
    expect(peek).toMatchObject({ kind: 'ok', data: { state: 'pending', viewsLeft: 15 } });
  });

  it('parallel wrong guesses through both processes, each from its own address: attempts spent exactly once each', async () => {
    const s = await fakeShare({ maxAttempts: 5, maxViews: 3 });
    expect(
      describeResult(await callApi(b.url, 'secret.create', s.input, { headers: newClient() })),
    ).toBe('ok');
    const out = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        callApi(
          i % 2 ? a.url : b.url,
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
      a.url,
      'secret.reveal',
      {
        id: s.input.id,
        authKey: s.authKey,
      },
      { headers: newClient() },
    );
    expect(describeResult(late)).toBe('404 UNAVAILABLE');
    const row = await env.handle.db
      .selectFrom('secret')
      .select(['state', 'ciphertext', 'attempts_left', 'views_left'])
      .where('id', '=', Buffer.from(s.input.id, 'base64url'))
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ state: 'destroyed', ciphertext: null, attempts_left: 0, views_left: 3 });
  });
});
