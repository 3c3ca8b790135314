// Text from elsewhere (a revealed secret, a server's answer) written to a terminal. A terminal
// obeys what it is sent: ESC starts sequences that move the cursor, retitle the window, or with
// OSC 52 write the clipboard (some terminals even answer queries into the input, i.e. type for
// the user); C1 bytes do the same in one character; bidi overrides make text read differently
// from what it is. On a terminal those become visible escapes; `--raw` and pipes get the bytes.

/**
 * Every C0 control but tab and newline, DEL, every C1 control, and the bidirectional embedding,
 * override and isolate characters (U+202A–U+202E, U+2066–U+2069) and the Arabic letter mark.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u202a-\u202e\u2066-\u2069]/g;

/** `\x1b`, `\u202e`: the code point, so the reader sees what was there and nothing happens. */
function visible(ch: string): string {
  const cp = ch.codePointAt(0)!;
  return cp <= 0xff
    ? `\\x${cp.toString(16).padStart(2, '0')}`
    : `\\u${cp.toString(16).padStart(4, '0')}`;
}

/** `text` with every unsafe character made visible, and how many there were. */
export function escapeControls(text: string): { text: string; escaped: number } {
  let escaped = 0;
  const out = text.replace(UNSAFE, (ch) => {
    escaped++;
    return visible(ch);
  });
  return { text: out, escaped };
}

interface Out {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
}

/**
 * Writes `text` to standard output: escaped on a terminal unless `raw`, exactly otherwise (a
 * pipe or file gets the bytes). Says on standard error when something was escaped, and how to
 * get it as it is.
 */
export function writeOut(io: Out, text: string, raw: boolean): void {
  if (raw || io.stdout.isTTY !== true) {
    io.stdout.write(text);
    return;
  }
  const safe = escapeControls(text);
  io.stdout.write(safe.text);
  if (safe.escaped > 0) {
    const n = safe.escaped === 1 ? '1 control character' : `${safe.escaped} control characters`;
    io.stderr.write(
      `\n(${n} shown as \\x.. or \\u....; --raw, or a pipe, writes them as they are)\n`,
    );
  }
}
