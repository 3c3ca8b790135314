// The one list of error codes every client and the server share (docs/protocol.md#errors).
// The server puts one of these in a tRPC error's `data.reason`, with data (attemptsLeft…) and no
// sentence; clients word them in one place, shared/messages.ts. Also the errors of shared/ itself
// and the one walk along an error's causes.

export const ERROR_CODES = [
  'INVALID_INPUT',
  'TOO_LARGE',
  'RATE_LIMITED',
  'WRONG_PASSPHRASE',
  'UNAVAILABLE',
  'DUPLICATE_ID',
  'ALREADY_ANSWERED',
  'SERVICE_UNAVAILABLE',
  'SERVICE_FULL',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(x: unknown): x is ErrorCode {
  return typeof x === 'string' && (ERROR_CODES as readonly string[]).includes(x);
}

/** Extra, non-secret facts an error may carry for the client. */
export interface ErrorDetails {
  /** WRONG_PASSPHRASE: attempts left (0: the secret is destroyed). */
  attemptsLeft?: number;
  /** RATE_LIMITED, SERVICE_FULL: seconds until a retry can succeed. */
  retryAfter?: number;
  /** SERVICE_UNAVAILABLE: the database connection broke mid-request, so the request may or may
   * not have taken effect (a view or attempt may have been spent). */
  outcomeUnknown?: boolean;
  /** TOO_LARGE: the limit that was exceeded, in bytes. */
  limit?: number;
  /** INVALID_INPUT: which fields were wrong and why (never their values). */
  issues?: { path: string; message: string }[];
}

/** Local failures of the protocol code in shared/ (decrypting, parsing links, passphrases). */
export type ProtocolErrorCode =
  | 'DECRYPT_FAILED'
  | 'BAD_LINK'
  | 'BAD_PASSPHRASE'
  | 'CHECK_MISMATCH'
  | 'BAD_ENVELOPE'
  | 'BAD_KDF_PARAMS'
  | 'BAD_FILE_NAME'
  | 'TOO_LARGE';

export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
  constructor(
    readonly code: ProtocolErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A call that got no answer: the server could not be reached, or its answer did not arrive (cut,
 * or not within the deadline). Every client's fetch throws it (shared/fetch.ts).
 */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  /** The origin the call went to. */
  readonly server: string;
  /** The tRPC procedure called ("secret.reveal"), or undefined for another URL. */
  readonly procedure: string | undefined;
  /** True when the request certainly never left (refused, unresolvable): nothing was spent. */
  readonly unsent: boolean;
  constructor(o: { server: string; procedure?: string; unsent?: boolean; cause?: unknown }) {
    super(`no answer from ${o.server}${o.procedure ? ` to ${o.procedure}` : ''}`, {
      cause: o.cause,
    });
    this.server = o.server;
    this.procedure = o.procedure;
    this.unsent = o.unsent ?? false;
  }
}

/** How deep a chain of causes is followed: more is a loop or a bug, not information. */
const MAX_CAUSES = 8;

/** An error and its causes, outermost first: `err`, `err.cause`, its cause… */
export function* causesOf(err: unknown): Generator<unknown> {
  for (let e = err, i = 0; e != null && i < MAX_CAUSES; i++) {
    yield e;
    e = (e as { cause?: unknown }).cause;
  }
}

/** The first of an error and its causes that is an instance of `type`. */
export function findCause<T>(
  err: unknown,
  type: abstract new (...args: never[]) => T,
): T | undefined {
  for (const e of causesOf(err)) if (e instanceof type) return e;
  return undefined;
}
