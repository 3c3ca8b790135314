// Turns any error a request can meet into one shared error code, a tRPC code and a plain
// message. Unexpected errors keep a generic message: internals never reach the client.
import type { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { ErrorCode, ErrorDetails } from '../../shared/errors';
import { AppError } from '../errors';

type TrpcCode = TRPCError['code'];

export interface Classified {
  reason: ErrorCode;
  code: TrpcCode;
  message: string;
  details: ErrorDetails;
}

// Connection-level PostgreSQL failures: class 08 (connection exception), 57P01–57P03 (shutdown,
// cannot connect now), 53300 (too many connections), 57014 (statement timeout, e.g. lock waits).
const PG_UNAVAILABLE = /^(08...|57P0[1-3]|53300|57014)$/;
const NET_UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const MSG_UNAVAILABLE =
  /connection terminated|timeout exceeded when trying to connect|connection error|cannot use a pool after calling end/i;

export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (PG_UNAVAILABLE.test(code) || NET_UNAVAILABLE.has(code)))
      return true;
    if (e instanceof AggregateError && e.errors.some(isDatabaseUnavailable)) return true;
    if (e instanceof Error && MSG_UNAVAILABLE.test(e.message)) return true;
  }
  return false;
}

// Failures before a statement reached the database (nothing can have been written) or a
// statement the database itself cancelled and rolled back. Anything else (a connection cut
// while a statement ran) leaves the outcome unknown: the statement may have committed.
const NOT_APPLIED_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P03',
  '53300',
  '57014',
]);
const NOT_APPLIED_MSG =
  /timeout exceeded when trying to connect|cannot use a pool after calling end/i;

/** True when the failed request certainly changed nothing in the database. */
export function certainlyNotApplied(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NOT_APPLIED_CODES.has(code)) return true;
    if (e instanceof AggregateError && e.errors.every(certainlyNotApplied)) return true;
    if (e instanceof Error && NOT_APPLIED_MSG.test(e.message)) return true;
  }
  return false;
}

function zodIssues(err: ZodError): { path: string; message: string }[] {
  return err.issues
    .slice(0, 20)
    .map((i) => ({ path: i.path.join('.') || '(input)', message: i.message }));
}

export function classifyError(error: TRPCError): Classified {
  if (error instanceof AppError) {
    return {
      reason: error.reason,
      code: error.code,
      message: error.message,
      details: error.details,
    };
  }
  if (error.cause instanceof ZodError) {
    const issues = zodIssues(error.cause);
    const first = issues[0];
    const message = first ? `Invalid input: ${first.path}: ${first.message}` : 'Invalid input.';
    return { reason: 'INVALID_INPUT', code: 'BAD_REQUEST', message, details: { issues } };
  }
  switch (error.code) {
    case 'PARSE_ERROR':
      return {
        reason: 'INVALID_INPUT',
        code: 'PARSE_ERROR',
        message: 'The request body is not valid JSON.',
        details: {},
      };
    case 'BAD_REQUEST':
    case 'METHOD_NOT_SUPPORTED':
    case 'UNSUPPORTED_MEDIA_TYPE':
      return {
        reason: 'INVALID_INPUT',
        code: error.code,
        message: error.message || 'Bad request.',
        details: {},
      };
    case 'NOT_FOUND':
      return {
        reason: 'INVALID_INPUT',
        code: 'NOT_FOUND',
        message: 'No such procedure.',
        details: {},
      };
    case 'PAYLOAD_TOO_LARGE':
      return {
        reason: 'TOO_LARGE',
        code: 'PAYLOAD_TOO_LARGE',
        message: 'The request is too large.',
        details: {},
      };
  }
  const cause = error.cause ?? error;
  if (isDatabaseUnavailable(cause)) {
    const known = certainlyNotApplied(cause);
    return {
      reason: 'SERVICE_UNAVAILABLE',
      code: 'SERVICE_UNAVAILABLE',
      message: known
        ? 'The service is briefly unavailable: nothing was spent, try again in a few seconds.'
        : 'The service lost its database while answering: the request may or may not have taken effect.',
      details: known ? { retryAfter: 5 } : { retryAfter: 5, outcomeUnknown: true },
    };
  }
  return {
    reason: 'INTERNAL',
    code: 'INTERNAL_SERVER_ERROR',
    message: 'Internal error.',
    details: {},
  };
}
