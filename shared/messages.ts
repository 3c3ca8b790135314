// The one place that turns error codes into words for people. The recipient page, the extension
// and the command-line client all show these, so a user reads the same sentence everywhere.
import {
  findCause,
  isErrorCode,
  NetworkError,
  ProtocolError,
  type ErrorCode,
  type ErrorDetails,
  type ProtocolErrorCode,
} from './errors';
import { previewerFor } from './previewers';
import { plural } from './words';

/** Every failure a client can meet: the server's codes, local protocol codes, and the network. */
export type FailureCode = ErrorCode | ProtocolErrorCode | 'NETWORK';

export interface Failure {
  code: FailureCode;
  /** One plain sentence: what happened and what to do. */
  message: string;
  /** True when trying again later can succeed (the message says if something may be spent). */
  retryable: boolean;
  details: ErrorDetails;
}

/** What a call spends when it reaches the server; the calls absent here spend nothing. */
type Spend = 'view' | 'answer' | 'read';
const SPENDS = new Map<string | undefined, Spend>([
  ['secret.reveal', 'view'],
  ['request.answer', 'answer'],
  ['request.read', 'read'],
]);

/** A spending call sent without an answer back: it may or may not have happened. */
function lostAnswer(spend: Spend): string {
  const lost = 'The server’s answer did not arrive';
  switch (spend) {
    case 'view':
      return `${lost}, so a view or an attempt may or may not have been spent. Open the link again: if it says the secret is not available, ask the sender for a new one.`;
    case 'answer':
      return `${lost}, so your answer may or may not have been stored. Open the link again: if it says the request has already been answered, your answer arrived; if not, send it again.`;
    case 'read':
      return `${lost}, so the answer may or may not have been read (the server deletes it once read). Try again: if it says the request is not available, ask for the secret again with a new request.`;
  }
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

/** Reads any thrown value: a tRPC client error (its `data.reason`), a ProtocolError, or a NetworkError. */
export function toFailure(err: unknown): Failure {
  let code: FailureCode = 'INTERNAL';
  let details: ErrorDetails = {};
  const lost = findCause(err, NetworkError);
  // Sent without an answer back, a call that spends may have spent: never say it did not.
  const spend = lost && !lost.unsent ? SPENDS.get(lost.procedure) : undefined;
  if (spend) {
    const details = { outcomeUnknown: true };
    return { code: 'NETWORK', message: lostAnswer(spend), retryable: true, details };
  }
  if (lost) {
    code = 'NETWORK';
  } else if (err instanceof ProtocolError) {
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
    }
  }
  return { code, message: messageFor(code, details), retryable: RETRYABLE.has(code), details };
}

/** "opened by a Slack link preview": an "opened" event a known previewer or scanner caused. */
export function messageForPreviewer(id: string): string {
  const p = previewerFor(id);
  if (!p) return 'opened by a link preview or scanner';
  const article = /^[aeiou]/i.test(p.name) ? 'an' : 'a';
  return `opened by ${article} ${p.name} ${p.what}`;
}
