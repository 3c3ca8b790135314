// The tRPC client for one server. The router is imported as a type only, so no server code
// (and no zod) reaches the extension's bundles.
import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '../../backend/trpc/app-router';

const TIMEOUT_MS = 20_000;

/**
 * fetch with a deadline. A timeout surfaces as a network failure ("Failed to fetch"), which
 * shared/messages.ts turns into "Could not reach the server…", the truth from the user's side.
 */
async function fetchWithTimeout(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(input, {
      ...init,
      credentials: 'omit',
      signal: init?.signal
        ? AbortSignal.any([init.signal, AbortSignal.timeout(TIMEOUT_MS)])
        : AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    if ((err as Error)?.name === 'TimeoutError') {
      throw new TypeError('Failed to fetch: the server did not answer in time', { cause: err });
    }
    throw err;
  }
}

export function apiFor(server: string) {
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${server}/trpc`, fetch: fetchWithTimeout })],
  });
}

export type Api = ReturnType<typeof apiFor>;
