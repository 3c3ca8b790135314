import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPageRoutes, NOT_BUILT, PAGE_CSP } from './page-routes';
import { EXPECTED_PAGE_HEADERS } from '../../tests/support/page-headers';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A raw request: the path goes out exactly as written (no client-side normalisation). */
function request(base: string, path: string, opts: http.RequestOptions = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${path}`, { ...opts, path }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

async function serve(dir: string, logs: string[]) {
  const log = pino({ level: 'info' }, { write: (line: string) => void logs.push(line) });
  const routes = createPageRoutes({ dir, log });
  const server = http.createServer(async (req, res) => {
    if (await routes(req, res)) return;
    res.writeHead(404, { 'content-type': 'text/plain' }).end('fallthrough');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

describe('recipient page routes', () => {
  const root = mkdtempSync(join(tmpdir(), 'oncelink-page-'));
  const dir = join(root, 'page');
  const script = `console.log(${JSON.stringify('x'.repeat(4000))});\n`;
  const logs: string[] = [];
  let srv: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'), { recursive: true });
    mkdirSync(join(dir, 'recipient'));
    mkdirSync(join(dir, 'respond'));
    mkdirSync(join(dir, 'home'));
    writeFileSync(join(dir, 'home', 'index.html'), '<!doctype html><title>home</title>');
    writeFileSync(join(dir, 'recipient', 'index.html'), '<!doctype html><title>page</title>');
    writeFileSync(join(dir, 'respond', 'index.html'), '<!doctype html><title>request</title>');
    writeFileSync(join(dir, 'assets', 'index-AbC123.js'), script);
    writeFileSync(join(dir, 'assets', 'notes.txt'), 'no type for this');
    writeFileSync(join(root, 'outside.js'), 'secret outside the assets');
    srv = await serve(dir, logs);
  });
  afterAll(async () => {
    await srv.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the page for any id, with the security headers and no caching', async () => {
    for (const path of ['/s/ICEiIyQlJicoKSorLC0uLw', '/s/anything-at-all/', '/s/x?utm=1']) {
      const res = await request(srv.base, path);
      expect(res.status, path).toBe(200);
      expect(res.body.toString()).toContain('<title>page</title>');
      expect(res.headers).toMatchObject(EXPECTED_PAGE_HEADERS);
    }
    for (const path of ['/r/UFFSU1RVVldYWVpbXF1eXw', '/r/x/']) {
      const res = await request(srv.base, path);
      expect(res.status, path).toBe(200);
      expect(res.body.toString()).toContain('<title>request</title>');
      expect(res.headers).toMatchObject({
        'content-security-policy': PAGE_CSP,
        'cache-control': 'no-store',
      });
    }
    for (const path of ['/', '/?from=mail']) {
      const res = await request(srv.base, path);
      expect(res.status, path).toBe(200);
      expect(res.body.toString()).toContain('<title>home</title>');
      expect(res.headers).toMatchObject(EXPECTED_PAGE_HEADERS);
    }
    expect(PAGE_CSP).toContain("frame-ancestors 'none'");
    expect(PAGE_CSP).not.toContain("'unsafe-inline'");
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await request(srv.base, '/s/abc', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    const post = await request(srv.base, '/s/abc', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it('leaves other paths to the server', async () => {
    for (const path of [
      '/home/index.html',
      '/s/',
      '/s/a/b',
      '/r/',
      '/healthz',
      '/index.html',
      '/recipient/index.html',
    ]) {
      expect((await request(srv.base, path)).body.toString(), path).toBe('fallthrough');
    }
  });

  it('serves hashed assets with long caching, gzipped when asked', async () => {
    const plain = await request(srv.base, '/assets/index-AbC123.js');
    expect(plain.status).toBe(200);
    expect(plain.body.toString()).toBe(script);
    expect(plain.headers).toMatchObject({
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      vary: 'Accept-Encoding',
    });
    const zipped = await request(srv.base, '/assets/index-AbC123.js', {
      headers: { 'accept-encoding': 'gzip, deflate' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(script.length);
    expect(gunzipSync(zipped.body).toString()).toBe(script);
  });

  it('never serves a file outside assets/, however the path is spelled', async () => {
    for (const path of [
      '/assets/%2e%2e%2findex.html',
      '/assets/..%2f..%2foutside.js',
      '/assets/..%5coutside.js',
      '/assets/sub/index-AbC123.js',
      '/assets/.hidden.js',
      '/assets/notes.txt',
      '/assets/missing.js',
      '/assets/',
    ]) {
      const res = await request(srv.base, path);
      expect(res.status, path).toBe(404);
      expect(res.body.toString(), path).toBe('not found\n');
    }
    // Dot segments, even percent-encoded, are resolved by URL parsing before routing: the
    // path then leaves /assets/ and is not the page's to answer.
    for (const path of [
      '/assets/../outside.js',
      '/assets/../../outside.js',
      '/assets/%2e%2e/index.html',
      '/assets/.%2e/outside.js',
    ]) {
      const res = await request(srv.base, path);
      expect(res.status, path).toBe(404);
      expect(res.body.toString(), path).toBe('fallthrough');
    }
  });

  it('says clearly when the page is not built, and logs it once', async () => {
    const missingLogs: string[] = [];
    const missing = await serve(join(root, 'nowhere'), missingLogs);
    try {
      for (let i = 0; i < 3; i++) {
        const res = await request(missing.base, '/s/abc');
        expect(res.status).toBe(503);
        expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
        expect(res.body.toString()).toBe(`${NOT_BUILT}\n`);
      }
      expect(missingLogs.filter((l) => l.includes(NOT_BUILT))).toHaveLength(1);
    } finally {
      await missing.close();
    }
  });
});
