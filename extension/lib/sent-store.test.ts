import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addSent, effectiveState, listSent, needsPoll, removeSent } from './sent-store';
import { aShare } from '../../tests/support/extension/testkit';

describe('sent store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('lists newest first and removes by id', async () => {
    const [a, b] = [aShare(), aShare()];
    await addSent(a);
    await addSent(b);
    expect((await listSent()).map((s) => s.id)).toEqual([b.id, a.id]);
    expect(await removeSent(a.id)).toBe(true);
    expect(await removeSent(a.id)).toBe(false);
    expect((await listSent()).map((s) => s.id)).toEqual([b.id]);
  });

  it('applies concurrent updates one after the other, losing none', async () => {
    const shares = Array.from({ length: 20 }, () => aShare());
    await Promise.all(shares.map((s) => addSent(s)));
    expect(await listSent()).toHaveLength(20);
  });

  it('keeps no link, passphrase or plaintext: only what status and revoke need', async () => {
    await addSent(aShare({ label: 'wifi' }));
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(stored).not.toMatch(/link|passphrase|value|#/i);
  });

  it('treats a pending share past its expiry as expired, and polls it once more', () => {
    const share = aShare({ expiresAt: '2030-01-01T12:00:00.000Z' });
    expect(effectiveState(share, Date.parse('2030-01-01T11:00:00Z'))).toBe('pending');
    expect(effectiveState(share, Date.parse('2030-01-01T12:00:01Z'))).toBe('expired');
    expect(needsPoll(share)).toBe(true);
    expect(needsPoll({ ...share, checkedAt: '2030-01-01T11:59:00.000Z' })).toBe(true);
    expect(needsPoll({ ...share, checkedAt: '2030-01-01T12:00:30.000Z' })).toBe(false);
    expect(needsPoll({ ...share, state: 'viewed' })).toBe(false);
  });
});
