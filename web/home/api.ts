// The home page's tRPC client for its own origin: shares (create, status, revoke) and requests
// (create, status, read, revoke). The router is imported as a type only: no server code (and no
// zod) reaches the page's bundle.
import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '../../backend/trpc/app-router';

export function createHomeApi(origin: string) {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${origin}/trpc`,
        fetch: (u, init) => fetch(u, { ...init, credentials: 'omit' }),
      }),
    ],
  });
}

export type HomeApi = ReturnType<typeof createHomeApi>;
