// One alarm that wakes the background when something kept in storage.session is due to go (the
// popup's last result, a stashed selection): session storage lives as long as the browser, so
// "kept for ten minutes" needs someone to delete it at ten minutes, not at the next read.
import { browser } from 'wxt/browser';

export const SWEEP_ALARM = 'session-sweep';

/** Makes sure the sweep alarm fires by `when` (an earlier alarm already set is kept). */
export async function sweepBy(when: number): Promise<void> {
  const set = await browser.alarms.get(SWEEP_ALARM);
  if (set && set.scheduledTime <= when) return;
  await browser.alarms.create(SWEEP_ALARM, { when });
}
