import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { POLL_ALARM } from './poll-schedule';
import { addSent, listSent } from './sent-store';
import { pollAndSchedule, pollOnce, type StatusFetcher } from './status-poller';
import { aShare, statusOf } from '../../tests/support/extension/testkit';
import { noticeText } from './notices';
import { englishWords } from './words';

const at = '2030-01-01T10:30:00.000Z';

describe('status poller', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks each server about its pending shares, at most 100 tokens a call', async () => {
    const many = Array.from({ length: 150 }, () => aShare());
    const other = aShare({ server: 'https://two.example' });
    const done = aShare({ state: 'viewed' });
    for (const s of [...many, other, done]) await addSent(s);
    const fetcher = vi.fn<StatusFetcher>(async (_server, tokens) =>
      tokens.map(() => ({ state: 'unknown' as const })),
    );
    await pollOnce(fetcher);
    const calls = fetcher.mock.calls.map(([server, tokens]) => [server, tokens.length]);
    expect(calls.sort()).toEqual([
      ['https://one.example', 100],
      ['https://one.example', 50],
      ['https://two.example', 1],
    ]);
  });

  it('stores the new state and events, and announces the view', async () => {
    const share = aShare({ label: 'Wi-Fi' });
    await addSent(share);
    const events = [{ type: 'viewed' as const, at }];
    const result = await pollOnce(async () => [statusOf(share, 'viewed', events)]);
    expect(result).toMatchObject({ live: 0, changed: true, error: null });
    expect(result.notices.map((n) => noticeText(n, englishWords).title)).toEqual(['Secret viewed']);
    const [stored] = await listSent();
    expect(stored).toMatchObject({ state: 'viewed', viewsLeft: 0, events, notifiedViews: 1 });
    expect(stored!.checkedAt).not.toBeNull();
  });

  it('keeps the last known state when a server is down, and reports the error', async () => {
    const share = aShare();
    await addSent(share);
    const down = new TypeError('Failed to fetch');
    const result = await pollOnce(async () => Promise.reject(down));
    expect(result).toMatchObject({ live: 1, changed: false, error: down });
    expect((await listSent())[0]).toEqual(share);
  });

  it('schedules the next round while something is pending, and none after', async () => {
    const share = aShare({ createdAt: new Date().toISOString() });
    await addSent(share);
    await pollAndSchedule(async () => [statusOf(share, 'pending')]);
    expect((await fakeBrowser.alarms.get(POLL_ALARM))?.name).toBe(POLL_ALARM);
    await pollAndSchedule(async () => [statusOf(share, 'revoked')]);
    expect(await fakeBrowser.alarms.get(POLL_ALARM)).toBeUndefined();
  });

  it('shows a notification for a view, once', async () => {
    const share = aShare();
    await addSent(share);
    const viewed = async () => [statusOf(share, 'viewed', [{ type: 'viewed' as const, at }])];
    await pollAndSchedule(viewed);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([`viewed:${share.id}:1`]);
    await fakeBrowser.notifications.clear(`viewed:${share.id}:1`);
    await pollAndSchedule(viewed); // Not polled again (terminal), and nothing new to say anyway.
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });
});
