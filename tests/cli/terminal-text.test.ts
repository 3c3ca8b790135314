// What the command writes to a terminal, and how it reads the link and passphrase from a pipe:
// in process, no server.
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../cli/io';
import { clip, printJson } from '../../cli/output';
import { RevealJson } from '../../cli/schemas';
import { escapeControls, writeOut } from '../../cli/terminal-text';

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = new Writable({ write: (c: Buffer, _e, done) => (chunks.push(String(c)), done()) });
  return Object.assign(stream, { isTTY, text: () => chunks.join('') });
}

describe('escapeControls', () => {
  it('makes C0 (but tab and newline), DEL, C1 and bidi controls visible, and counts them', () => {
    const cases: [string, string, number][] = [
      ['plain ✓ 密码\n\tend', 'plain ✓ 密码\n\tend', 0],
      ['\x1b]52;c;cHduZWQ=\x07', '\\x1b]52;c;cHduZWQ=\\x07', 2],
      ['a\rb\x00c\x7f', 'a\\x0db\\x00c\\x7f', 3],
      ['\u009b31m \u0085', '\\x9b31m \\x85', 2],
      ['\u202eevil\u202c \u2066x\u2069 \u061c', '\\u202eevil\\u202c \\u2066x\\u2069 \\u061c', 5],
    ];
    for (const [input, text, escaped] of cases) {
      expect(escapeControls(input), JSON.stringify(input)).toEqual({ text, escaped });
    }
  });

  it('writes escapes to a terminal and says so; bytes to a pipe, or with raw', () => {
    const tty = { stdout: sink(true), stderr: sink(false) };
    writeOut(tty, 'a\x1b[2Jb', false);
    expect(tty.stdout.text()).toBe('a\\x1b[2Jb');
    expect(tty.stderr.text()).toContain('--raw');
    const raw = { stdout: sink(true), stderr: sink(false) };
    writeOut(raw, 'a\x1b[2Jb', true);
    expect(raw.stdout.text()).toBe('a\x1b[2Jb');
    const pipe = { stdout: sink(false), stderr: sink(false) };
    writeOut(pipe, 'a\x1b[2Jb', false);
    expect(pipe.stdout.text()).toBe('a\x1b[2Jb');
    expect(pipe.stderr.text()).toBe('');
  });

  it('keeps JSON the same value while escaping what JSON.stringify leaves raw', () => {
    const out = sink(false);
    const value = 'x\u009b\u202e\x7f\x1b';
    printJson({ stdout: out } as never, RevealJson, { kind: 'text', value, viewsLeft: 0 });
    for (const c of value.slice(1)) expect(out.text()).not.toContain(c);
    expect(JSON.parse(out.text()).value).toBe(value);
  });

  it('clip blanks bidi controls too', () => {
    expect(clip('a\u202eb\u2066c\x1bd', 10)).toBe('a b c d');
  });
});

describe('readLines', () => {
  const from = (...chunks: string[]) => Readable.from(chunks.map((c) => Buffer.from(c)));
  it('splits lines across chunks, drops \\r\\n, and gives missing lines as empty', async () => {
    const lines = await readLines(from('https://x/s/a#b', 'c\r\npass ', 'phrase\nmore'), 2, 100);
    expect(lines.map(String)).toEqual(['https://x/s/a#bc', 'pass phrase']);
    expect((await readLines(from('only'), 2, 100)).map(String)).toEqual(['only', '']);
  });
  it('refuses a line over the limit', async () => {
    await expect(readLines(from('x'.repeat(50), 'y'.repeat(60)), 1, 100)).rejects.toThrow(
      /over 100 bytes/,
    );
  });
});
