// The clients' fetch: every runtime's way of failing becomes one NetworkError naming the call,
// and shared/messages.ts says honestly what a lost answer means for that call.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NetworkError } from './errors';
import { answeredFetch, procedureOf } from './fetch';
import { toFailure } from './messages';

const REVEAL = 'https://once.example/trpc/secret.reveal';
/** How Chromium, Firefox, Node and Safari say that fetch got no answer. */
const WORDINGS = [
  'Failed to fetch',
  'NetworkError when attempting…',
  'fetch failed',
  'Load failed',
];

afterEach(() => vi.unstubAllGlobals());

function failingFetch(err: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Promise.reject(err)),
  );
}

describe('answeredFetch', () => {
  it('recognises network failures of every runtime, by type', async () => {
    for (const msg of WORDINGS) {
      failingFetch(new TypeError(msg));
      const err = await answeredFetch()(REVEAL, { method: 'POST' }).catch((e: unknown) => e);
      expect(err, msg).toBeInstanceOf(NetworkError);
      expect(err).toMatchObject({ server: 'https://once.example', procedure: 'secret.reveal' });
      expect(toFailure(err).code).toBe('NETWORK');
    }
    // A message alone is no longer a network failure: only the type says so.
    expect(toFailure(new TypeError('Failed to fetch')).code).toBe('INTERNAL');
  });

  it('knows a refused connection sent nothing', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    failingFetch(new TypeError('fetch failed', { cause: refused }));
    const err = await answeredFetch()(REVEAL).catch((e: unknown) => e);
    expect(err).toMatchObject({ unsent: true });
    expect(toFailure(err).message).toMatch(/nothing was spent/);
  });

  it('leaves a caller’s own abort alone', async () => {
    const abort = new DOMException('aborted', 'AbortError');
    failingFetch(abort);
    const c = new AbortController();
    c.abort();
    await expect(answeredFetch()(REVEAL, { signal: c.signal })).rejects.toBe(abort);
  });

  it('passes an answer through, error statuses included', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"error":1}', { status: 404, statusText: 'Not Found' })),
    );
    const res = await answeredFetch()(REVEAL);
    expect([res.status, res.statusText, await res.text()]).toEqual([
      404,
      'Not Found',
      '{"error":1}',
    ]);
  });

  it('names the procedure of a tRPC URL only', () => {
    expect(procedureOf(new URL('https://x/trpc/secret.peek?input=%7B%7D'))).toBe('secret.peek');
    expect(procedureOf(new URL('https://x/base/trpc/request.read'))).toBe('request.read');
    expect(procedureOf(new URL('https://x/healthz'))).toBeUndefined();
  });
});

describe('what a lost answer means', () => {
  const lost = (procedure: string) =>
    toFailure(new NetworkError({ server: 'https://x', procedure }));

  it('for a call that spends nothing: nothing was spent', () => {
    for (const p of ['secret.peek', 'secret.status', 'secret.create', 'request.peek']) {
      expect(lost(p).message, p).toBe(
        'Could not reach the server. Check your connection and try again: nothing was spent.',
      );
    }
  });

  it('for a call that spends: it may or may not have, and what to do', () => {
    for (const p of ['secret.reveal', 'request.answer', 'request.read']) {
      const f = lost(p);
      expect(f, p).toMatchObject({ code: 'NETWORK', retryable: true });
      expect(f.details.outcomeUnknown).toBe(true);
      expect(f.message).toMatch(/may or may not/);
      expect(f.message).not.toMatch(/nothing was spent/i);
    }
    expect(lost('secret.reveal').message).toMatch(
      /Open the link again: if it says the secret is not available, ask the sender for a new one/,
    );
  });
});
