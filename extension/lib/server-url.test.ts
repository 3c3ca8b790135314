import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkServerHealth, normalizeServerUrl, originPattern, ServerUrlError } from './server-url';

describe('server URL', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('normalises to origin plus base path, without trailing slash', () => {
    expect(normalizeServerUrl(' https://ex.ample/ ')).toBe('https://ex.ample');
    expect(normalizeServerUrl('https://ex.ample/oncelink//')).toBe('https://ex.ample/oncelink');
    expect(normalizeServerUrl('http://localhost:8787')).toBe('http://localhost:8787');
    expect(normalizeServerUrl('http://127.0.0.1:9/')).toBe('http://127.0.0.1:9');
  });

  it('refuses what is not an https server (plain http only on this machine)', () => {
    for (const bad of [
      '',
      'ex.ample',
      'ftp://ex.ample',
      'http://ex.ample',
      'https://ex.ample/?a=1',
      'https://u:p@ex.ample',
    ]) {
      expect(() => normalizeServerUrl(bad), bad).toThrow(ServerUrlError);
    }
    expect(() => normalizeServerUrl('http://192.168.1.2')).toThrow(
      /must use https:\/\/ \(plain http is allowed only for localhost\)/,
    );
  });

  it('asks for the origin only', () => {
    expect(originPattern('https://ex.ample/oncelink')).toBe('https://ex.ample/*');
  });

  it('checks /healthz and says plainly when the server cannot be reached', async () => {
    const fetch = vi.fn(async (_url: string) => new Response('{"ok":true}'));
    vi.stubGlobal('fetch', fetch);
    await checkServerHealth('https://ex.ample/base');
    expect(fetch.mock.calls[0]![0]).toBe('https://ex.ample/base/healthz');

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(checkServerHealth('https://ex.ample')).rejects.toThrow(
      'Could not reach https://ex.ample. Check the address and that the server is running; nothing was saved.',
    );
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('nope', { status: 404 })),
    );
    await expect(checkServerHealth('https://ex.ample')).rejects.toThrow(
      /not as an oncelink server \(status 404\)/,
    );
  });
});
