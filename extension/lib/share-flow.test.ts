import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseLink } from '../../shared/link';
import { DEFAULT_LIMITS, fakeServer } from '../../tests/support/extension/fake-server';
import { readLastResult } from './last-result';
import { POLL_ALARM } from './poll-schedule';
import { listSent } from './sent-store';
import { saveSettings } from './settings';
import { createAndRecordShare, InputError, type ShareRequest } from './share-flow';
import { DEFAULT_SHARE_OPTIONS } from '../../web/ui/share-options';

// The real protocol runs here, default Argon2id included (about half a second in Node).
const request: ShareRequest = {
  value: 'correct horse\nbattery staple',
  kind: 'text',
  options: { ...DEFAULT_SHARE_OPTIONS, maxViews: 2 },
  label: '  Wi-Fi  ',
};

describe('creating a share', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await saveSettings({ server: 'https://ex.ample/base', defaults: DEFAULT_SHARE_OPTIONS });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('uploads only ciphertext and verifier, and remembers no plaintext, link or passphrase', async () => {
    const calls = fakeServer((p, input) =>
      p === 'secret.create'
        ? { data: { id: (input as { id: string }).id, expiresAt: '2030-01-02T10:00:00.000Z' } }
        : undefined,
    );
    const result = await createAndRecordShare({ ...request, remember: true });

    // The server's limits first (config.get), then the create.
    expect(calls.map((c) => c.url)).toEqual([
      'https://ex.ample/base/trpc/config.get',
      'https://ex.ample/base/trpc/secret.create',
    ]);
    const sent = calls[1]!.input as Record<string, unknown>;
    expect(Object.keys(sent).sort()).toEqual([
      'ciphertext',
      'expiresIn',
      'id',
      'iv',
      'kdf',
      'linkVerifier',
      'manageHash',
      'maxAttempts',
      'maxViews',
      'salt',
      'verifier',
    ]);
    expect(sent).toMatchObject({ expiresIn: 86400, maxViews: 2, maxAttempts: 1 });
    expect(JSON.stringify(sent)).not.toContain('horse');

    expect(parseLink(result.link)).toMatchObject({
      publicUrl: 'https://ex.ample/base',
      id: result.id,
      version: 2,
    });
    expect(result.passphrase.split(' ')).toHaveLength(6);
    expect(result.label).toBe('Wi-Fi');

    const [share] = await listSent();
    expect(share).toMatchObject({ id: result.id, label: 'Wi-Fi', state: 'pending', maxViews: 2 });
    const local = JSON.stringify(await fakeBrowser.storage.local.get(null));
    for (const secret of ['horse', result.passphrase, result.link.split('#')[1]!]) {
      expect(local).not.toContain(secret);
    }
    expect((await fakeBrowser.alarms.get(POLL_ALARM))?.name).toBe(POLL_ALARM);
    // The popup's copy of the result is in memory-only session storage.
    expect(await readLastResult()).toEqual(result);
  });

  it('refuses empty secrets and bad options before any work', async () => {
    const calls = fakeServer(() => ({ data: null }));
    await expect(createAndRecordShare({ ...request, value: '' })).rejects.toThrow(InputError);
    await expect(
      createAndRecordShare({ ...request, options: { ...request.options, maxViews: 0 } }),
    ).rejects.toThrow('Views must be a whole number from 1 to 1000.');
    expect(calls).toEqual([]);
  });

  it('checks the size against the server’s own limit, before any key derivation', async () => {
    const limits = { ...DEFAULT_LIMITS, maxSecretBytes: 2048 };
    const calls = fakeServer((p) => (p === 'config.get' ? { data: limits } : undefined));
    await expect(
      createAndRecordShare({ ...request, value: 'x'.repeat(3000) }),
    ).rejects.toMatchObject({ code: 'TOO_LARGE' });
    expect(calls.map((c) => c.procedure)).toEqual(['config.get']);
  });

  it('records nothing when the server refuses', async () => {
    fakeServer((p) =>
      p === 'config.get'
        ? undefined
        : {
            status: 429,
            error: { code: 'TOO_MANY_REQUESTS', reason: 'RATE_LIMITED', retryAfter: 30 },
          },
    );
    await expect(createAndRecordShare(request)).rejects.toMatchObject({
      data: { reason: 'RATE_LIMITED' },
    });
    expect(await listSent()).toEqual([]);
    expect(await readLastResult()).toBeNull();
  });
});
