// What can go wrong in the command, and the one line and exit code each becomes. Failures of
// the protocol and the server are worded by shared/messages.ts (the same sentence the page and
// the extension show); the command's own problems (usage, local files) carry their own text.
import { findCause, NetworkError, type ErrorDetails } from '../shared/errors';
import { messageFor, toFailure, type FailureCode } from '../shared/messages';
import { EXIT, exitCodeFor, type ExitCode } from './exit-codes';

/** A bad command line or input: exit 2, with a sentence that says what is allowed. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Something this machine could not do (its files): exit 1. */
export class LocalError extends Error {
  override readonly name = 'LocalError';
}

/** A server reply that does not match its schema (cli/schemas.ts): exit 1, nothing of it used. */
export class BadReply extends Error {
  override readonly name = 'BadReply';
  constructor(
    readonly procedure: string,
    why: string,
  ) {
    super(`the server's answer to ${procedure} is not what oncelink expects (${why})`);
  }
}

/** The user pressed Ctrl-C (or Ctrl-D) at a prompt. */
export class Interrupted extends Error {
  override readonly name = 'Interrupted';
  constructor() {
    super('interrupted');
  }
}

/** A failure named by a code the server or shared/ also uses, raised by the command itself. */
export class CodedFailure extends Error {
  override readonly name = 'CodedFailure';
  constructor(
    readonly code: FailureCode,
    readonly details: ErrorDetails = {},
  ) {
    super(messageFor(code, details));
  }
}

export interface Outcome {
  exit: ExitCode;
  /** One line for standard error, never holding anything typed or piped. */
  message: string;
}

/** The tRPC client's error class, told apart without importing it. */
function isClientError(err: unknown): boolean {
  return (err as { name?: unknown } | null)?.name === 'TRPCClientError';
}

/** Turns anything thrown into the exit code and the line to print. */
export function outcomeOf(err: unknown): Outcome {
  const bad = findCause(err, BadReply);
  if (bad) return { exit: EXIT.OTHER, message: bad.message };
  if (err instanceof UsageError) return { exit: EXIT.USAGE, message: err.message };
  if (err instanceof LocalError) return { exit: EXIT.OTHER, message: err.message };
  if (err instanceof Interrupted) return { exit: EXIT.INTERRUPTED, message: 'Interrupted.' };
  if (err instanceof CodedFailure) return { exit: exitCodeFor(err.code), message: err.message };
  const failure = toFailure(err);
  if (failure.code === 'INTERNAL' && !isClientError(err)) {
    // Not the server's doing: a bug here. Say so rather than blame the server.
    const what = err instanceof Error ? err.message : String(err);
    return { exit: EXIT.OTHER, message: `unexpected error: ${what}` };
  }
  const server = findCause(err, NetworkError)?.server;
  const where = server ? ` (${server})` : '';
  return { exit: exitCodeFor(failure.code), message: failure.message + where };
}
