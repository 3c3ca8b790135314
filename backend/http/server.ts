// The HTTP front: tRPC at /trpc, health at /healthz and /readyz, and (later) the recipient page.
// Bodies are capped before they are read whole; every response says no-store.
import { createHash } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { clientHint } from '../secrets/client-hint';
import type { SecretService } from '../secrets/service';
import { appRouter } from '../trpc/app-router';
import { classifyError } from '../trpc/classify-error';
import { clientIp } from './client-ip';

export interface ServerDeps {
  config: Config;
  secrets: SecretService;
  log: Logger;
  /** True when the database answers. */
  checkReady: () => Promise<boolean>;
  /** Extra routes (the recipient page); return false when the path is not theirs. */
  extraRoutes?: (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;
}

const BASE_HEADERS: Record<string, string> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** Allowed cross-origin callers: browser extensions (the sender's client) and our own origin. */
function allowedOrigin(origin: string | undefined, publicUrl: string): string | null {
  if (!origin) return null;
  if (/^(chrome-extension|moz-extension):\/\/[a-z0-9-]+$/i.test(origin)) return origin;
  return origin === new URL(publicUrl).origin ? origin : null;
}

export function maxBodyBytes(config: Config): number {
  // base64url of the largest ciphertext, plus room for the other fields and JSON.
  return Math.ceil(((config.MAX_SECRET_BYTES + 1024) * 4) / 3) + 16 * 1024;
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, { ...BASE_HEADERS, 'content-type': 'application/json', ...extra });
  res.end(JSON.stringify(body));
}

/** A tRPC-shaped error for requests refused before tRPC sees them. */
function trpcError(status: number, code: string, reason: string, message: string) {
  return { error: { message, code: -32600, data: { code, httpStatus: status, reason } } };
}

export function createHttpServer(deps: ServerDeps) {
  const { config, log } = deps;
  const limit = maxBodyBytes(config);
  let draining = false;

  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    maxBodySize: limit,
    maxBatchSize: 10,
    createContext: ({ req }) => {
      const ip = clientIp(req, config.TRUST_PROXY);
      return {
        secrets: deps.secrets,
        caller: {
          // Rate-limit rows hold a hash of the address, not the address.
          rateKey: createHash('sha256').update(ip).digest('base64url').slice(0, 22),
          hint: clientHint(req.headers['user-agent'], ip, config.EVENT_CLIENT_IP),
        },
      };
    },
    responseMeta({ errors }) {
      const headers: Record<string, string> = { ...BASE_HEADERS };
      const retryAfter = errors.map((e) => classifyError(e).details.retryAfter).find(Boolean);
      if (retryAfter) headers['retry-after'] = String(retryAfter);
      return { headers };
    },
    onError({ error, path, type }) {
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

  const server = http.createServer(async (req, res) => {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://local');
    const route = url.pathname.startsWith('/trpc/') ? url.pathname : routeName(url.pathname);
    res.on('finish', () => {
      log.info(
        {
          method: req.method,
          route,
          status: res.statusCode,
          ms: +(performance.now() - started).toFixed(1),
        },
        'request',
      );
    });
    if (draining) res.setHeader('connection', 'close');

    const origin = allowedOrigin(req.headers.origin, config.PUBLIC_URL);
    if (origin) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'Origin');
    }
    try {
      if (url.pathname.startsWith('/trpc/')) {
        if (req.method === 'OPTIONS') {
          res.writeHead(204, {
            ...BASE_HEADERS,
            'access-control-allow-methods': 'GET, POST',
            'access-control-allow-headers': 'content-type, trpc-accept',
            'access-control-max-age': '600',
          });
          return void res.end();
        }
        if (draining) {
          return sendJson(
            res,
            503,
            trpcError(
              503,
              'SERVICE_UNAVAILABLE',
              'SERVICE_UNAVAILABLE',
              'The server is restarting: try again.',
            ),
            { 'retry-after': '1' },
          );
        }
        const length = Number(req.headers['content-length'] ?? 0);
        if (length > limit) {
          // Refused from the header alone: the body is never read.
          res.setHeader('connection', 'close');
          return sendJson(
            res,
            413,
            trpcError(
              413,
              'PAYLOAD_TOO_LARGE',
              'TOO_LARGE',
              `The request is too large (limit ${limit} bytes).`,
            ),
          );
        }
        return trpc(req, res);
      }
      if (url.pathname === '/healthz') return sendJson(res, 200, { ok: true });
      if (url.pathname === '/readyz') {
        const ready = !draining && (await deps.checkReady());
        return sendJson(res, ready ? 200 : 503, { ready });
      }
      if (deps.extraRoutes && (await deps.extraRoutes(req, res))) return;
      sendJson(res, 404, { error: 'not found' });
    } catch (err) {
      log.error({ err: { message: (err as Error).message }, route }, 'unhandled');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    }
  });
  // Slow or stalled clients cannot hold a connection open forever.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;

  return {
    server,
    /** Stop taking requests, let in-flight ones finish (up to `graceMs`), then close. */
    async drain(graceMs: number): Promise<void> {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(timer);
    },
  };
}

function routeName(path: string): string {
  if (path.startsWith('/s/')) return '/s/:id';
  if (path === '/healthz' || path === '/readyz' || path === '/') return path;
  return 'other';
}
