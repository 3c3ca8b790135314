// One round of status polling: ask each server about its pending shares (≤100 tokens a call,
// the API's cap), store what changed, announce views and destructions, and schedule the next
// round with backoff. Views never write the list; they watch storage and ask for a round.
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
import { pollRequests } from './request-flow';
import { fetchDue } from './status-fetch';
import { applyStatus, needsPoll } from '../../web/lib/status';
import { listSent, updateSent, type SentShare } from './sent-store';

export { applyStatus } from '../../web/lib/status';

export type StatusFetcher = (server: string, manageTokens: string[]) => Promise<StatusEntry[]>;

export const fetchStatuses: StatusFetcher = async (server, manageTokens) =>
  (await apiFor(server).secret.status.mutate({ manageTokens })).secrets;

function changedBetween(a: SentShare, b: SentShare): boolean {
  return a.state !== b.state || a.events.length !== b.events.length;
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

/** Shares and requests together: polling goes on while either has something live. */
function merge(a: PollResult, b: PollResult): PollResult {
  const newest = [a.newestLiveCreatedAt, b.newestLiveCreatedAt].filter((n) => n !== null);
  return {
    live: a.live + b.live,
    changed: a.changed || b.changed,
    newestLiveCreatedAt: newest.length ? Math.max(...newest) : null,
    error: a.error ?? b.error,
    notices: [...a.notices, ...b.notices],
  };
}

/** A full round: poll, notify, schedule the next one (or none). Never throws. */
export async function pollAndSchedule(fetcher?: StatusFetcher): Promise<PollResult | null> {
  try {
    const result = merge(await pollOnce(fetcher), await pollRequests());
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
