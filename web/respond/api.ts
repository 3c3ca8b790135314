// The procedures the request page calls, through the typed tRPC client (the router is a type
// only). peek and answer are mutations: the link proof travels in the body, never in a URL.
import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '../../backend/trpc/app-router';
import { answeredFetch } from '../../shared/fetch';
import type { RequestAnswerInput } from '../../shared/request/schemas';
import { serverConfigVia } from '../../shared/server-config';

export function createRequestApi(origin: string) {
  const links = [httpLink({ url: `${origin}/trpc`, fetch: answeredFetch() })];
  const client = createTRPCClient<AppRouter>({ links });
  return {
    /** The encrypted note and the expiry; spends nothing. */
    peek: (id: string, linkProof: string) => client.request.peek.mutate({ id, linkProof }),
    /** Stores the sealed answer if the request still waits for one. */
    answer: (input: RequestAnswerInput) => client.request.answer.mutate(input),
    /** The server's limits (config.get), checked before an answer is sealed. */
    limits: () => serverConfigVia(() => client.config.get.query()),
  };
}

export type RequestApi = ReturnType<typeof createRequestApi>;
