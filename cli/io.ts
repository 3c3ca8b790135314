// The process's streams and environment as the commands see them, and reading standard input
// byte for byte: nothing trimmed, nothing re-encoded, invalid UTF-8 refused rather than mended.
import { UsageError } from './errors';

export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
}

export function processIo(): Io {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/** Writes one line (a newline added) to standard error. */
export function note(io: Io, line: string): void {
  io.stderr.write(`${line}\n`);
}

/**
 * Everything on `stream` up to `maxBytes`; `over` is true when there was more (reading stops
 * there, so an endless pipe cannot fill memory).
 */
export async function readAll(
  stream: NodeJS.ReadableStream,
  maxBytes: number,
): Promise<{ bytes: Buffer; over: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(buf);
    size += buf.length;
    if (size > maxBytes) {
      (stream as { destroy?: () => void }).destroy?.();
      return { bytes: Buffer.concat(chunks).subarray(0, maxBytes), over: true };
    }
  }
  return { bytes: Buffer.concat(chunks), over: false };
}

/**
 * Standard input up to its first line break (or its end), at most `maxBytes`: a writer that keeps
 * the pipe open after the passphrase line is not waited for.
 */
export async function readLine(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    const end = buf.indexOf(0x0a);
    chunks.push(end < 0 ? buf : buf.subarray(0, end + 1));
    size += buf.length;
    if (end >= 0 || size > maxBytes) break; // leaving the loop stops reading
  }
  return Buffer.concat(chunks).subarray(0, maxBytes);
}

/**
 * The first `count` lines of `stream` (each without its line break, \n or \r\n), each at most
 * `maxBytes` (longer is refused):
 * `reveal -` reads the link and then the passphrase from one pipe. Missing lines are ''.
 */
export async function readLines(
  stream: NodeJS.ReadableStream,
  count: number,
  maxBytes: number,
): Promise<Buffer[]> {
  const lines: Buffer[] = [];
  let current: Buffer[] = [];
  let size = 0;
  const tooLong = () => new UsageError(`a line on standard input is over ${maxBytes} bytes`);
  const finish = () => {
    const line = Buffer.concat(current);
    if (line.length > maxBytes) throw tooLong();
    lines.push(line);
    current = [];
    size = 0;
  };
  outer: for await (const chunk of stream) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    for (let end = buf.indexOf(0x0a); ; end = buf.indexOf(0x0a)) {
      if (end < 0) {
        current.push(buf);
        size += buf.length;
        if (size > maxBytes) throw tooLong();
        break;
      }
      current.push(buf.subarray(0, end));
      finish();
      buf = buf.subarray(end + 1);
      if (lines.length >= count) break outer; // leaving the loop stops reading
    }
  }
  if (lines.length < count && current.length > 0) finish();
  while (lines.length < count) lines.push(Buffer.alloc(0));
  return lines.map((l) => (l.at(-1) === 0x0d ? l.subarray(0, -1) : l));
}

/** Strict UTF-8: a byte-order mark is kept (it is part of the bytes), invalid input refused. */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UsageError(`${what} is not valid UTF-8 text`);
  }
}

/** The first line, without its line break (\n or \r\n). */
export function firstLine(text: string): string {
  const end = text.indexOf('\n');
  const line = end < 0 ? text : text.slice(0, end);
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
