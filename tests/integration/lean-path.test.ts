// The lean API path answers exactly as tRPC's standard adapter does: the same requests, byte for
// byte, go to a server with the lean path alone and to one with the adapter alone (each on a
// database of its own, the same clock, in lockstep), and their answers (status line, headers,
// body; only Date differs) must be the same. What the lean path does not take must reach the
// adapter: a server with both answers those as the adapter does, and the lean path alone says
// 404. Every procedure of the router has to appear, and every error the service gives.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../backend/clock';
import {
  answerRequest,
  createRequest,
  parseRequestLink,
  requestProof,
} from '../../shared/request/index';
import { appRouter } from '../../backend/trpc/app-router';
import { b64uEncode, randomBytes } from '../../shared/encoding';
import { testDatabases } from '../support/databases';
import { startServerOn, type TestServer } from '../support/server';
import { fakeShare, fakeShareV2, newReceipt, type FakeShare } from '../support/shares';

interface Req {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Sent as chunks without a length (the lean path leaves those to the adapter). */
  chunked?: boolean;
}

/** Sends one request on a fresh connection (closed after it) and returns every byte back. */
function exchange(url: string, r: Req): Promise<string> {
  const body = typeof r.body === 'string' ? Buffer.from(r.body) : r.body;
  const lines = [`${r.method} ${r.path} HTTP/1.1`, 'host: 127.0.0.1', 'connection: close'];
  for (const [k, v] of Object.entries(r.headers ?? {})) lines.push(`${k}: ${v}`);
  if (body && r.chunked) lines.push('transfer-encoding: chunked');
  else if (body) lines.push(`content-length: ${body.length}`);
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`);
  const payload =
    body && r.chunked
      ? Buffer.concat([
          Buffer.from(`${body.length.toString(16)}\r\n`),
          body,
          Buffer.from('\r\n0\r\n\r\n'),
        ])
      : (body ?? Buffer.alloc(0));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const s = net.connect(Number(new URL(url).port), '127.0.0.1', () =>
      s.write(Buffer.concat([head, payload])),
    );
    s.on('data', (c: Buffer) => chunks.push(c));
    s.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')));
    s.on('error', reject);
    s.setTimeout(10_000, () => s.destroy(new Error(`no answer to ${r.method} ${r.path}`)));
  });
}

const withoutDate = (raw: string) => raw.replace(/^date: .*\r\n/im, '');
const statusOf = (raw: string) => Number(raw.slice(9, 12));
const json = (v: unknown) => JSON.stringify(v);
const post = (proc: string, body: unknown, headers: Record<string, string> = {}): Req => ({
  method: 'POST',
  path: `/trpc/${proc}`,
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' || body instanceof Uint8Array ? body : json(body),
});
const get = (proc: string, input?: unknown): Req => ({
  method: 'GET',
  path: `/trpc/${proc}${input === undefined ? '' : `?input=${encodeURIComponent(typeof input === 'string' ? input : json(input))}`}`,
});

describe.each(testDatabases)('lean path against the standard adapter ($name)', (database) => {
  const env = { RATE_LIMIT_CREATE: '14', RATE_LIMIT_REVEAL: '16', MAX_EXPIRY: '1d' };
  const servers: Record<'lean' | 'standard' | 'both', TestServer> = {} as never;
  let a: FakeShare;
  let b: FakeShare;
  let c: Awaited<ReturnType<typeof fakeShareV2>>;
  const served = new Set<string>();

  beforeAll(async () => {
    for (const paths of ['lean', 'standard', 'lean+standard'] as const) {
      // One clock for all three: the same expiry times, event times and rate-limit windows.
      const clock = manualClock(new Date('2026-05-04T03:02:01.000Z'));
      servers[paths === 'lean+standard' ? 'both' : paths] = await startServerOn(database, {
        env,
        clock,
        apiPaths: paths,
      });
    }
    a = await fakeShare({ maxAttempts: 2 });
    b = await fakeShare();
    c = await fakeShareV2({ maxViews: 2 });
  });
  afterAll(async () => {
    for (const s of Object.values(servers)) await s.close();
  });

  /** Lean path alone and adapter alone answer alike (and the lean path did answer). */
  async function same(r: Req, expectStatus?: number) {
    const [lean, standard] = [
      await exchange(servers.lean.url, r),
      await exchange(servers.standard.url, r),
    ];
    await exchange(servers.both.url, r); // keeps the third database in step
    expect(withoutDate(lean)).toBe(withoutDate(standard));
    expect(lean).not.toContain('{"error":"not found"}');
    if (expectStatus) expect(statusOf(lean)).toBe(expectStatus);
    served.add(r.path.slice('/trpc/'.length).split('?')[0]!);
    return lean;
  }

  /** Not the lean path's: the lean path alone says 404, both together answer as the adapter. */
  async function declined(r: Req) {
    expect(statusOf(await exchange(servers.lean.url, r))).toBe(404);
    const [both, standard] = [
      await exchange(servers.both.url, r),
      await exchange(servers.standard.url, r),
    ];
    expect(withoutDate(both)).toBe(withoutDate(standard));
  }

  it('create, with its errors', async () => {
    const origin = { origin: 'chrome-extension://abcdefghijklmnop' };
    expect(await same(post('secret.create', a.input, origin), 200)).toContain('"expiresAt"');
    expect(await same(post('secret.create', a.input), 409)).toContain('DUPLICATE_ID');
    await same(post('secret.create', { ...b.input, iv: 'short' }), 400);
    await same(post('secret.create', { ...b.input, expiresIn: 2 * 86400 }), 400);
    await same(post('secret.create', { ...b.input, extra: 1 }), 400);
    await same(post('secret.create', '{"id":'), 400);
    await same(post('secret.create', ''), 400);
    await same(post('secret.create', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])), 400);
    // A byte order mark and a charset parameter, as some clients send.
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json(b.input))]);
    await same(
      post('secret.create', bom, { 'content-type': 'Application/JSON; charset=utf-8' }),
      200,
    );
  });

  it('peek, reveal, status and revoke, with their errors', async () => {
    await same(get('secret.peek', { id: a.input.id }), 200);
    await same(get('secret.peek', { id: b64uEncode(randomBytes(16)) }), 200);
    await same(get('secret.peek'), 400);
    await same(get('secret.peek', '{"id"'), 400);
    await same(
      {
        ...get('secret.peek', { id: a.input.id }),
        headers: { 'content-type': 'application/json' },
      },
      200,
    );
    const wrong = { id: a.input.id, authKey: b64uEncode(randomBytes(32)) };
    expect(await same(post('secret.reveal', wrong), 401)).toContain('"attemptsLeft":1');
    expect(
      await same(post('secret.reveal', { id: a.input.id, authKey: a.authKey }), 200),
    ).toContain(a.input.ciphertext);
    await same(post('secret.reveal', { id: a.input.id, authKey: a.authKey }), 404);
    await same(post('secret.reveal', { id: 'x', authKey: a.authKey }), 400);
    expect(
      await same(post('secret.status', { manageTokens: [a.manageToken, b.manageToken] }), 200),
    ).toContain('"events"');
    await same(post('secret.status', { manageTokens: [] }), 400);
    await same(post('secret.revoke', { manageToken: b.manageToken }), 200);
    await same(post('secret.revoke', { manageToken: b.manageToken }), 200);
    await same(post('secret.revoke', { manageToken: b64uEncode(randomBytes(32)) }), 404);
  });

  it('protocol v2: peek by POST, link proofs, receipts, ack', async () => {
    const { id } = c.input;
    const { linkProof } = c;
    await same(post('secret.create', c.input), 200);
    await same(post('secret.peek', { id, linkProof }), 200);
    await same(get('secret.peek', { id }), 200);
    expect(await same(post('secret.peek', { id }), 200)).toContain('"unavailable"');
    await same(post('secret.peek', { id, linkProof: b64uEncode(randomBytes(32)) }), 200);
    await same(post('secret.peek', ''), 400);
    await same(post('secret.reveal', { id, authKey: c.authKey }), 404);
    await same(post('secret.reveal', { id, authKey: c.authKey, linkProof: a.authKey }), 404);
    const receipt = newReceipt();
    const reveal = { id, authKey: c.authKey, linkProof, receipt };
    expect(await same(post('secret.reveal', reveal), 200)).toContain('"viewsLeft":1');
    expect(await same(post('secret.reveal', reveal), 200)).toContain('"viewsLeft":1');
    await same(post('secret.reveal', { ...reveal, receipt: 'short' }), 400);
    await same(post('secret.ack', { id, linkProof, receipt }), 200);
    await same(post('secret.ack', { id, receipt }), 200);
    await same(post('secret.ack', { id, linkProof }), 400);
    expect(await same(post('secret.reveal', reveal), 200)).toContain('"viewsLeft":0');
  });

  it('secret requests, with their errors (well within the rate budgets)', async () => {
    const r = await createRequest({
      note: 'lean',
      expiresIn: 3600,
      publicUrl: 'https://o.example',
    });
    const linkProof = await requestProof(parseRequestLink(r.link));
    const { manageToken } = r;
    await same(post('request.create', r.input), 200);
    await same(post('request.create', { ...r.input, note: 'AAAA' }), 400);
    await same(post('request.peek', { id: r.input.id, linkProof }), 200);
    const answer = await answerRequest(parseRequestLink(r.link), { value: 'x' });
    await same(post('request.answer', answer), 200);
    expect(await same(post('request.answer', answer), 409)).toContain('ALREADY_ANSWERED');
    await same(post('request.status', { manageTokens: [manageToken] }), 200);
    await same(post('request.read', { manageToken }), 200);
    await same(post('request.read', { manageToken }), 404);
    await same(post('request.revoke', { manageToken }), 200);
  });

  it('config.get: the limits, with or without an empty input', async () => {
    expect(await same(get('config.get'), 200)).toContain('"maxFileBytes"');
    await same(get('config.get', {}), 200);
    await same(get('config.get', '{"x"')); // no input parser: the input is not read
  });

  it('secret.upload: JSON is refused alike; a binary body is the adapter’s', async () => {
    expect(statusOf(await same(post('secret.upload', {})))).toBeGreaterThanOrEqual(400);
    await declined({
      method: 'POST',
      path: '/trpc/secret.upload',
      headers: { 'content-type': 'application/octet-stream' },
      body: new Uint8Array([0, 0, 0, 2, 0x7b, 0x7d]),
    });
  });

  it('rate limits (Retry-After)', async () => {
    let last = '';
    for (let i = 0; i < 20 && statusOf(last) !== 429; i++) {
      last = await same(post('secret.create', (await fakeShare()).input));
    }
    expect(statusOf(last)).toBe(429);
    expect(last).toMatch(/retry-after: \d+/);
    last = '';
    for (let i = 0; i < 20 && statusOf(last) !== 429; i++) {
      last = await same(
        post('secret.reveal', { id: b64uEncode(randomBytes(16)), authKey: a.authKey }),
      );
    }
    expect(statusOf(last)).toBe(429);
  });

  it('leaves everything else to the adapter', async () => {
    const peek = json({ id: a.input.id });
    await declined({
      method: 'GET',
      path: `/trpc/secret.peek?batch=1&input=${encodeURIComponent(json({ 0: { id: a.input.id } }))}`,
    });
    await declined({
      method: 'GET',
      path: `/trpc/secret.peek?input=${encodeURIComponent(peek)}&x=1`,
    });
    await declined({
      method: 'GET',
      path: `/trpc/secret%2Epeek?input=${encodeURIComponent(peek)}`,
    });
    await declined({ method: 'HEAD', path: `/trpc/secret.peek?input=${encodeURIComponent(peek)}` });
    await declined({ method: 'GET', path: '/trpc/secret.create' });
    await declined({ ...post('secret.peek', peek), path: `/trpc/secret.peek?input=x` });
    await declined(post('secret.nothing', peek));
    await declined(post('secret.create', '{}', { 'content-type': 'text/plain' }));
    await declined({ method: 'POST', path: '/trpc/secret.create', body: '{}' });
    await declined(post('secret.peek', peek, { 'trpc-accept': 'application/jsonl' }));
    await declined({ ...post('secret.create', '{"id":1}'), chunked: true });
    await declined({ ...post('secret.create', '{"id":1}'), path: '/trpc/secret.create?batch=1' });
  });

  it('internal errors, once the database is gone', async () => {
    for (const s of Object.values(servers)) await s.app.db.close();
    await same(post('secret.create', (await fakeShare()).input), 500);
    await same(get('secret.peek', { id: a.input.id }), 500);
  });

  it('covered every procedure of the router', () => {
    expect([...served].sort()).toEqual(Object.keys(appRouter._def.procedures).sort());
  });
});
