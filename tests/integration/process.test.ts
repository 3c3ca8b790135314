// The backend as an operator runs it: `npm start`'s entry point in its own process.
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startBackend, stopAllBackends } from '../support/backend-process';
import { postgresOnly } from '../support/databases';
import { createClient } from '../support/server';
import { fakeShare } from '../support/shares';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');

// Each story starts real processes (tsx, then PGlite's initdb in WASM): seconds when the machine
// is quiet, but past 30 s when two cores also run the browser suites.
describe('backend process', { timeout: 120_000 }, () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await stopAllBackends();
    dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  it('keeps its embedded database across restarts, and SIGTERM stops it cleanly', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'oncelink-data-'));
    dirs.push(dataDir);
    const first = await startBackend({ DATA_DIR: dataDir });
    const s = await fakeShare();
    await createClient(first.url).secret.create.mutate(s.input);
    first.child.kill('SIGTERM');
    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(first.output()).toMatch(/"msg":"stopped"/);

    const second = await startBackend({ DATA_DIR: dataDir });
    const client = createClient(second.url);
    expect(await client.secret.peek.query({ id: s.input.id })).toMatchObject({ state: 'pending' });
    expect(await client.secret.reveal.mutate({ id: s.input.id, authKey: s.authKey })).toMatchObject(
      { viewsLeft: 0 },
    );
    second.child.kill('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });
  });

  // One process on PGlite; on PostgreSQL, two workers (backend/cluster.ts) drain alike.
  const setups = [
    { name: 'PGlite', env: async () => ({ DATA_DIR: 'memory://' }) },
    ...postgresOnly.map((database) => ({
      name: 'two workers on PostgreSQL',
      env: async () => {
        const db = await database.create();
        drops.push(db.drop);
        return { DATABASE_URL: db.url!, WORKERS: '2' };
      },
    })),
  ];
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const drop of drops) await drop();
  });

  it.each(setups)(
    'SIGTERM ($name): the request in flight finishes, new connections are refused, then exit 0',
    async (setup) => {
      const backend = await startBackend({ ...(await setup.env()), SHUTDOWN_GRACE: '20s' });
      const s = await fakeShare();
      const body = JSON.stringify(s.input);
      // A create whose body is half sent when the signal arrives. `Expect: 100-continue` makes the
      // server say when it has parsed the headers and begun the request: then it is in flight.
      let sendRest!: () => void;
      let inFlight!: Promise<{ status: number; text: string }>;
      const started = new Promise<void>((resolve) => {
        const req = http.request(`${backend.url}/trpc/secret.create`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': String(Buffer.byteLength(body)),
            expect: '100-continue',
          },
        });
        req.on('continue', () => {
          req.write(body.slice(0, 100));
          resolve();
        });
        sendRest = () => req.end(body.slice(100));
        inFlight = new Promise((done, fail) => {
          req.on('response', (res) => {
            let text = '';
            res.on('data', (c) => (text += c));
            res.on('end', () => done({ status: res.statusCode!, text }));
          });
          req.on('error', fail);
        });
      });
      await started;

      backend.child.kill('SIGTERM');
      await expect.poll(() => backend.output(), { timeout: 10_000 }).toMatch(/"msg":"draining"/);
      // New connections are refused from now on…
      await expect
        .poll(
          () =>
            fetch(`${backend.url}/healthz`, { signal: AbortSignal.timeout(2_000) }).then(
              () => 'answered',
              (e: Error) => String((e.cause as { code?: string } | undefined)?.code ?? e.message),
            ),
          { timeout: 10_000 },
        )
        .toBe('ECONNREFUSED');
      // …while the process waits for the request it has begun.
      expect(backend.child.exitCode).toBeNull();
      sendRest();
      const res = await inFlight;
      expect(res.status).toBe(200);
      expect(JSON.parse(res.text)).toMatchObject({ result: { data: { id: s.input.id } } });
      expect(await backend.exited).toEqual({ code: 0, signal: null });
      expect(backend.output()).toMatch(/"msg":"stopped"/);
    },
  );

  it('refuses to start on bad configuration, naming the variable', () => {
    const r = spawnSync(TSX, ['backend/main.ts'], {
      env: { ...process.env, PORT: 'x', MAX_VIEWS: '0' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/PORT="x": must be a whole number/);
    expect(r.stderr).toMatch(/MAX_VIEWS="0"/);
  });
});

describe.each(postgresOnly)('db:migrate on $name', (database) => {
  it('migrates a fresh database, then finds it up to date', async () => {
    const env = await database.create();
    // create() migrated already through the library; the command must agree it is current.
    const r = spawnSync('npm', ['run', '--silent', 'db:migrate'], {
      env: { ...process.env, DATABASE_URL: env.url },
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('schema is up to date');
    await env.drop();
  });
});
