// The home page's tRPC client for its own origin: shares (create, status, revoke) and requests
// (create, status, read, revoke). The router is imported as a type only: no server code (and no
// zod) reaches the page's bundle. answeredFetch makes any lost answer a typed NetworkError, so
// shared/messages words it as for every client.
import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '../../backend/trpc/app-router';
import { answeredFetch } from '../../shared/fetch';

export function createHomeApi(origin: string) {
  const fetch = answeredFetch({ timeoutMs: 20_000, credentials: 'omit' });
  return createTRPCClient<AppRouter>({ links: [httpLink({ url: `${origin}/trpc`, fetch })] });
}

export type HomeApi = ReturnType<typeof createHomeApi>;
