// What a status answer does to a share or a request this browser follows, and which of them are
// still worth asking about. Pure, and the same for the extension's background and the home page.
import type { StatusEntry } from '../../shared/schemas';
import type { RequestStatusEntry } from '../../shared/request/schemas';
import { MAX_LABEL_CHARS } from '../../shared/limits';
import type { SentRequestView, SentShareView, ShareRequest } from '../ui/clients';

/** A share as a store keeps it: what the list shows, plus what only polling needs. */
export interface TrackedShare extends SentShareView {
  attemptsLeft: number;
  /** When the server last answered for this share; null until the first poll. */
  checkedAt: string | null;
}

export interface TrackedRequest extends SentRequestView {
  checkedAt: string | null;
}

/** The share as the server now describes it; `checkedAt` is when we asked. */
export function applyStatus<S extends TrackedShare>(
  share: S,
  entry: StatusEntry,
  checkedAt: string,
): S {
  if (entry.state === 'unknown') return { ...share, state: 'unknown', checkedAt };
  return {
    ...share,
    state: entry.state,
    expiresAt: entry.expiresAt,
    endedAt: entry.endedAt,
    viewsLeft: entry.viewsLeft,
    attemptsLeft: entry.attemptsLeft,
    events: entry.events,
    checkedAt,
  };
}

/**
 * Shares whose status can still change: the server last said pending, and we have not asked
 * since the expiry (one poll after it fetches the final state and any last-minute view).
 */
export function needsPoll(share: TrackedShare): boolean {
  if (share.state !== 'pending') return false;
  return share.checkedAt === null || Date.parse(share.checkedAt) <= Date.parse(share.expiresAt);
}

/** The request as the server now describes it. */
export function applyRequestStatus<R extends TrackedRequest>(
  r: R,
  e: RequestStatusEntry,
  checkedAt: string,
): R {
  if (e.state === 'unknown') return { ...r, state: 'unknown', checkedAt };
  const { state, expiresAt, answeredAt, endedAt } = e;
  return { ...r, state, expiresAt, answeredAt, endedAt, checkedAt };
}

/** Requests whose state can still change without us: waiting or answered, not yet past expiry. */
export function requestNeedsPoll(r: TrackedRequest): boolean {
  if (r.state !== 'waiting' && r.state !== 'answered') return false;
  return r.checkedAt === null || Date.parse(r.checkedAt) <= Date.parse(r.expiresAt);
}

/** States after which a request's key can decrypt nothing more. */
export const ENDED_REQUEST_STATES: readonly SentRequestView['state'][] = [
  'read',
  'expired',
  'revoked',
  'unknown',
];

/** A share just created, as both senders' stores first keep it: pending, nothing asked yet. */
export function freshShare(
  req: Pick<ShareRequest, 'kind' | 'label' | 'options'>,
  manageToken: string,
  stored: { id: string; expiresAt: string },
) {
  const { maxViews, maxAttempts } = req.options;
  const label = req.label.trim().slice(0, MAX_LABEL_CHARS);
  const { id, expiresAt } = stored; // only these: never whatever else an answer may hold
  const made = { id, expiresAt, label, kind: req.kind, manageToken, maxViews, maxAttempts };
  const unasked = { endedAt: null, events: [], checkedAt: null };
  const now = { createdAt: new Date().toISOString(), state: 'pending' as const };
  return { ...made, ...now, viewsLeft: maxViews, attemptsLeft: maxAttempts, ...unasked };
}

/** A request just made, as both senders' stores first keep it: waiting, nothing asked yet. */
export function freshRequest(
  r: Pick<TrackedRequest, 'id' | 'label' | 'expiresAt'> & { manageToken: string },
) {
  const unasked = { answeredAt: null, endedAt: null, checkedAt: null };
  return { ...r, createdAt: new Date().toISOString(), state: 'waiting' as const, ...unasked };
}
