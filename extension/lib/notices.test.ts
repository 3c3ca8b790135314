import { describe, expect, it } from 'vitest';
import { takeNotices } from './notices';
import { aShare } from '../../tests/support/extension/testkit';

const viewed = { type: 'viewed' as const, at: '2030-01-01T10:30:00.000Z' };

describe('notices', () => {
  it('announces a view once', () => {
    const first = takeNotices(
      aShare({ label: 'Wi-Fi', state: 'viewed', viewsLeft: 0, events: [viewed] }),
    );
    expect(first.notices).toEqual([
      expect.objectContaining({
        title: 'Secret viewed',
        message: '“Wi-Fi” was opened with the passphrase and is now gone.',
      }),
    ]);
    expect(takeNotices(first.share).notices).toEqual([]);
  });

  it('announces each view of a multi-view share, with the views left', () => {
    const share = aShare({ maxViews: 3, viewsLeft: 2, events: [viewed] });
    const one = takeNotices(share);
    expect(one.notices[0]!.message).toBe(
      'A secret you shared was opened with the passphrase (2 views left).',
    );
    const two = takeNotices({ ...one.share, viewsLeft: 1, events: [viewed, viewed] });
    expect(two.notices).toHaveLength(1);
    expect(two.notices[0]!.id).not.toBe(one.notices[0]!.id);
  });

  it('announces destruction once, and says nothing of expiry or revocation', () => {
    const destroyed = takeNotices(aShare({ state: 'destroyed' }));
    expect(destroyed.notices.map((n) => n.title)).toEqual(['Secret destroyed']);
    expect(takeNotices(destroyed.share).notices).toEqual([]);
    expect(takeNotices(aShare({ state: 'expired' })).notices).toEqual([]);
    expect(takeNotices(aShare({ state: 'revoked' })).notices).toEqual([]);
  });
});
