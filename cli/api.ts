// The tRPC client for one server, with a deadline on every request: an unreachable or stalled
// server becomes a NetworkError (exit 3), never a hang. The router is a type only.
import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '../backend/trpc/app-router';
import { answeredFetch } from '../shared/fetch';
import { UsageError } from './errors';

export const DEFAULT_TIMEOUT_SECONDS = 20;

/** ONCELINK_TIMEOUT (seconds, 1–600) or the default. */
export function timeoutFrom(env: Record<string, string | undefined>): number {
  const raw = env.ONCELINK_TIMEOUT;
  if (raw === undefined || raw === '') return DEFAULT_TIMEOUT_SECONDS;
  if (!/^\d{1,3}$/.test(raw) || Number(raw) < 1 || Number(raw) > 600) {
    throw new UsageError('ONCELINK_TIMEOUT must be a whole number of seconds from 1 to 600');
  }
  return Number(raw);
}

/** fetch with a deadline; any failure to get an answer is a NetworkError (shared/fetch.ts). */
function fetchWithin(seconds: number): typeof fetch {
  return answeredFetch({ timeoutMs: seconds * 1000 });
}

export function apiFor(server: string, timeoutSeconds: number) {
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${server}/trpc`, fetch: fetchWithin(timeoutSeconds) })],
  });
}

export type Api = ReturnType<typeof apiFor>;

/**
 * The HTTP status of the server's /healthz (200 for an oncelink server); a NETWORK failure when
 * it does not answer. Asked before a person types a secret for nothing.
 */
export async function checkReachable(server: string, timeoutSeconds: number): Promise<number> {
  const res = await fetchWithin(timeoutSeconds)(`${server}/healthz`, { cache: 'no-store' });
  await res.arrayBuffer();
  return res.status;
}
