// The tRPC client for one server, with a deadline on every request: an unreachable or stalled
// server becomes a clear NETWORK failure (exit 3), never a hang. The router is a type only.
import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '../backend/trpc/app-router';
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

/** fetch's failure to reach `server` (refused, unresolvable, or no answer in time). */
export class Unreachable extends TypeError {
  override readonly name = 'Unreachable';
  constructor(
    readonly server: string,
    why: string,
    cause: unknown,
  ) {
    // "fetch failed" is what shared/messages.ts reads as NETWORK, as for Node's own error.
    super(`fetch failed: ${why}`, { cause });
  }
}

/** fetch with a deadline; any failure to get an answer becomes Unreachable. */
function fetchWithin(server: string, seconds: number): typeof fetch {
  return async (input, init) => {
    const deadline = AbortSignal.timeout(seconds * 1000);
    try {
      return await fetch(input, {
        ...init,
        signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline,
      });
    } catch (err) {
      if ((err as Error)?.name === 'TimeoutError') {
        throw new Unreachable(server, `no answer within ${seconds} s`, err);
      }
      if (err instanceof TypeError) throw new Unreachable(server, err.message, err);
      throw err;
    }
  };
}

export function apiFor(server: string, timeoutSeconds: number) {
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${server}/trpc`, fetch: fetchWithin(server, timeoutSeconds) })],
  });
}

export type Api = ReturnType<typeof apiFor>;

/**
 * The HTTP status of the server's /healthz (200 for an oncelink server); a NETWORK failure when
 * it does not answer. Asked before a person types a secret for nothing.
 */
export async function checkReachable(server: string, timeoutSeconds: number): Promise<number> {
  const res = await fetchWithin(server, timeoutSeconds)(`${server}/healthz`, { cache: 'no-store' });
  await res.arrayBuffer();
  return res.status;
}
