// The tRPC client for one server. The router is imported as a type only, so no server code
// (and no zod) reaches the extension's bundles.
import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '../../backend/trpc/app-router';
import { answeredFetch } from '../../shared/fetch';

/** A server that does not answer within this is a NetworkError, said by shared/messages.ts. */
const TIMEOUT_MS = 20_000;

export function apiFor(server: string) {
  const fetch = answeredFetch({ timeoutMs: TIMEOUT_MS, credentials: 'omit' });
  return createTRPCClient<AppRouter>({ links: [httpLink({ url: `${server}/trpc`, fetch })] });
}

export type Api = ReturnType<typeof apiFor>;
