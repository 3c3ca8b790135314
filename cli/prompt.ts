// Asking the person at the terminal for a line without echoing it (passphrase, secret).
// node:readline does the line editing in raw mode; its output goes nowhere, so no character
// typed or pasted reaches the screen, the scrollback or a terminal recording. The question
// goes to standard error, keeping standard output for what scripts read.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { Interrupted, UsageError } from './errors';
import type { Io } from './io';

/** True when a person can be asked: standard input is a terminal. */
export function canPrompt(io: Io): boolean {
  return io.stdin.isTTY === true;
}

/** One hidden line from the terminal. Ctrl-C or Ctrl-D rejects with Interrupted. */
export function promptHidden(io: Io, question: string): Promise<string> {
  if (!canPrompt(io)) {
    throw new UsageError('no terminal to ask on: standard input is not a terminal');
  }
  const nowhere = new Writable({ write: (_chunk, _enc, done) => done() });
  const rl = createInterface({
    input: io.stdin,
    output: nowhere,
    terminal: true,
    historySize: 0,
  });
  io.stderr.write(question);
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      io.stderr.write('\n');
      rl.close();
      fn();
    };
    rl.on('line', (line) => finish(() => resolve(line)));
    rl.on('SIGINT', () => finish(() => reject(new Interrupted())));
    rl.on('close', () => finish(() => reject(new Interrupted())));
  });
}
