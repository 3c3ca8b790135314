// When to ask the server about pending shares again. Alarms, not timers: an MV3 service worker
// sleeps after ~30 s idle and its timers die with it; alarms wake it.
// Backoff: every minute while a share is young or something just changed (a recipient usually
// opens a link soon after it is sent), then doubling to at most 15 minutes; none at all once
// nothing is pending.
import { browser } from 'wxt/browser';

export const POLL_ALARM = 'status-poll';
export const MIN_DELAY_MINUTES = 1;
export const MAX_DELAY_MINUTES = 15;
/** A share this young keeps the fast pace. */
export const RECENT_MS = 15 * 60_000;

const DELAY_KEY = 'pollDelayMinutes';

export interface PollOutcome {
  /** Shares still worth polling after this round. */
  live: number;
  /** Some share's status changed in this round. */
  changed: boolean;
  /** Creation time (ms) of the youngest live share, or null. */
  newestLiveCreatedAt: number | null;
}

/** Minutes until the next poll, or null to stop polling. */
export function nextDelayMinutes(
  previous: number | null,
  o: PollOutcome,
  now: number,
): number | null {
  if (o.live === 0) return null;
  if (o.changed) return MIN_DELAY_MINUTES;
  if (o.newestLiveCreatedAt !== null && now - o.newestLiveCreatedAt < RECENT_MS) {
    return MIN_DELAY_MINUTES;
  }
  const doubled = (previous ?? MIN_DELAY_MINUTES) * 2;
  return Math.min(MAX_DELAY_MINUTES, Math.max(MIN_DELAY_MINUTES, doubled));
}

export async function currentDelayMinutes(): Promise<number | null> {
  const v = (await browser.storage.local.get(DELAY_KEY))[DELAY_KEY];
  return typeof v === 'number' && v > 0 ? v : null;
}

/** Sets (or with null, clears) the one poll alarm. */
export async function schedulePoll(delayMinutes: number | null): Promise<void> {
  if (delayMinutes === null) {
    await browser.alarms.clear(POLL_ALARM);
    await browser.storage.local.remove(DELAY_KEY);
    return;
  }
  await browser.alarms.create(POLL_ALARM, { delayInMinutes: delayMinutes });
  await browser.storage.local.set({ [DELAY_KEY]: delayMinutes });
}
