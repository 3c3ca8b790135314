// The two procedures the recipient page calls, through the typed tRPC client. The router is
// imported as a type only: no server code reaches the page's bundle.
import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '../../backend/trpc/app-router';
import { answeredFetch } from '../../shared/fetch';

export function createApi(origin: string) {
  const links = [httpLink({ url: `${origin}/trpc`, fetch: answeredFetch() })];
  const client = createTRPCClient<AppRouter>({ links });
  return {
    /** Spends nothing; the server records that the link was opened. */
    peek: (id: string) => client.secret.peek.query({ id }),
    /** Spends a view (right authKey) or an attempt (wrong one), atomically on the server. */
    reveal: (id: string, authKey: string) => client.secret.reveal.mutate({ id, authKey }),
  };
}

export type Api = ReturnType<typeof createApi>;
