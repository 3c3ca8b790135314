// The HTTP front: tRPC at /trpc, health at /healthz and /readyz, metrics at /metrics, and the
// recipient page (extraRoutes). Each part is a Route of its own file; this one puts them in
// order under the request log, and owns the server's timeouts and its draining.
import http from 'node:http';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Metrics } from '../metrics';
import type { RequestService } from '../requests/service';
import type { SecretService } from '../secrets/service';
import { createApiContext } from './api-context';
import { createApiRoute } from './api-route';
import { commonHeaders } from './common-headers';
import { createOpsRoutes } from './ops-routes';
import { withRequestLog } from './request-log';
import { sendJson, type Route } from './respond';
import { appRouter } from '../trpc/app-router';
import { createTrpcAdapter } from './trpc-adapter';
import { trpcHooks } from './trpc-hooks';
import { createLeanTrpc } from './trpc-lean';
import { maxUploadBytes } from '../../shared/upload';

export { HSTS } from './common-headers';

export interface ServerDeps {
  config: Config;
  secrets: SecretService;
  requests: RequestService;
  log: Logger;
  /** True when the database answers. */
  checkReady: () => Promise<boolean>;
  /** Extra routes (the recipient page); return false when the path is not theirs. */
  extraRoutes?: Route;
  /** Request counts and latencies are recorded here, and served at /metrics. */
  metrics?: Metrics;
  /** How long a client may take to send its headers, and its whole request (tests shorten them). */
  timeouts?: HttpTimeouts;
  /** Which API paths serve calls: single JSON calls on the lean path, the rest on tRPC's
   * adapter (the default); tests compare the lean path alone with the adapter alone. */
  apiPaths?: ApiPaths;
}

export type ApiPaths = 'lean+standard' | 'standard' | 'lean';

export interface HttpTimeouts {
  headersMs?: number;
  requestMs?: number;
}

export function maxBodyBytes(config: Config): number {
  // base64url of the largest ciphertext, plus room for the other fields and JSON.
  return Math.ceil(((config.MAX_SECRET_BYTES + 1024) * 4) / 3) + 16 * 1024;
}

/** The procedures that take a binary body (docs/protocol.md#upload), and their body cap. */
export const UPLOAD_PATHS: ReadonlySet<string> = new Set(['/trpc/secret.upload']);

export function maxUploadBodyBytes(config: Config): number {
  return maxUploadBytes(config.MAX_FILE_BYTES);
}

function apiHandlers(
  paths: ApiPaths,
  make: { lean: () => Route; upload: () => Route; standard: () => Route },
) {
  if (paths === 'lean') return [make.lean()];
  // Uploads go to an adapter of their own, whose cap is theirs; every other body keeps its own.
  if (paths === 'standard') return [make.upload(), make.standard()];
  return [make.lean(), make.upload(), make.standard()];
}

export function createHttpServer(deps: ServerDeps) {
  const { config, log } = deps;
  const limit = maxBodyBytes(config);
  const uploadLimit = Math.max(limit, maxUploadBodyBytes(config));
  let draining = false;
  const isDraining = () => draining;
  const setCommonHeaders = commonHeaders(config.PUBLIC_URL);
  const createContext = createApiContext(config, {
    secrets: deps.secrets,
    requests: deps.requests,
  });
  const hooks = trpcHooks(log);
  const routes: Route[] = [
    createApiRoute({
      limit,
      limits: new Map([...UPLOAD_PATHS].map((p) => [p, uploadLimit])),
      isDraining,
      handlers: apiHandlers(deps.apiPaths ?? 'lean+standard', {
        lean: () => createLeanTrpc({ router: appRouter, createContext, hooks }),
        upload: () =>
          createTrpcAdapter({ createContext, hooks, maxBodySize: uploadLimit, only: UPLOAD_PATHS }),
        standard: () => createTrpcAdapter({ createContext, hooks, maxBodySize: limit }),
      }),
    }),
    createOpsRoutes({
      checkReady: deps.checkReady,
      isDraining,
      metrics: deps.metrics,
      metricsToken: config.METRICS_TOKEN,
    }),
    ...(deps.extraRoutes ? [deps.extraRoutes] : []),
  ];

  const handle = withRequestLog(log, deps.metrics, async (req, res, url, label) => {
    setCommonHeaders(res, draining);
    try {
      for (const route of routes) if (await route(req, res, url)) return;
      sendJson(res, 404, { error: 'not found' });
    } catch (err) {
      log.error({ err: { message: (err as Error).message }, route: label }, 'unhandled');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    }
  });

  const headersTimeout = deps.timeouts?.headersMs ?? 10_000;
  const requestTimeout = deps.timeouts?.requestMs ?? 30_000;
  // Node checks those timeouts only every connectionsCheckingInterval (30 s by default), which
  // would let a stalled client hold its connection for up to 30 s past them.
  const connectionsCheckingInterval = Math.max(100, Math.min(headersTimeout, requestTimeout) / 2);
  const server = http.createServer({ connectionsCheckingInterval }, handle);
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
