// The procedures the recipient page calls, through the typed tRPC client. The router is
// imported as a type only: no server code reaches the page's bundle. Queries go by POST, so the
// link proof is never in a URL that a proxy could log (docs/protocol.md#link-proof).
import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '../../backend/trpc/app-router';
import { answeredFetch } from '../../shared/fetch';
import type { LinkAccess } from '../../shared/recipient';

export function createApi(origin: string) {
  const links = [
    httpLink({ url: `${origin}/trpc`, fetch: answeredFetch(), methodOverride: 'POST' }),
  ];
  const client = createTRPCClient<AppRouter>({ links });
  return {
    /** Spends nothing; the server records that the link was opened. */
    peek: (access: LinkAccess) => client.secret.peek.query(access),
    /** Spends a view (right authKey) or an attempt (wrong one), atomically on the server. */
    reveal: (access: LinkAccess, authKey: string, receipt: string) =>
      client.secret.reveal.mutate({ ...access, authKey, receipt }),
    /** Decrypted: the server may drop what it kept for a retry (docs/protocol.md#grace). */
    ack: (access: LinkAccess, receipt: string) => client.secret.ack.mutate({ ...access, receipt }),
  };
}

export type Api = ReturnType<typeof createApi>;
