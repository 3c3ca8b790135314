import { describe, expect, it } from 'vitest';
import { normalizeServerUrl, ServerUrlError } from './server-url';

describe('normalizeServerUrl', () => {
  it('keeps origin and base path, without trailing slashes', () => {
    expect(normalizeServerUrl(' https://once.example/base// ')).toBe('https://once.example/base');
    expect(normalizeServerUrl('http://localhost:8787/')).toBe('http://localhost:8787');
    expect(normalizeServerUrl('http://[::1]:9')).toBe('http://[::1]:9');
  });
  it.each([
    ['once.example', 'NOT_A_URL'],
    ['ftp://once.example', 'NOT_HTTP'],
    ['http://192.168.1.2', 'INSECURE'],
    ['https://once.example/?a=1', 'EXTRA_PARTS'],
    ['https://u:p@once.example', 'EXTRA_PARTS'],
  ] as const)('refuses %s (%s), naming where it came from', (input, problem) => {
    let err: unknown;
    try {
      normalizeServerUrl(input, '--server');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ServerUrlError);
    expect((err as ServerUrlError).problem).toBe(problem);
    expect((err as Error).message.startsWith('--server ')).toBe(true);
  });
});
