// Hostile input, generated: property-based tests (fast-check) over every procedure's input.
// Whatever a client sends, the answer is a typed 4xx (`error.data.reason`, one of the shared
// codes), never a 5xx or a hang. http.test.ts has the hand-picked cases (invalid JSON, bad base64,
// oversize bodies, CORS); http-framing.test.ts what lies below tRPC (methods, framing, slow
// clients, paths); the generators are tests/support/hostile-inputs.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../backend/config';
import { maxBodyBytes } from '../../backend/http/server';
import { b64uEncode, randomBytes } from '../../shared/encoding';
import { ERROR_CODES } from '../../shared/errors';
import { callApi } from '../support/api';
import { testDatabases } from '../support/databases';
import { useTestServer } from '../support/fixtures';
import {
  badBase64,
  boundaryNumber,
  hostileString,
  mixedInput,
  NAMES,
  PROCEDURES,
  BINARY_SIZES,
  validInput,
} from '../support/hostile-inputs';
import { HANG_MS } from '../support/raw-http';
import { expectServedWell } from '../support/server-health';

const LIMIT = maxBodyBytes(loadConfig({}));

interface Answer {
  status: number;
  reason: string | undefined;
  httpStatus: unknown;
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

describe('hostile input to one instance', () => {
  const logs: string[] = [];
  // The real database of a deployment when there is one; PGlite otherwise.
  const srv = useTestServer(testDatabases.at(-1)!, { logs });

  /** Sends `body` (JSON text) to `proc` as its clients do: GET ?input= for a query, else POST. */
  async function send(proc: string, body: string | Uint8Array): Promise<Answer> {
    const r = await callApi(srv.url, proc, undefined, { raw: body, timeoutMs: HANG_MS });
    if (r.kind === 'ok') return { status: r.status, reason: undefined, httpStatus: undefined };
    if (r.kind === 'error')
      return { status: r.status, reason: r.reason, httpStatus: r.data.httpStatus };
    throw new Error(`${proc}: no answer (${r.kind})`);
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
      const sizes = BINARY_SIZES;
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

    it('secret.peek by POST (as v2 clients send it): any JSON value, any bytes', async () => {
      const post = async (body: string | Uint8Array) => {
        const r = await callApi(srv.url, 'secret.peek', undefined, {
          raw: body,
          timeoutMs: HANG_MS,
          method: 'POST',
        });
        if (r.kind !== 'ok' && r.kind !== 'error') throw new Error(`no answer (${r.kind})`);
        expect(r.status).toBeLessThan(500);
        const parsed = typeof body === 'string' ? tryParse(body) : { ok: false as const };
        const valid =
          parsed.ok && PROCEDURES['secret.peek']!.schema.safeParse(parsed.value).success;
        expect(r.kind === 'ok' ? 'ok' : r.reason).toBe(valid ? 'ok' : 'INVALID_INPUT');
      };
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'),
            validInput('secret.peek').map((v) => JSON.stringify(v)),
            fc.uint8Array({ maxLength: 2_000 }),
          ),
          post,
        ),
        RUNS,
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

  it('after all of that: healthy, and nothing was logged as an error', async () => {
    await expectServedWell(srv, logs);
  });
});
