import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NetworkError, ProtocolError } from '../../shared/errors';
import type { BridgeRequest } from './bridge';
import { failureOf, handleRequest } from './bridge-handler';
import { fakeServer } from '../../tests/support/extension/fake-server';
import { DEFAULT_SHARE_OPTIONS } from '../../web/ui/share-options';
import { InputError } from './share-flow';

describe('bridge handler', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.unstubAllGlobals());

  it('says what to do for each failure a sender can meet', () => {
    const lost = (procedure: string) => new NetworkError({ server: 'https://x', procedure });
    expect(failureOf(lost('secret.create')).message).toBe(
      'Could not reach the server. Check your connection and try again: nothing was spent.',
    );
    // Reading an answer burns it: a lost answer to that never says nothing was spent.
    expect(failureOf(lost('request.read')).message).toMatch(/may or may not have been read/);
    expect(failureOf({ data: { reason: 'RATE_LIMITED', retryAfter: 30 } }).message).toBe(
      'Too many requests. Try again in 30 seconds.',
    );
    expect(failureOf(new ProtocolError('TOO_LARGE', 'x')).message).toMatch(/too large.*Shorten it/);
    expect(failureOf({ data: { reason: 'TOO_LARGE', limit: 65536 } }).message).toContain('64 KiB');
    expect(failureOf(new InputError('Views must be…'))).toEqual({
      code: 'INVALID_SETTINGS',
      message: 'Views must be…',
    });
  });

  it('answers a failed create with the message, not an exception', async () => {
    fakeServer((p) =>
      p === 'config.get'
        ? undefined
        : {
            status: 503,
            error: { code: 'SERVICE_UNAVAILABLE', reason: 'SERVICE_UNAVAILABLE', retryAfter: 1 },
          },
    );
    const reply = await handleRequest({
      type: 'share.create',
      request: { value: 'x', kind: 'text', options: DEFAULT_SHARE_OPTIONS, label: '' },
    });
    expect(reply).toEqual({
      ok: false,
      failure: {
        code: 'SERVICE_UNAVAILABLE',
        message:
          'The server is briefly unavailable. Nothing was spent: try again in a few seconds.',
      },
    });
  });

  it('refuses unknown requests', async () => {
    const reply = await handleRequest({ type: 'nope' } as unknown as BridgeRequest);
    expect(reply).toMatchObject({ ok: false, failure: { code: 'UNKNOWN_REQUEST' } });
  });
});
