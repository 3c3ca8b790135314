// Running the real `oncelink` command as a child process, with its own per-user directory, and
// what the tests ask of it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface CliResult {
  code: number | null;
  /** Standard output, exactly (bytes). */
  stdout: Buffer;
  /** Standard output as UTF-8. */
  out: string;
  err: string;
  ms: number;
}

export interface CliHome {
  /** What HOME and XDG_CONFIG_HOME point at. */
  home: string;
  config: string;
  /** The per-user directory of the command: <config>/oncelink. */
  dir: string;
  env: Record<string, string>;
  remove(): void;
}

/** A fresh HOME and XDG_CONFIG_HOME, and an environment without the caller's ONCELINK_*. */
export function cliHome(extraEnv: Record<string, string> = {}): CliHome {
  const home = mkdtempSync(join(tmpdir(), 'oncelink-cli-'));
  const config = join(home, 'config');
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !k.startsWith('ONCELINK_')) env[k] = v;
  }
  Object.assign(env, { HOME: home, XDG_CONFIG_HOME: config }, extraEnv);
  return {
    home,
    config,
    dir: join(config, 'oncelink'),
    env,
    remove: () => rmSync(home, { recursive: true, force: true }),
  };
}

/** For a suite: a fresh home before each test (removed after it), and `cli` running in it. */
export function useCliHome() {
  const fx = {
    home: undefined as unknown as CliHome,
    cli: (args: string[], input?: string) => runCli(args, { home: fx.home, input }),
  };
  beforeEach(() => {
    fx.home = cliHome();
  });
  afterEach(() => fx.home.remove());
  return fx;
}

export interface RunOptions {
  home: CliHome;
  input?: string | Buffer;
  env?: Record<string, string>;
  timeoutMs?: number;
}

/**
 * Runs `oncelink ARGS` from the sources (what cli/bin.js runs without a fresh build), feeding
 * `input` on standard input (closed at once when absent, so nothing waits for a terminal).
 */
export function runCli(args: string[], opts: RunOptions): Promise<CliResult> {
  return runNode(['--import', 'tsx', 'cli/main.ts', ...args], opts);
}

/** Runs `node ARGS` in the repository with the home's environment. */
export function runNode(args: string[], opts: RunOptions): Promise<CliResult> {
  const started = Date.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...opts.home.env, ...opts.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  child.stdin.on('error', () => {}); // the command may stop reading early (too large)
  child.stdin.end(opts.input ?? '');
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 30_000);
  return new Promise((res, rej) => {
    child.on('error', rej);
    child.on('close', (code) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out);
      res({
        code,
        stdout,
        out: stdout.toString('utf8'),
        err: Buffer.concat(err).toString('utf8'),
        ms: Date.now() - started,
      });
    });
  });
}

/** The link and passphrase from `oncelink share`'s labelled lines. */
export function halves(out: string): { link: string; passphrase: string } {
  const link = /^Link: +(\S+)$/m.exec(out)?.[1];
  const passphrase = /^Passphrase: +(.+)$/m.exec(out)?.[1];
  if (!link || !passphrase) throw new Error(`no link and passphrase in: ${out}`);
  return { link, passphrase };
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Runs `oncelink ARGS` on a pseudo-terminal (util-linux `script`), as a person would: each time
 * the screen shows a prompt, the next answer is typed (with Enter). Returns everything the
 * terminal showed (standard output and error together) and the exit code.
 */
export function runInTerminal(
  args: string[],
  opts: { home: CliHome; prompt: RegExp; answers: string[]; timeoutMs?: number },
): Promise<{ code: number | null; screen: string }> {
  const command = [process.execPath, '--import', 'tsx', 'cli/main.ts', ...args]
    .map(shellQuote)
    .join(' ');
  // script exits 0 whatever the command did: the command's code is echoed at the end.
  const child = spawn('script', ['-qec', `${command}; echo "[exit $?]"`, '/dev/null'], {
    cwd: ROOT,
    env: opts.home.env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let screen = '';
  let seen = 0;
  const answers = [...opts.answers];
  child.stdout.on('data', (b: Buffer) => {
    screen += b.toString('utf8');
    const prompts = screen.match(new RegExp(opts.prompt.source, 'g'))?.length ?? 0;
    while (seen < prompts) {
      seen++;
      const answer = answers.shift();
      child.stdin.write(answer === undefined ? '\x03' : `${answer}\r`);
    }
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 30_000);
  return new Promise((res, rej) => {
    child.on('error', rej);
    child.on('close', () => {
      clearTimeout(timer);
      child.stdin.end();
      const code = /\[exit (\d+)\]/.exec(screen)?.[1];
      res({ code: code === undefined ? null : Number(code), screen });
    });
  });
}

/** Runs the command's dispatcher in this process with fake streams: for cases with no server. */
export async function runInProcess(
  argv: string[],
  opts: { home: CliHome; input?: string | Buffer; env?: Record<string, string> },
): Promise<{ code: number; out: string; err: string }> {
  const { run } = await import('../../cli/run');
  const { Readable, Writable } = await import('node:stream');
  const sink = (into: Buffer[]) =>
    new Writable({ write: (chunk: Buffer, _enc, done) => (into.push(chunk), done()) });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const code = await run(argv, {
    stdin: Readable.from([Buffer.from(opts.input ?? '')]),
    stdout: sink(out),
    stderr: sink(err),
    env: { ...opts.home.env, ...opts.env },
  });
  return { code, out: Buffer.concat(out).toString(), err: Buffer.concat(err).toString() };
}
