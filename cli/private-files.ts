// Files only their owner may read: a 0700 directory holding 0600 files, checked and tightened
// on every use (a copy, an editor or a umask may have loosened them), written atomically
// (a crash leaves the old file or the new one, never half of one), and a lock so two commands
// running at once do not lose each other's changes.
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { join } from 'node:path';
import { LocalError } from './errors';

export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;
const LOCK_WAIT_MS = 5000;
const LOCK_STALE_MS = 30_000;

function ownedByMe(path: string, st: Stats): void {
  const uid = process.getuid?.();
  if (uid !== undefined && st.uid !== uid) {
    throw new LocalError(`${path} belongs to another user; refusing to use it`);
  }
}

/** Creates `dir` (0700) or checks it: a directory, mine, and closed to group and others. */
export function ensurePrivateDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  } catch (err) {
    throw new LocalError(`cannot create ${dir}: ${(err as Error).message}`);
  }
  const st = statSync(dir);
  if (!st.isDirectory()) throw new LocalError(`${dir} is not a directory`);
  ownedByMe(dir, st);
  if ((st.mode & 0o777) !== DIR_MODE) chmodSync(dir, DIR_MODE);
}

/** Checks an existing file: a regular file, mine, 0600 (tightened if it was looser). */
export function checkPrivateFile(path: string): boolean {
  if (!existsSync(path)) return false;
  const st = statSync(path);
  if (!st.isFile()) throw new LocalError(`${path} is not a regular file`);
  ownedByMe(path, st);
  if ((st.mode & 0o777) !== FILE_MODE) chmodSync(path, FILE_MODE);
  return true;
}

/** The parsed JSON of `path`, or undefined when it does not exist. */
export function readPrivateJson(path: string): unknown {
  if (!checkPrivateFile(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new LocalError(`${path} is damaged (${(err as Error).message}); fix or move it away`);
  }
}

/** Writes `data` as JSON to a new 0600 file and renames it over `path`. */
export function writePrivateJson(path: string, data: unknown): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(tmp, 'wx', FILE_MODE);
    try {
      writeFileSync(fd, `${JSON.stringify(data, null, 2)}\n`);
    } finally {
      closeSync(fd);
    }
    chmodSync(tmp, FILE_MODE); // openSync's mode is masked by the umask; this is not
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new LocalError(`cannot write ${path}: ${(err as Error).message}`);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Runs `fn` holding `<dir>/<name>.lock` (created exclusively; a lock left by a crash expires). */
export async function withLock<T>(dir: string, name: string, fn: () => T): Promise<T> {
  const lock = join(dir, `${name}.lock`);
  const start = Date.now();
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx', FILE_MODE));
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new LocalError(`cannot lock ${lock}: ${(err as Error).message}`);
      }
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > LOCK_STALE_MS) rmSync(lock, { force: true });
      else if (Date.now() - start > LOCK_WAIT_MS) {
        throw new LocalError(`${lock} is held by another oncelink command; try again`);
      } else await sleep(25 + Math.random() * 50);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { force: true });
  }
}
