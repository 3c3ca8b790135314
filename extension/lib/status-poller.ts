// One round of status polling: ask each server about its pending shares (≤100 tokens a call,
// the API's cap), store what changed, announce views and destructions, and schedule the next
// round with backoff. Views never write the list; they watch storage and ask for a round.
import { STATUS_BATCH_MAX } from '../../shared/limits';
import type { StatusEntry } from '../../shared/schemas';
import { apiFor } from './api';
import { takeNotices, showNotices, type Notice } from './notices';
import {
  MAX_DELAY_MINUTES,
  currentDelayMinutes,
  nextDelayMinutes,
  schedulePoll,
  type PollOutcome,
} from './poll-schedule';
import { listSent, needsPoll, updateSent, type SentShare } from './sent-store';

export type StatusFetcher = (server: string, manageTokens: string[]) => Promise<StatusEntry[]>;

export const fetchStatuses: StatusFetcher = async (server, manageTokens) =>
  (await apiFor(server).secret.status.mutate({ manageTokens })).secrets;

/** The share as the server now describes it; `checkedAt` is when we asked. */
export function applyStatus(share: SentShare, entry: StatusEntry, checkedAt: string): SentShare {
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

function changedBetween(a: SentShare, b: SentShare): boolean {
  return a.state !== b.state || a.events.length !== b.events.length;
}

/** Asks the servers about every share that needs it; tolerates a failing server. */
async function fetchDue(due: SentShare[], fetcher: StatusFetcher) {
  const byServer = new Map<string, SentShare[]>();
  for (const s of due) byServer.set(s.server, [...(byServer.get(s.server) ?? []), s]);
  const answers = new Map<string, StatusEntry>();
  let error: unknown = null;
  for (const [server, shares] of byServer) {
    for (let i = 0; i < shares.length; i += STATUS_BATCH_MAX) {
      const batch = shares.slice(i, i + STATUS_BATCH_MAX);
      try {
        const entries = await fetcher(
          server,
          batch.map((s) => s.manageToken),
        );
        // The API answers in input order.
        batch.forEach((s, j) => entries[j] && answers.set(s.id, entries[j]));
      } catch (err) {
        error ??= err; // Offline or the server is down: keep the last known state, try later.
      }
    }
  }
  return { answers, error };
}

export interface PollResult extends PollOutcome {
  /** The first failure of a status call, if any (the views show it). */
  error: unknown;
  notices: Notice[];
}

/** One round without scheduling; `now` is injectable for tests. */
export async function pollOnce(
  fetcher: StatusFetcher = fetchStatuses,
  now: () => number = Date.now,
): Promise<PollResult> {
  const { answers, error } = await fetchDue((await listSent()).filter(needsPoll), fetcher);
  const checkedAt = new Date(now()).toISOString();
  return updateSent((list) => {
    const notices: Notice[] = [];
    let changed = false;
    const next = list.map((share) => {
      const entry = answers.get(share.id);
      if (!entry) return share;
      const updated = takeNotices(applyStatus(share, entry, checkedAt));
      changed ||= changedBetween(share, updated.share);
      notices.push(...updated.notices);
      return updated.share;
    });
    const live = next.filter(needsPoll);
    const newest = live.length ? Math.max(...live.map((s) => Date.parse(s.createdAt))) : null;
    return {
      list: next,
      result: { live: live.length, changed, newestLiveCreatedAt: newest, error, notices },
    };
  });
}

/** A full round: poll, notify, schedule the next one (or none). Never throws. */
export async function pollAndSchedule(fetcher?: StatusFetcher): Promise<PollResult | null> {
  try {
    const result = await pollOnce(fetcher);
    await showNotices(result.notices).catch((err) => console.warn('notification failed', err));
    await schedulePoll(nextDelayMinutes(await currentDelayMinutes(), result, Date.now()));
    return result;
  } catch (err) {
    // Something local broke (storage?): keep polling, slowly, rather than stop for good.
    console.error('status poll failed', err);
    await schedulePoll(MAX_DELAY_MINUTES).catch(() => undefined);
    return null;
  }
}
