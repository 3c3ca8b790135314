// tRPC's standard Node adapter: serves every call, batches included. It answers errors itself,
// so its hooks note the reason for the metrics and log what went wrong (never the input).
import type { IncomingMessage } from 'node:http';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type { Logger } from 'pino';
import { appRouter } from '../trpc/app-router';
import { classifyError } from '../trpc/classify-error';
import type { Context } from '../trpc/init';
import { noteOutcome } from './outcome';
import { BASE_HEADERS, type Route } from './respond';

export interface TrpcAdapterOptions {
  createContext: (req: IncomingMessage) => Context;
  log: Logger;
  /** Largest body tRPC reads (the API route refuses larger declared lengths before). */
  maxBodySize: number;
}

export function createTrpcAdapter(opts: TrpcAdapterOptions): Route {
  const { log } = opts;
  const handler = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    maxBodySize: opts.maxBodySize,
    maxBatchSize: 10,
    createContext: ({ req }) => opts.createContext(req),
    responseMeta({ errors }) {
      const headers: Record<string, string> = { ...BASE_HEADERS };
      const retryAfter = errors.map((e) => classifyError(e).details.retryAfter).find(Boolean);
      if (retryAfter) headers['retry-after'] = String(retryAfter);
      return { headers };
    },
    onError({ error, path, type, req }) {
      noteOutcome(req, classifyError(error).reason);
      // Never the input, never the request: only what went wrong and where.
      if (error.code === 'INTERNAL_SERVER_ERROR') {
        const cause = error.cause as { code?: string; message?: string } | undefined;
        log.error(
          { path, type, err: { code: cause?.code, message: cause?.message ?? error.message } },
          'request failed',
        );
      }
    },
  });
  return (req, res) => {
    handler(req, res);
    return true;
  };
}
