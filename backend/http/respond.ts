// How the HTTP front answers by itself (health, metrics, refusals, not found), and the route
// shape every part of it shares.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode } from '../../shared/errors';
import { noteOutcome } from './outcome';

/** A part of the front: answers the request and returns true, or returns false when not its. */
export type Route = (
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
) => boolean | Promise<boolean>;

export const BASE_HEADERS: Record<string, string> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, { ...BASE_HEADERS, 'content-type': 'application/json', ...extra });
  res.end(JSON.stringify(body));
}

/**
 * Refuses an API request before tRPC sees it, in tRPC's error shape (clients read `data.code`
 * and `data.reason` as from any procedure), and notes the reason for the request's metrics.
 */
export function refuse(
  res: ServerResponse,
  status: number,
  code: string,
  reason: ErrorCode,
  headers: Record<string, string> = {},
) {
  noteOutcome(res.req, reason);
  // The code as the message, as from any procedure (backend/trpc/init.ts): clients word it.
  const message = reason;
  const body = { error: { message, code: -32600, data: { code, httpStatus: status, reason } } };
  sendJson(res, status, body, headers);
}
