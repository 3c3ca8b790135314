// The API error a request ended with, for its metrics. tRPC answers its errors without telling
// the request log, so whoever fails or refuses a request notes the reason here, keyed by the
// request (a WeakMap: it goes when the request does).
import type { IncomingMessage } from 'node:http';
import type { Outcome } from '../metrics';

const outcomes = new WeakMap<IncomingMessage, Outcome>();

/** The first reason noted for a request stands (a batch may fail several ways). */
export function noteOutcome(req: IncomingMessage, outcome: Outcome): void {
  if (!outcomes.has(req)) outcomes.set(req, outcome);
}

export function notedOutcome(req: IncomingMessage): Outcome | undefined {
  return outcomes.get(req);
}
