// The one place that turns error codes into words for people. The recipient page, the extension
// and the command-line client all show these, so a user reads the same sentence everywhere.
import {
  isErrorCode,
  ProtocolError,
  type ErrorCode,
  type ErrorDetails,
  type ProtocolErrorCode,
} from './errors';

/** Every failure a client can meet: the server's codes, local protocol codes, and the network. */
export type FailureCode = ErrorCode | ProtocolErrorCode | 'NETWORK';

export interface Failure {
  code: FailureCode;
  /** One plain sentence: what happened and what to do. */
  message: string;
  /** True when trying again later can succeed and nothing was spent. */
  retryable: boolean;
  details: ErrorDetails;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function messageFor(code: FailureCode, d: ErrorDetails = {}): string {
  switch (code) {
    case 'WRONG_PASSPHRASE':
      return d.attemptsLeft === 0
        ? 'Wrong passphrase. That was the last attempt: the secret has been destroyed. Ask the sender for a new one.'
        : `Wrong passphrase. ${plural(d.attemptsLeft ?? 0, 'attempt is', 'attempts are')} left.`;
    case 'CHECK_MISMATCH':
      return 'That passphrase does not match this link. Check for a typo: nothing was spent.';
    case 'BAD_PASSPHRASE':
      return 'That is not a valid passphrase. Type the words exactly as you received them.';
    case 'UNAVAILABLE':
      return 'This secret is not available. It may have been viewed already, expired, or never existed. Ask the sender for a new link.';
    case 'BAD_LINK':
      return 'This link is incomplete or damaged. Copy the whole link, including the part after #, or ask the sender again.';
    case 'RATE_LIMITED':
      return `Too many requests. Try again in ${plural(d.retryAfter ?? 60, 'second', 'seconds')}.`;
    case 'TOO_LARGE':
      return d.limit
        ? `The secret is too large: this server takes up to ${Math.floor(d.limit / 1024)} KiB. Shorten it or split it into several secrets.`
        : 'The secret is too large for this server. Shorten it or split it into several secrets.';
    case 'SERVICE_UNAVAILABLE':
      return d.outcomeUnknown
        ? 'The server lost its database while answering, so it cannot tell whether this went through. Try again in a few seconds.'
        : 'The server is briefly unavailable. Nothing was spent: try again in a few seconds.';
    case 'NETWORK':
      return 'Could not reach the server. Check your connection and try again: nothing was spent.';
    case 'INVALID_INPUT':
      return d.issues?.[0]
        ? `The server refused the request: ${d.issues[0].path}: ${d.issues[0].message}.`
        : 'The server refused the request as invalid.';
    case 'ALREADY_ANSWERED':
      return 'This request has already been answered, and takes only one answer. If it was not you who answered, tell the person who asked.';
    case 'DUPLICATE_ID':
      return 'The server already has a secret with this id. Try again.';
    case 'DECRYPT_FAILED':
      return 'The secret could not be decrypted: the link or the stored data is damaged.';
    case 'BAD_ENVELOPE':
      return 'The secret was decrypted but its contents are damaged.';
    case 'BAD_KDF_PARAMS':
      return 'This secret uses key settings this client refuses (too weak or too costly).';
    case 'INTERNAL':
      return 'The server hit an unexpected error. Try again later.';
  }
}

const RETRYABLE = new Set<FailureCode>([
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'NETWORK',
  'INTERNAL',
  'CHECK_MISMATCH',
  'DUPLICATE_ID',
]);

/** Reads any thrown value: a tRPC client error (its `data.reason`), a ProtocolError, or a network failure. */
export function toFailure(err: unknown): Failure {
  let code: FailureCode = 'INTERNAL';
  let details: ErrorDetails = {};
  if (err instanceof ProtocolError) {
    code = err.code;
  } else {
    const data = (err as { data?: { reason?: unknown } & ErrorDetails } | null)?.data;
    if (data && isErrorCode(data.reason)) {
      code = data.reason;
      details = {
        attemptsLeft: data.attemptsLeft,
        retryAfter: data.retryAfter,
        limit: data.limit,
        issues: data.issues,
        outcomeUnknown: data.outcomeUnknown,
      };
    } else if (isNetworkError(err)) {
      code = 'NETWORK';
    }
  }
  return { code, message: messageFor(code, details), retryable: RETRYABLE.has(code), details };
}

/** fetch() failures: "Failed to fetch" (Chromium), "NetworkError…" (Firefox), "fetch failed" (Node). */
function isNetworkError(err: unknown): boolean {
  for (let e = err, i = 0; e && i < 4; e = (e as { cause?: unknown }).cause, i++) {
    const msg = (e as { message?: unknown }).message;
    if (
      typeof msg === 'string' &&
      /failed to fetch|networkerror|fetch failed|load failed|ECONNREFUSED/i.test(msg)
    )
      return true;
  }
  return false;
}
