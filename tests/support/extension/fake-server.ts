// A stand-in for the backend at the fetch level, answering tRPC the way the real server does
// (plain JSON, no batching), so the extension's real tRPC client is under test.
import { vi } from 'vitest';
import { EXPIRY, FILE_BYTES, SECRET_BYTES, VIEWS } from '../../../shared/limits';

/** What config.get answers unless `answer` says otherwise: a server with the defaults. */
export const DEFAULT_LIMITS = {
  maxSecretBytes: SECRET_BYTES.default,
  maxFileBytes: FILE_BYTES.default,
  maxExpiry: EXPIRY.max,
  maxViews: VIEWS.max,
};

export type Answer = { status?: number; data?: unknown; error?: Record<string, unknown> };

/**
 * Stubs global fetch; `answer(procedure, input)` decides each reply (config.get: the defaults
 * when it returns undefined). Returns the calls made.
 */
export function fakeServer(answer: (procedure: string, input: unknown) => Answer | undefined) {
  const calls: { url: string; procedure: string; input: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string | URL, init?: RequestInit) => {
      const u = new URL(String(url));
      const procedure = u.pathname.split('/').pop()!;
      const input = init?.body ? JSON.parse(String(init.body)) : null;
      calls.push({ url: u.origin + u.pathname, procedure, input });
      const a =
        answer(procedure, input) ??
        (procedure === 'config.get' ? { data: DEFAULT_LIMITS } : { status: 404, error: {} });
      const body = a.error
        ? { error: { message: 'error', code: -32600, data: a.error } }
        : { result: { data: a.data } };
      return new Response(JSON.stringify(body), {
        status: a.status ?? (a.error ? 400 : 200),
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return calls;
}
