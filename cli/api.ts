// The tRPC client for one server, with a deadline on every request: an unreachable or stalled
// server becomes a NetworkError (exit 3), never a hang. The router is a type only.
import { createTRPCClient, httpLink, TRPCClientError, type TRPCLink } from '@trpc/client';
import { observable } from '@trpc/server/observable';
import type { AppRouter } from '../backend/trpc/app-router';
import { answeredFetch } from '../shared/fetch';
import { BadReply, UsageError } from './errors';
import { REPLY_SCHEMAS } from './schemas';

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

/**
 * Every reply checked against its schema (cli/schemas.ts) before a command sees it: a server
 * that is not oncelink, or a hostile one, cannot feed a command fields it does not expect
 * (escape sequences in an expiry, a negative count, a missing salt).
 */
const checkReplies: TRPCLink<AppRouter> =
  () =>
  ({ op, next }) =>
    observable((observer) =>
      next(op).subscribe({
        next(value) {
          const schema = REPLY_SCHEMAS[op.path];
          const checked = schema?.safeParse(value.result.data);
          if (checked?.success) {
            const result = { ...value.result, data: checked.data } as typeof value.result;
            observer.next({ ...value, result });
            return;
          }
          const issue = checked?.error.issues[0];
          const why = issue
            ? `${issue.path.map(String).join('.') || 'the reply'}: ${issue.message}`
            : 'no schema';
          observer.error(TRPCClientError.from(new BadReply(op.path, why)));
        },
        error: (err) => observer.error(err),
        complete: () => observer.complete(),
      }),
    );

export function apiFor(server: string, timeoutSeconds: number) {
  return createTRPCClient<AppRouter>({
    // Queries by POST too: a link proof never sits in a URL (docs/protocol.md#link-proof).
    links: [
      checkReplies,
      httpLink({
        url: `${server}/trpc`,
        fetch: fetchWithin(timeoutSeconds),
        methodOverride: 'POST',
      }),
    ],
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
