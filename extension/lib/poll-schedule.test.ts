import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MAX_DELAY_MINUTES,
  POLL_ALARM,
  RECENT_MS,
  currentDelayMinutes,
  nextDelayMinutes,
  schedulePoll,
} from './poll-schedule';

const NOW = Date.parse('2030-01-01T12:00:00Z');
const old = NOW - RECENT_MS - 1;

describe('poll schedule', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stops when nothing is pending', () => {
    expect(
      nextDelayMinutes(4, { live: 0, changed: true, newestLiveCreatedAt: null }, NOW),
    ).toBeNull();
  });

  it('polls every minute while a share is young or something changed', () => {
    expect(
      nextDelayMinutes(8, { live: 1, changed: false, newestLiveCreatedAt: NOW - 60_000 }, NOW),
    ).toBe(1);
    expect(nextDelayMinutes(8, { live: 1, changed: true, newestLiveCreatedAt: old }, NOW)).toBe(1);
  });

  it('backs off by doubling to at most 15 minutes', () => {
    const quiet = { live: 2, changed: false, newestLiveCreatedAt: old };
    const delays: number[] = [];
    let d: number | null = null;
    for (let i = 0; i < 6; i++) delays.push((d = nextDelayMinutes(d, quiet, NOW)!));
    expect(delays).toEqual([2, 4, 8, 15, 15, 15]);
    expect(Math.max(...delays)).toBe(MAX_DELAY_MINUTES);
  });

  it('keeps one alarm, and clears it with the stored delay', async () => {
    await schedulePoll(4);
    await schedulePoll(2);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => a.name)).toEqual([POLL_ALARM]);
    expect(await currentDelayMinutes()).toBe(2);
    await schedulePoll(null);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(await currentDelayMinutes()).toBeNull();
  });
});
