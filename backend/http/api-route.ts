// /trpc/*: what every API request passes before a procedure runs (CORS preflight, the methods
// tRPC answers, draining, the body cap), then the first API handler that takes it. The standard
// tRPC adapter comes last and takes everything; a cheaper path for the common single JSON call
// can stand before it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BASE_HEADERS, refuse, type Route } from './respond';

export interface ApiRouteOptions {
  /** Largest request body accepted, in bytes: refused from content-length alone above it. */
  limit: number;
  /** Larger limits of some paths (the file uploads). */
  limits?: ReadonlyMap<string, number>;
  isDraining: () => boolean;
  /** Tried in order; the last must take every request. */
  handlers: Route[];
}

export function createApiRoute(opts: ApiRouteOptions): Route {
  const { isDraining, handlers } = opts;
  return async function apiRoute(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (!url.pathname.startsWith('/trpc/')) return false;
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...BASE_HEADERS,
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers': 'content-type, trpc-accept',
        'access-control-max-age': '600',
      });
      res.end();
      return true;
    }
    if (req.method !== 'GET' && req.method !== 'POST' && req.method !== 'HEAD') {
      // tRPC refuses most other methods with a 405 of its own, but throws an untyped error
      // (a 500) on some, such as TRACE: refuse them all here, typed.
      refuse(res, 405, 'METHOD_NOT_SUPPORTED', 'INVALID_INPUT', { allow: 'GET, POST' });
      return true;
    }
    if (isDraining()) {
      refuse(res, 503, 'SERVICE_UNAVAILABLE', 'SERVICE_UNAVAILABLE', { 'retry-after': '1' });
      return true;
    }
    const limit = opts.limits?.get(url.pathname) ?? opts.limit;
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      // Refused from the header alone: the body is never read.
      res.setHeader('connection', 'close');
      refuse(res, 413, 'PAYLOAD_TOO_LARGE', 'TOO_LARGE');
      return true;
    }
    for (const handle of handlers) if (await handle(req, res, url)) return true;
    return false;
  };
}
