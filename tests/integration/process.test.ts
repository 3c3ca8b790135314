// The backend as an operator runs it: `npm start`'s entry point in its own process.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresOnly } from '../support/databases';
import { createClient } from '../support/server';
import { fakeShare } from '../support/shares';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts backend/main.ts and waits for its "listening" log line. */
async function startBackend(env: Record<string, string>): Promise<Running> {
  const child = spawn(TSX, ['backend/main.ts'], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`backend did not start:\n${out}`)), 30_000);
    const check = () => {
      const m = /listening on (http:\/\/[\d.:]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', check);
    void exited.then(() => reject(new Error(`backend exited:\n${out}`)));
  });
  return { child, url, output: () => out, exited };
}

describe('backend process', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('keeps its embedded database across restarts, and SIGTERM stops it cleanly', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'oncelink-data-'));
    dirs.push(dataDir);
    const first = await startBackend({ DATA_DIR: dataDir });
    const s = await fakeShare();
    await createClient(first.url).secret.create.mutate(s.input);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toMatch(/"msg":"stopped"/);

    const second = await startBackend({ DATA_DIR: dataDir });
    const client = createClient(second.url);
    expect(await client.secret.peek.query({ id: s.input.id })).toMatchObject({ state: 'pending' });
    expect(await client.secret.reveal.mutate({ id: s.input.id, authKey: s.authKey })).toMatchObject(
      { viewsLeft: 0 },
    );
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

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
