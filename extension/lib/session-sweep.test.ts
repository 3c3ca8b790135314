// What storage.session keeps (the popup's last result: link and passphrase; stashed selections)
// is deleted when its time is up by the sweep alarm and at the worker's start, not only when
// next read.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { aResult } from '../../tests/support/extension/testkit';
import { SWEEP_ALARM } from './sweep-alarm';

const result = aResult();
const sel = { text: 'the text to share', lossy: false };
const t0 = Date.parse('2030-01-01T10:00:00Z');
const MIN = 60_000;

async function modules() {
  return {
    ...(await import('./last-result')),
    ...(await import('./selection-stash')),
    ...(await import('./session-sweep')),
  };
}

describe('session sweep', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules(); // A fresh module is a fresh service worker.
  });

  it('sets the alarm for the first item due when something is kept', async () => {
    const m = await modules();
    await m.stashSelection(sel, t0); // due at 5 min
    expect((await fakeBrowser.alarms.get(SWEEP_ALARM))?.scheduledTime).toBe(t0 + 5 * MIN + 1);
    await m.keepLastResult(result, t0); // due at 10 min: the earlier alarm stays
    expect((await fakeBrowser.alarms.get(SWEEP_ALARM))?.scheduledTime).toBe(t0 + 5 * MIN + 1);
  });

  it('deletes each item when its time is up, unread, and re-arms for the next', async () => {
    const m = await modules();
    await m.keepLastResult(result, t0);
    await m.stashSelection(sel, t0 + MIN);
    await m.sweepSession(t0 + 6 * MIN + 1); // the selection's time is up, the result's is not
    const left = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(left)).toEqual([m.LAST_RESULT_KEY]);
    expect((await fakeBrowser.alarms.get(SWEEP_ALARM))?.scheduledTime).toBe(t0 + 10 * MIN + 1);

    await m.sweepSession(t0 + 10 * MIN + 1);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.alarms.get(SWEEP_ALARM)).toBeUndefined();
  });

  it('runs when the alarm fires and when the background starts', async () => {
    const m = await modules();
    await m.keepLastResult(result, Date.now() - 11 * MIN);
    await m.stashSelection(sel, Date.now() - 6 * MIN);
    // The worker starting again (after idling, or the browser restarting) finds them expired.
    vi.resetModules();
    // Listeners the fake browser does not implement, and this test does not need.
    for (const event of [
      fakeBrowser.contextMenus.onClicked,
      fakeBrowser.commands.onCommand,
      fakeBrowser.notifications.onClicked,
    ]) {
      vi.spyOn(event, 'addListener').mockImplementation(() => {});
    }
    const { default: background } = await import('../entrypoints/background');
    background.main();
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get(null)).toEqual({}));

    await m.keepLastResult(result, Date.now() - 11 * MIN);
    const alarm = { name: SWEEP_ALARM, scheduledTime: Date.now(), persistAcrossSessions: false };
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get(null)).toEqual({}));
  });
});
