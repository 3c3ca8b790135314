// tRPC's standard Node adapter: serves every call, batches included. It answers errors itself,
// so its hooks (trpc-hooks.ts) note the reason for the metrics and log what went wrong.
import type { IncomingMessage } from 'node:http';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { appRouter } from '../trpc/app-router';
import type { Context } from '../trpc/init';
import type { Route } from './respond';
import type { TrpcHooks } from './trpc-hooks';

export interface TrpcAdapterOptions {
  createContext: (req: IncomingMessage) => Context;
  hooks: TrpcHooks;
  /** Largest body tRPC reads, counted as it streams (the API route refuses larger declared
   * lengths before). */
  maxBodySize: number;
  /** Take only these paths (the uploads, with their larger cap); unset: every request. */
  only?: ReadonlySet<string>;
}

export function createTrpcAdapter(opts: TrpcAdapterOptions): Route {
  const { hooks } = opts;
  const handler = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    maxBodySize: opts.maxBodySize,
    maxBatchSize: 10,
    // Queries by POST too: v2 clients send secret.peek's link proof in a body, never in a URL
    // that a proxy logs (docs/protocol.md#link-proof). Mutations still refuse GET.
    allowMethodOverride: true,
    createContext: ({ req }) => opts.createContext(req),
    responseMeta: ({ errors }) => ({ headers: hooks.headers(errors) }),
    onError: ({ error, path, type, req }) => hooks.onError({ error, path, type, req }),
  });
  const { only } = opts;
  return (req, res, url) => {
    if (only && !only.has(url.pathname)) return false;
    handler(req, res);
    return true;
  };
}
