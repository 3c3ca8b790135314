// The real backend as a child process: `node --import tsx backend/main.ts`, logs at info to
// /dev/null (formatting and writing log lines is part of the real cost), limits off.
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface ServerChild {
  url: string;
  pid: number;
  env: Record<string, string>;
  stop(): Promise<void>;
}

export async function startBackend(
  db: { databaseUrl?: string; dataDir?: string },
  opts: {
    /** Extra `node` flags for the child, e.g. ['--cpu-prof'] when looking into a result. */
    nodeArgs?: string[];
    /** Another entry point than backend/main.ts (the diagnostic stub). */
    entry?: string;
    /** More backend settings, e.g. WORKERS. */
    env?: Record<string, string>;
  } = {},
): Promise<ServerChild> {
  const port = await freePort();
  const own: Record<string, string> = {
    PORT: String(port),
    HOST: '127.0.0.1',
    RATE_LIMIT_CREATE: '0',
    RATE_LIMIT_REVEAL: '0',
    RATE_LIMIT_PEEK: '0',
    RATE_LIMIT_STATUS: '0',
    RATE_LIMIT_REVOKE: '0',
    LOG_LEVEL: 'info',
    NODE_ENV: 'production',
    // One process unless a phase asks for more (the default would be one per core).
    WORKERS: '1',
    ...opts.env,
  };
  if (db.databaseUrl) own.DATABASE_URL = db.databaseUrl;
  if (db.dataDir) own.DATA_DIR = db.dataDir;
  const env: Record<string, string | undefined> = { ...process.env, ...own };
  if (!db.databaseUrl) delete env.DATABASE_URL;

  const devNull = openSync('/dev/null', 'w');
  let child: ChildProcess;
  try {
    child = spawn(
      process.execPath,
      [...(opts.nodeArgs ?? []), '--import', 'tsx', opts.entry ?? 'backend/main.ts'],
      {
        cwd: ROOT,
        env,
        stdio: ['ignore', devNull, 'pipe'],
      },
    );
  } finally {
    closeSync(devNull);
  }
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => {
    stderr = (stderr + c.toString('utf8')).slice(-4000);
  });
  let exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve();
    }),
  );

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exit;
    clearTimeout(timer);
  };

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (exited) {
      throw new Error(
        `backend exited before it was ready (${JSON.stringify(exited)}): ${stderr.trim()}`,
      );
    }
    try {
      const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`backend not ready after 90 s: ${stderr.trim()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const shown: Record<string, string> = {
    ...own,
    DB_POOL_SIZE: env.DB_POOL_SIZE ?? '10 (default)',
  };
  if (shown.DATABASE_URL) shown.DATABASE_URL = '(fresh database)';
  return { url, pid: child.pid!, env: shown, stop };
}
