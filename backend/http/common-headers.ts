// Headers every answer carries, whatever route gives it: HSTS behind https, CORS for the callers
// we allow, and `connection: close` while draining so keep-alive clients move on.
import type { ServerResponse } from 'node:http';

/** HSTS for two years, subdomains included: sent on every response when PUBLIC_URL is https. */
export const HSTS = 'max-age=63072000; includeSubDomains';

/** Allowed cross-origin callers: browser extensions (the sender's client) and our own origin. */
function allowedOrigin(origin: string | undefined, publicUrl: string): string | null {
  if (!origin) return null;
  if (/^(chrome-extension|moz-extension):\/\/[a-z0-9-]+$/i.test(origin)) return origin;
  return origin === new URL(publicUrl).origin ? origin : null;
}

export function commonHeaders(publicUrl: string) {
  const hsts = new URL(publicUrl).protocol === 'https:';
  return (res: ServerResponse, draining: boolean) => {
    if (draining) res.setHeader('connection', 'close');
    if (hsts) res.setHeader('strict-transport-security', HSTS);
    const origin = allowedOrigin(res.req.headers.origin, publicUrl);
    if (origin) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'Origin');
    }
  };
}
