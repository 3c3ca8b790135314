// Deletes what storage.session holds past its time (the popup's last result: link and
// passphrase; stashed selections: the text to share), then sets the sweep alarm for the next
// item due. The background runs it when the alarm fires and each time it starts, so nothing
// outlives its time by more than the alarm's granularity (30 s in Chromium), even if the popup
// is never opened again.
import { browser } from 'wxt/browser';
import { sweepLastResult } from './last-result';
import { sweepSelections } from './selection-stash';
import { SWEEP_ALARM } from './sweep-alarm';

export async function sweepSession(now = Date.now()): Promise<void> {
  const due = [await sweepLastResult(now), await sweepSelections(now)].filter(
    (t): t is number => t !== null,
  );
  await browser.alarms.clear(SWEEP_ALARM);
  if (due.length > 0) await browser.alarms.create(SWEEP_ALARM, { when: Math.min(...due) });
}
