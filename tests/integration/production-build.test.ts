// The production build as an operator deploys it (docs/deploy.md; the Dockerfile runs the same
// steps): the backend bundled to plain JavaScript and the recipient page built, copied with
// package.json and package-lock.json into a clean directory, `npm ci --omit=dev` there, then
// `node dist/server/migrate.js` and `node dist/server/main.js` with production dependencies
// only. A whole share is made and opened against it with shared/, as the extension and the page
// do. Needs the npm registry (or npm's cache) for the install: allow a few minutes.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLink } from '../../shared/link';
import { openShare, unlockShare } from '../../shared/protocol';
import { linkAccess } from '../../shared/recipient';
import { createClient } from '../support/server';
import { shareSecret } from '../support/shares';

const ROOT = process.cwd();
const BIN = join(ROOT, 'node_modules/.bin');

function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(cmd, args, {
    cwd: opts.cwd ?? ROOT,
    env: opts.env ?? process.env,
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  return `${r.stdout}${r.stderr}`;
}

describe('production build, installed with production dependencies only', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oncelink-prod-'));
  const dataDir = join(dir, 'data');
  let child: ChildProcess | undefined;
  let url = '';
  let output = '';
  /** Only what a server needs: no tsx, no dev tooling, nothing of this checkout's environment. */
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
  };

  beforeAll(async () => {
    // Build fresh into the clean directory (the checkout's dist/ may be stale or in use).
    run(join(BIN, 'tsx'), ['scripts/build-server.ts', '--out', join(dir, 'dist')]);
    run(join(BIN, 'vite'), [
      'build',
      '--config',
      'web/vite.config.ts',
      '--outDir',
      join(dir, 'dist/page'),
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ]);
    for (const f of ['package.json', 'package-lock.json']) copyFileSync(f, join(dir, f));
    run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], { cwd: dir });
  }, 300_000);

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('has no development dependencies installed', () => {
    // (typescript is there: @trpc/server names it as a peer dependency, and npm installs peers.)
    for (const dev of ['tsx', 'vite', 'vitest', 'wxt', 'esbuild', 'eslint', 'playwright-core']) {
      expect(existsSync(join(dir, 'node_modules', dev)), dev).toBe(false);
    }
    for (const runtime of ['pg', '@electric-sql/pglite', 'prom-client', '@trpc/server']) {
      expect(existsSync(join(dir, 'node_modules', runtime)), runtime).toBe(true);
    }
  });

  it('migrates with node dist/server/migrate.js', () => {
    const out = run('node', ['dist/server/migrate.js'], { cwd: dir, env });
    expect(out).toMatch(/Success: /);
  });

  it('starts with node dist/server/main.js, and a whole share works against it', async () => {
    child = spawn('node', ['dist/server/main.js'], {
      cwd: dir,
      env: { ...env, PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`did not start:\n${output}`)), 60_000);
      child!.stdout!.on('data', () => {
        const m = /listening on (http:\/\/[\d.:]+)/.exec(output);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      child!.on('exit', () => reject(new Error(`exited:\n${output}`)));
    });

    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    // The sender: encrypt, upload.
    const value = 'production secret ✓\nsecond line';
    const share = await shareSecret(url, value, { expiresIn: 600 });
    const api = createClient(url);

    // The recipient's page is served from the built output, with its assets.
    const pageRes = await fetch(share.link.split('#')[0]!);
    expect(pageRes.status).toBe(200);
    const html = await pageRes.text();
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const a of assets) expect((await fetch(`${url}${a}`)).status, a).toBe(200);

    // The recipient: peek, derive, reveal, decrypt.
    const link = parseLink(share.link);
    const access = await linkAccess(link);
    const peek = await api.secret.peek.query(access);
    if (peek.state !== 'pending') throw new Error('not pending');
    const keys = await unlockShare({ ...link, passphrase: share.passphrase, ...peek });
    const sealed = await api.secret.reveal.mutate({ ...access, authKey: keys.authKey });
    expect(await openShare({ id: link.id, encKey: keys.encKey, ...sealed })).toEqual({
      kind: 'text',
      value,
    });
    expect(await api.secret.peek.query(access)).toEqual({ state: 'unavailable' });
    const [status] = (await api.secret.status.mutate({ manageTokens: [share.manageToken] }))
      .secrets;
    expect(status).toMatchObject({ state: 'viewed', viewsLeft: 0 });

    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/^oncelink_share_events_total\{event="viewed"\} 1$/m);

    child.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => child!.on('exit', (c) => r(c)));
    expect(code).toBe(0);
    expect(output).toMatch(/"msg":"stopped"/);
  });
});
