// Files in and out of the CLI: `share --file PATH` (or `--file -` with `--name`), and where
// `reveal` and `read` put a file they decrypted: --out PATH, else standard output when it is not
// a terminal, else a new file in the current directory under the sanitised name (a view is spent
// by then, so the file is never thrown away for want of a place).
import { existsSync, openSync, closeSync, writeSync, statSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { FileContent } from '../shared/file';
import { safeFileName } from '../shared/file-name';
import { CodedFailure, LocalError, UsageError } from './errors';
import { readAll, type Io } from './io';

// What a recipient's browser needs to offer the right program; anything else is octet-stream.
const TYPES: Record<string, string> = {
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.yaml': 'application/yaml',
  '.yml': 'application/yaml',
  '.pem': 'application/x-pem-file',
  '.crt': 'application/x-x509-ca-cert',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.zip': 'application/zip',
  '.gz': 'application/gzip',
};

export function typeOf(name: string): string {
  return TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/** The file to share; TOO_LARGE from its size alone, before it is read or anything derived. */
export async function readFileInput(
  io: Io,
  path: string,
  name: string | undefined,
  maxFileBytes: number,
): Promise<FileContent> {
  const tooLarge = () => new CodedFailure('TOO_LARGE', { limit: maxFileBytes });
  if (path === '-') {
    if (!name) throw new UsageError('--file - reads standard input: give its name with --name');
    const { bytes, over } = await readAll(io.stdin, maxFileBytes);
    if (over) throw tooLarge();
    return { name, type: typeOf(name), bytes: new Uint8Array(bytes) };
  }
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new UsageError(`--file ${path} is not a regular file`);
    size = st.size;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`--file ${path} cannot be read (${(err as NodeJS.ErrnoException).code})`);
  }
  if (size > maxFileBytes) throw tooLarge();
  const bytes = new Uint8Array(readFileSync(path));
  if (bytes.length > maxFileBytes) throw tooLarge(); // grew since stat
  const shown = name ?? basename(path);
  return { name: shown, type: typeOf(shown), bytes };
}

/** Refuses, before anything is spent, an --out that exists (without --force). */
export function checkOut(out: string | undefined, force: boolean): void {
  if (out !== undefined && !force && existsSync(out)) {
    throw new UsageError(`${out} exists: choose another --out, or add --force to overwrite it`);
  }
}

function writeNew(path: string, bytes: Uint8Array, overwrite: boolean): void {
  // 0600: a shared file is a secret; 'wx' refuses a file that appeared since checkOut.
  const fd = openSync(path, overwrite ? 'w' : 'wx', 0o600);
  try {
    writeSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
}

/**
 * Where the file went, for the note on standard error (null: standard output). `stdoutFree` is
 * false when standard output carries something else (--json).
 */
export function writeFileOutput(
  io: Io,
  file: FileContent,
  out: string | undefined,
  force: boolean,
  stdoutFree = true,
): string | null {
  try {
    if (out !== undefined) {
      writeNew(out, file.bytes, force);
      return out;
    }
    if (stdoutFree && !io.stdout.isTTY) {
      io.stdout.write(file.bytes);
      return null;
    }
    const safe = safeFileName(file.name);
    const dot = safe.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [safe.slice(0, dot), safe.slice(dot)] : [safe, ''];
    for (let i = 1; i < 100; i++) {
      const path = join('.', i === 1 ? safe : `${stem} (${i})${ext}`);
      if (existsSync(path)) continue;
      writeNew(path, file.bytes, false);
      return path;
    }
    throw new LocalError(`could not find a free name for ${safe} in this directory: use --out`);
  } catch (err) {
    if (err instanceof LocalError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new LocalError(`the file could not be written (${code ?? (err as Error).message})`);
  }
}
