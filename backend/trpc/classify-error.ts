// Turns any error a request can meet into one shared error code, a tRPC code and the details a
// client words it with (shared/messages.ts): no sentence, and never anything of the internals.
import type { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { causesOf, type ErrorCode, type ErrorDetails } from '../../shared/errors';
import { AppError } from '../errors';

type TrpcCode = TRPCError['code'];

export interface Classified {
  reason: ErrorCode;
  code: TrpcCode;
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

/** node-postgres's own errors have no code, only these words: the one place text is read. */
export function isDatabaseUnavailable(err: unknown): boolean {
  return [...causesOf(err)].some((e) => {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (PG_UNAVAILABLE.test(code) || NET_UNAVAILABLE.has(code)))
      return true;
    if (e instanceof AggregateError && e.errors.some(isDatabaseUnavailable)) return true;
    return e instanceof Error && MSG_UNAVAILABLE.test(e.message);
  });
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
  return [...causesOf(err)].some((e) => {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NOT_APPLIED_CODES.has(code)) return true;
    if (e instanceof AggregateError && e.errors.every(certainlyNotApplied)) return true;
    return e instanceof Error && NOT_APPLIED_MSG.test(e.message);
  });
}

function zodIssues(err: ZodError): { path: string; message: string }[] {
  return err.issues
    .slice(0, 20)
    .map((i) => ({ path: i.path.join('.') || '(input)', message: i.message }));
}

/** The tRPC codes the adapter itself raises, to the shared code each is. */
const ADAPTER_REASONS: Partial<Record<TrpcCode, ErrorCode>> = {
  PARSE_ERROR: 'INVALID_INPUT',
  BAD_REQUEST: 'INVALID_INPUT',
  METHOD_NOT_SUPPORTED: 'INVALID_INPUT',
  UNSUPPORTED_MEDIA_TYPE: 'INVALID_INPUT',
  NOT_FOUND: 'INVALID_INPUT',
  PAYLOAD_TOO_LARGE: 'TOO_LARGE',
};

export function classifyError(error: TRPCError): Classified {
  if (error instanceof AppError) {
    return { reason: error.reason, code: error.code, details: error.details };
  }
  if (error.cause instanceof ZodError) {
    return {
      reason: 'INVALID_INPUT',
      code: 'BAD_REQUEST',
      details: { issues: zodIssues(error.cause) },
    };
  }
  const reason = ADAPTER_REASONS[error.code];
  if (reason) return { reason, code: error.code, details: {} };
  const cause = error.cause ?? error;
  if (isDatabaseUnavailable(cause)) {
    const known = certainlyNotApplied(cause);
    return {
      reason: 'SERVICE_UNAVAILABLE',
      code: 'SERVICE_UNAVAILABLE',
      details: known ? { retryAfter: 5 } : { retryAfter: 5, outcomeUnknown: true },
    };
  }
  return { reason: 'INTERNAL', code: 'INTERNAL_SERVER_ERROR', details: {} };
}
