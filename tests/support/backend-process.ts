// The backend as an operator runs it: backend/main.ts in a process of its own, so tests can run
// two instances on one database, kill one with SIGKILL, or watch a SIGTERM drain.
//
// It runs as `node --import tsx backend/main.ts`, one process. (`node_modules/.bin/tsx` would put
// a wrapper process in front that relays signals: a SIGKILL would kill the wrapper and leave the
// server running as an orphan.) Instances that share a database need PostgreSQL: PGlite lives
// inside one process, and two processes cannot open one PGlite directory.
import { spawn, type ChildProcess } from 'node:child_process';

export interface BackendProcess {
  child: ChildProcess;
  pid: number;
  /** Where it listens, from its "listening on" log line. */
  url: string;
  /** Everything it wrote so far (JSON log lines on stdout, and stderr). */
  output(): string;
  /** Settles when the process has exited, with its exit code (null if a signal ended it). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL if it is still running after `graceMs`; resolves once it exited. */
  stop(graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Every process this helper started and that has not exited: stopAllBackends() ends them. */
const running = new Set<BackendProcess>();

const START_TIMEOUT_MS = 30_000;

/** Off unless a suite sets them: suites here test what they name, and poll status and peek
 * from one address far more often than a person does. */
const LOOKUP_LIMITS_OFF = { RATE_LIMIT_PEEK: '0', RATE_LIMIT_STATUS: '0', RATE_LIMIT_REVOKE: '0' };

/**
 * Starts backend/main.ts with `env` on top of this process's environment (PORT=0: an ephemeral
 * port) and waits for its "listening" log line (so LOG_LEVEL is always info).
 */
export async function startBackend(env: Record<string, string>): Promise<BackendProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'backend/main.ts'], {
    env: { ...process.env, PORT: '0', ...LOOKUP_LIMITS_OFF, ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) =>
    child.on('exit', (code, signal) => r({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`backend did not start within ${START_TIMEOUT_MS} ms:\n${out}`));
    }, START_TIMEOUT_MS);
    const check = () => {
      const m = /listening on (http:\/\/[\d.:]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', check);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`backend exited before listening:\n${out}`));
    });
  });
  const proc: BackendProcess = {
    child,
    pid: child.pid!,
    url,
    output: () => out,
    exited,
    async stop(graceMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const r = await exited;
      clearTimeout(timer);
      return r;
    },
  };
  running.add(proc);
  void exited.then(() => running.delete(proc));
  return proc;
}

/** Ends every backend process this file started that is still running (for afterAll). */
export async function stopAllBackends(): Promise<void> {
  await Promise.all([...running].map((p) => p.stop(5_000)));
}
