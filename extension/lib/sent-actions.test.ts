import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetSent, revokeSent } from './sent-actions';
import { addSent, listSent } from './sent-store';
import { aShare, statusOf } from '../../tests/support/extension/testkit';

describe('sent actions', () => {
  beforeEach(() => fakeBrowser.reset());

  it('revokes with the manage token and stores the server account', async () => {
    const share = aShare();
    await addSent(share);
    const revoke = vi.fn(async () => ({ state: 'revoked' as const }));
    const events = [{ type: 'revoked' as const, at: '2030-01-01T10:10:00.000Z' }];
    const state = await revokeSent(
      share.id,
      async () => [statusOf(share, 'revoked', events)],
      revoke,
    );
    expect(state).toBe('revoked');
    expect(revoke).toHaveBeenCalledWith(share.server, share.manageToken);
    expect((await listSent())[0]).toMatchObject({ state: 'revoked', events });
  });

  it('still records the revocation when the status call fails', async () => {
    const share = aShare();
    await addSent(share);
    await revokeSent(
      share.id,
      async () => Promise.reject(new Error('down')),
      async () => ({ state: 'revoked' }),
    );
    expect((await listSent())[0]).toMatchObject({ state: 'revoked' });
    expect((await listSent())[0]!.endedAt).not.toBeNull();
  });

  it('forgets a share locally only', async () => {
    const share = aShare();
    await addSent(share);
    expect(await forgetSent(share.id)).toBe(true);
    expect(await listSent()).toEqual([]);
    expect(await revokeSent(share.id)).toBe('unknown');
  });
});
