import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { messageFor } from '../../shared/messages';
import { classifyError, isDatabaseUnavailable } from './classify-error';

describe('classifyError', () => {
  it('database outages become SERVICE_UNAVAILABLE with a retry time, not a 500', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    const shutdown = Object.assign(
      new Error('terminating connection due to administrator command'),
      { code: '57P01' },
    );
    for (const cause of [
      refused,
      shutdown,
      new Error('Connection terminated unexpectedly'),
      new AggregateError([refused]),
    ]) {
      expect(isDatabaseUnavailable(cause)).toBe(true);
      const c = classifyError(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause }));
      expect(c).toMatchObject({
        reason: 'SERVICE_UNAVAILABLE',
        code: 'SERVICE_UNAVAILABLE',
        details: { retryAfter: 5 },
      });
    }
  });
  it('says nothing was spent only when the statement cannot have run', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const cut = new Error('Connection terminated unexpectedly');
    const known = classifyError(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: refused }));
    // The server sends the details; the words are the clients' (shared/messages.ts).
    expect(messageFor(known.reason, known.details)).toMatch(/nothing was spent/i);
    expect(known.details.outcomeUnknown).toBeUndefined();
    const unknown = classifyError(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: cut }));
    expect(messageFor(unknown.reason, unknown.details)).not.toMatch(/nothing was spent/i);
    expect(unknown.details).toEqual({ retryAfter: 5, outcomeUnknown: true });
  });
  it('other internal errors say nothing about internals', () => {
    const c = classifyError(
      new TRPCError({
        code: 'INTERNAL_SERVER_ERROR',
        cause: new Error('relation "secret" has a secret'),
      }),
    );
    expect(c).toEqual({ reason: 'INTERNAL', code: 'INTERNAL_SERVER_ERROR', details: {} });
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: '23505' }))).toBe(false);
  });
});
