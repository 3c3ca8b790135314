// What both API paths (the standard adapter and the lean path) do around a call: the headers an
// answer carries, and what a failed call leaves behind (its reason for the metrics, a log line
// for internal errors; never the input).
import type { IncomingMessage } from 'node:http';
import type { TRPCError } from '@trpc/server';
import type { Logger } from 'pino';
import { classifyError } from '../trpc/classify-error';
import { noteOutcome } from './outcome';
import { BASE_HEADERS } from './respond';

export interface TrpcHooks {
  /** Headers of an answer with these errors (responseMeta): Retry-After when one says when. */
  headers(errors: TRPCError[]): Record<string, string>;
  onError(e: {
    error: TRPCError;
    path: string | undefined;
    type: string;
    req: IncomingMessage;
  }): void;
}

export function trpcHooks(log: Logger): TrpcHooks {
  return {
    headers(errors) {
      const headers: Record<string, string> = { ...BASE_HEADERS };
      const retryAfter = errors.map((e) => classifyError(e).details.retryAfter).find(Boolean);
      if (retryAfter) headers['retry-after'] = String(retryAfter);
      return headers;
    },
    onError({ error, path, type, req }) {
      noteOutcome(req, classifyError(error).reason);
      if (error.code === 'INTERNAL_SERVER_ERROR') {
        const cause = error.cause as { code?: string; message?: string } | undefined;
        log.error(
          { path, type, err: { code: cause?.code, message: cause?.message ?? error.message } },
          'request failed',
        );
      }
    },
  };
}
