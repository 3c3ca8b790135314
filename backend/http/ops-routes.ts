// The operator's routes: /healthz (the process answers), /readyz (and its database does, and it
// is not draining), /metrics (Prometheus text, behind a bearer token when METRICS_TOKEN is set).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Metrics } from '../metrics';
import { BASE_HEADERS, sendJson, type Route } from './respond';

export interface OpsRoutesOptions {
  checkReady: () => Promise<boolean>;
  isDraining: () => boolean;
  /** Absent: no /metrics route (the path falls through like any other). */
  metrics?: Metrics;
  metricsToken?: string;
}

/** Constant-time comparison of a bearer token (hashes first, so lengths leak nothing either). */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1] ?? '';
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(token)) && given.length > 0;
}

export function createOpsRoutes(opts: OpsRoutesOptions): Route {
  const { metrics, metricsToken } = opts;
  return async function opsRoutes(req, res, url) {
    if (url.pathname === '/healthz') {
      sendJson(res, 200, { ok: true });
      return true;
    }
    if (url.pathname === '/readyz') {
      const ready = !opts.isDraining() && (await opts.checkReady());
      sendJson(res, ready ? 200 : 503, { ready });
      return true;
    }
    if (url.pathname === '/metrics' && metrics) {
      if (metricsToken && !bearerMatches(req.headers.authorization, metricsToken)) {
        sendJson(res, 401, { error: 'unauthorized' }, { 'www-authenticate': 'Bearer' });
        return true;
      }
      const { type, body } = await metrics.render();
      res.writeHead(200, { ...BASE_HEADERS, 'content-type': type });
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    }
    return false;
  };
}
