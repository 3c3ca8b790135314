// One log line and one metric per request, written when its answer has gone out. Route labels
// are a fixed vocabulary (procedure names, route names): never an id or anything a client chose.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Metrics, Outcome } from '../metrics';
import { appRouter } from '../trpc/app-router';
import { notedOutcome } from './outcome';

/** The API's procedures: the only tRPC names that become metric labels (never raw paths). */
const PROCEDURES = new Set(Object.keys(appRouter._def.procedures));

/** A fixed label for a request's route: no ids, nothing a client chose. */
export function routeLabel(path: string): string {
  if (path.startsWith('/trpc/')) {
    const name = path.slice('/trpc/'.length);
    if (PROCEDURES.has(name)) return name;
    return name.includes(',') ? 'trpc-batch' : 'trpc-unknown';
  }
  if (path.startsWith('/s/')) return '/s/:id';
  if (path.startsWith('/r/')) return '/r/:id';
  if (path.startsWith('/assets/')) return '/assets/*';
  if (path.startsWith('/brand/')) return '/brand/*';
  if (['/', '/healthz', '/readyz', '/metrics'].includes(path)) return path;
  return 'other';
}

export type LoggedHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  label: string,
) => Promise<void>;

export function withRequestLog(log: Logger, metrics: Metrics | undefined, handle: LoggedHandler) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://local');
    const isTrpc = url.pathname.startsWith('/trpc/');
    const label = req.method === 'OPTIONS' && isTrpc ? 'cors-preflight' : routeLabel(url.pathname);
    res.on('finish', () => {
      const ms = performance.now() - started;
      const status = res.statusCode;
      log.info(
        {
          method: req.method,
          route: isTrpc ? `/trpc/${label}` : label,
          status,
          ms: +ms.toFixed(1),
        },
        'request',
      );
      const outcome: Outcome =
        notedOutcome(req) ?? (status < 400 ? 'ok' : isTrpc ? 'INTERNAL' : `http_${status}`);
      metrics?.request(label, outcome, ms / 1000);
    });
    return handle(req, res, url, label);
  };
}
