// The HTTP front: tRPC at /trpc, health at /healthz and /readyz, metrics at /metrics, and the
// recipient page (extraRoutes). Bodies are capped before they are read whole.
import { createHash, timingSafeEqual } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Metrics, Outcome } from '../metrics';
import { clientHint } from '../secrets/client-hint';
import type { SecretService } from '../secrets/service';
import { appRouter } from '../trpc/app-router';
import { classifyError } from '../trpc/classify-error';
import { clientIpResolver } from './client-ip';

export interface ServerDeps {
  config: Config;
  secrets: SecretService;
  log: Logger;
  /** True when the database answers. */
  checkReady: () => Promise<boolean>;
  /** Extra routes (the recipient page); return false when the path is not theirs. */
  extraRoutes?: (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;
  /** Request counts and latencies are recorded here, and served at /metrics. */
  metrics?: Metrics;
  /** How long a client may take to send its headers, and its whole request (tests shorten them). */
  timeouts?: HttpTimeouts;
}

export interface HttpTimeouts {
  headersMs?: number;
  requestMs?: number;
}

/** HSTS for two years, subdomains included: sent on every response when PUBLIC_URL is https. */
export const HSTS = 'max-age=63072000; includeSubDomains';

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
  if (path.startsWith('/assets/')) return '/assets/*';
  if (path.startsWith('/brand/')) return '/brand/*';
  if (['/', '/healthz', '/readyz', '/metrics'].includes(path)) return path;
  return 'other';
}

/** Constant-time comparison of a bearer token (hashes first, so lengths leak nothing either). */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1] ?? '';
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(token)) && given.length > 0;
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
  const clientIp = clientIpResolver(config.TRUST_PROXY);
  const hsts = new URL(config.PUBLIC_URL).protocol === 'https:';
  /** The API error a request ended with, for its metrics (tRPC answers it without telling us). */
  const failures = new WeakMap<IncomingMessage, Outcome>();

  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    maxBodySize: limit,
    maxBatchSize: 10,
    createContext: ({ req }) => {
      const ip = clientIp(req);
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
    onError({ error, path, type, req }) {
      if (!failures.has(req)) failures.set(req, classifyError(error).reason);
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

  const headersTimeout = deps.timeouts?.headersMs ?? 10_000;
  const requestTimeout = deps.timeouts?.requestMs ?? 30_000;
  // Node checks those timeouts only every connectionsCheckingInterval (30 s by default), which
  // would let a stalled client hold its connection for up to 30 s past them.
  const connectionsCheckingInterval = Math.max(100, Math.min(headersTimeout, requestTimeout) / 2);
  const server = http.createServer({ connectionsCheckingInterval }, async (req, res) => {
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
        failures.get(req) ?? (status < 400 ? 'ok' : isTrpc ? 'INTERNAL' : `http_${status}`);
      deps.metrics?.request(label, outcome, ms / 1000);
    });
    if (draining) res.setHeader('connection', 'close');
    if (hsts) res.setHeader('strict-transport-security', HSTS);

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
        if (req.method !== 'GET' && req.method !== 'POST' && req.method !== 'HEAD') {
          // tRPC refuses most other methods with a 405 of its own, but throws an untyped error
          // (a 500) on some, such as TRACE: refuse them all here, typed.
          failures.set(req, 'INVALID_INPUT');
          return sendJson(
            res,
            405,
            trpcError(
              405,
              'METHOD_NOT_SUPPORTED',
              'INVALID_INPUT',
              'Use GET for queries and POST for mutations.',
            ),
            { allow: 'GET, POST' },
          );
        }
        if (draining) {
          failures.set(req, 'SERVICE_UNAVAILABLE');
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
          failures.set(req, 'TOO_LARGE');
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
      if (url.pathname === '/metrics' && deps.metrics) {
        if (
          config.METRICS_TOKEN &&
          !bearerMatches(req.headers.authorization, config.METRICS_TOKEN)
        ) {
          return sendJson(res, 401, { error: 'unauthorized' }, { 'www-authenticate': 'Bearer' });
        }
        const { type, body } = await deps.metrics.render();
        res.writeHead(200, { ...BASE_HEADERS, 'content-type': type });
        return void res.end(req.method === 'HEAD' ? undefined : body);
      }
      if (deps.extraRoutes && (await deps.extraRoutes(req, res))) return;
      sendJson(res, 404, { error: 'not found' });
    } catch (err) {
      log.error({ err: { message: (err as Error).message }, route: label }, 'unhandled');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    }
  });
  // Slow or stalled clients cannot hold a connection open forever.
  server.headersTimeout = headersTimeout;
  server.requestTimeout = requestTimeout;
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
