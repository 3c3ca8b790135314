import { describe, expect, it } from 'vitest';
import { ERROR_CODES, NetworkError, ProtocolError } from './errors';
import { messageFor, toFailure } from './messages';

describe('messages', () => {
  it('reads a tRPC client error by its data.reason and details', () => {
    const err = Object.assign(new Error('x'), {
      data: { reason: 'WRONG_PASSPHRASE', attemptsLeft: 2 },
    });
    expect(toFailure(err)).toEqual({
      code: 'WRONG_PASSPHRASE',
      message: 'Wrong passphrase. 2 attempts are left.',
      retryable: false,
      details: {
        attemptsLeft: 2,
        retryAfter: undefined,
        limit: undefined,
        issues: undefined,
        outcomeUnknown: undefined,
      },
    });
    const last = toFailure(
      Object.assign(new Error('x'), { data: { reason: 'WRONG_PASSPHRASE', attemptsLeft: 0 } }),
    );
    expect(last.message).toMatch(/destroyed/);
  });

  it('says when to retry a rate limit, and that an outage spent nothing', () => {
    const rl = toFailure({ data: { reason: 'RATE_LIMITED', retryAfter: 42 } });
    expect(rl).toMatchObject({
      code: 'RATE_LIMITED',
      retryable: true,
      message: 'Too many requests. Try again in 42 seconds.',
    });
    expect(toFailure({ data: { reason: 'SERVICE_UNAVAILABLE' } }).message).toMatch(
      /Nothing was spent/,
    );
  });

  it('says a full server is full, that nothing was stored, and that later can work', () => {
    expect(toFailure({ data: { reason: 'SERVICE_FULL', retryAfter: 60 } })).toEqual({
      code: 'SERVICE_FULL',
      retryable: true,
      message:
        'This server is full: it holds as many secrets as its operator allows. Nothing was stored. Try again later, once some have been viewed or have expired, or use another server.',
      details: expect.objectContaining({ retryAfter: 60 }),
    });
  });

  it('reads a network failure by its type, through the causes tRPC wraps it in', () => {
    // Every runtime's wording is turned into NetworkError by shared/fetch.ts (fetch.test.ts).
    const lost = new NetworkError({ server: 'https://x', procedure: 'secret.peek' });
    expect(toFailure(lost).code).toBe('NETWORK');
    expect(toFailure(new Error('x', { cause: new Error('y', { cause: lost }) })).code).toBe(
      'NETWORK',
    );
  });

  it('reads protocol errors, and anything else is INTERNAL', () => {
    expect(toFailure(new ProtocolError('CHECK_MISMATCH', 'x'))).toMatchObject({
      code: 'CHECK_MISMATCH',
      retryable: true,
    });
    expect(toFailure(new ProtocolError('BAD_LINK', 'x')).message).toMatch(/part after #/);
    expect(toFailure(undefined).code).toBe('INTERNAL');
    expect(toFailure({ data: { reason: 'NOT_A_CODE' } }).code).toBe('INTERNAL');
  });

  it('has a sentence for every server code', () => {
    for (const code of ERROR_CODES) expect(messageFor(code).length).toBeGreaterThan(10);
    expect(messageFor('TOO_LARGE', { limit: 65536 })).toMatch(
      /too large: this server takes up to 64 KiB/,
    );
  });
});
