import { describe, expect, it } from 'vitest';
import { NetworkError, ProtocolError } from '../../shared/errors';
import { toFailure } from '../../shared/messages';
import {
  checkLocation,
  initialState,
  reduce,
  REVEALED_MARK,
  type PageEvent,
  type PageState,
} from './state';

const pending = {
  state: 'pending' as const,
  expiresAt: '2026-11-23T12:00:00.000Z',
  viewsLeft: 1,
  attemptsLeft: 2,
  salt: 'AAAAAAAAAAAAAAAAAAAAAA',
  kdf: { alg: 'argon2id', m: 65536, t: 3, p: 1 },
};

const apiError = (reason: string, extra: Record<string, unknown> = {}) =>
  toFailure({ data: { reason, ...extra } });

function run(...events: PageEvent[]): PageState {
  return events.reduce(reduce, initialState);
}

const ready = () => run({ type: 'peeked', result: pending });

describe('recipient page states', () => {
  it('loads into ready with what peek said, and nothing else', () => {
    const s = ready();
    expect(s).toEqual({
      name: 'ready',
      secret: {
        expiresAt: pending.expiresAt,
        viewsLeft: 1,
        attemptsLeft: 2,
        salt: pending.salt,
        kdf: pending.kdf,
      },
      busy: null,
      problem: null,
      failures: 0,
      resumed: false,
    });
  });

  it('a reveal this tab kept (docs/protocol.md#grace) resumes into ready, saying so', () => {
    const { salt, kdf, expiresAt, viewsLeft, attemptsLeft } = pending;
    const secret = { salt, kdf, expiresAt, viewsLeft, attemptsLeft };
    expect(run({ type: 'resumed', secret })).toMatchObject({
      name: 'ready',
      secret,
      resumed: true,
      problem: null,
    });
    // Only from loading: a late event never replaces what is on screen.
    expect(reduce(ready(), { type: 'resumed', secret })).toMatchObject({ resumed: false });
  });

  it('unknown, burned, expired and revoked all read as one unavailable state', () => {
    expect(run({ type: 'peeked', result: { state: 'unavailable' } })).toEqual({
      name: 'unavailable',
    });
    expect(run({ type: 'peek-failed', failure: apiError('UNAVAILABLE') })).toEqual({
      name: 'unavailable',
    });
  });

  it('a failed peek offers a retry, which loads again', () => {
    const failed = run({
      type: 'peek-failed',
      failure: toFailure(new NetworkError({ server: 'https://x', procedure: 'secret.peek' })),
    });
    expect(failed).toMatchObject({
      name: 'load-error',
      failure: { code: 'NETWORK', retryable: true },
    });
    expect(reduce(failed, { type: 'retry-load' })).toEqual({ name: 'loading' });
    // Retry means nothing in other states.
    expect(reduce(ready(), { type: 'retry-load' })).toEqual(ready());
  });

  it('an incomplete link stops before the server', () => {
    expect(run({ type: 'link-incomplete' })).toEqual({ name: 'incomplete' });
    expect(run({ type: 'already-revealed' })).toEqual({ name: 'unavailable' });
  });

  it('walks the unlock steps and ends revealed', () => {
    let s = reduce(ready(), { type: 'unlock-step', step: 'derive' });
    expect(s).toMatchObject({ name: 'ready', busy: 'derive' });
    s = reduce(s, { type: 'unlock-step', step: 'reveal' });
    s = reduce(s, { type: 'unlock-step', step: 'decrypt' });
    expect(s).toMatchObject({ busy: 'decrypt' });
    s = reduce(s, { type: 'revealed', content: { kind: 'pin', value: '1234' }, viewsLeft: 0 });
    expect(s).toEqual({ name: 'revealed', content: { kind: 'pin', value: '1234' }, viewsLeft: 0 });
  });

  it('a typo, the network or a busy server keep the form, with the problem and the attempts shown', () => {
    for (const failure of [
      toFailure(new ProtocolError('CHECK_MISMATCH', 'typo')),
      toFailure(new ProtocolError('BAD_PASSPHRASE', 'short')),
      toFailure(new NetworkError({ server: 'https://x', procedure: 'secret.reveal' })),
      apiError('SERVICE_UNAVAILABLE'),
      apiError('RATE_LIMITED', { retryAfter: 30 }),
    ]) {
      const busy = reduce(ready(), { type: 'unlock-step', step: 'derive' });
      const s = reduce(busy, { type: 'unlock-failed', failure });
      expect(s, failure.code).toMatchObject({
        name: 'ready',
        busy: null,
        problem: failure,
        failures: 1,
        secret: { attemptsLeft: 2 },
      });
    }
  });

  it('a new try clears the last problem; the same problem twice counts twice', () => {
    const typo = toFailure(new ProtocolError('CHECK_MISMATCH', 'typo'));
    let s = reduce(ready(), { type: 'unlock-failed', failure: typo });
    s = reduce(s, { type: 'unlock-step', step: 'derive' });
    expect(s).toMatchObject({ problem: null, busy: 'derive' });
    s = reduce(s, { type: 'unlock-failed', failure: typo });
    expect(s).toMatchObject({ problem: typo, failures: 2 });
  });

  it('a wrong passphrase updates the attempts left, and the last one destroys', () => {
    const once = reduce(ready(), {
      type: 'unlock-failed',
      failure: apiError('WRONG_PASSPHRASE', { attemptsLeft: 1 }),
    });
    expect(once).toMatchObject({ name: 'ready', secret: { attemptsLeft: 1 } });
    if (once.name !== 'ready') throw new Error('expected ready');
    expect(once.problem?.message).toContain('1 attempt is left');
    const last = reduce(once, {
      type: 'unlock-failed',
      failure: apiError('WRONG_PASSPHRASE', { attemptsLeft: 0 }),
    });
    expect(last).toMatchObject({ name: 'destroyed', failure: { code: 'WRONG_PASSPHRASE' } });
  });

  it('burned meanwhile reads as unavailable; undecryptable or refused records as failed', () => {
    expect(reduce(ready(), { type: 'unlock-failed', failure: apiError('UNAVAILABLE') })).toEqual({
      name: 'unavailable',
    });
    for (const code of ['DECRYPT_FAILED', 'BAD_ENVELOPE', 'BAD_KDF_PARAMS'] as const) {
      const failure = toFailure(new ProtocolError(code, 'x'));
      expect(reduce(ready(), { type: 'unlock-failed', failure })).toEqual({
        name: 'failed',
        failure,
      });
    }
  });

  it('ignores events that do not belong to the current state', () => {
    const revealed = run(
      { type: 'peeked', result: pending },
      { type: 'revealed', content: { kind: 'text', value: 'x' }, viewsLeft: 0 },
    );
    for (const e of [
      { type: 'peeked', result: pending },
      { type: 'unlock-step', step: 'derive' },
      { type: 'unlock-failed', failure: apiError('UNAVAILABLE') },
      { type: 'peek-failed', failure: apiError('INTERNAL') },
    ] as PageEvent[]) {
      expect(reduce(revealed, e), e.type).toBe(revealed);
    }
  });
});

describe('checkLocation', () => {
  it('a parsed link is fine', () => {
    expect(checkLocation('#abc', null, true)).toEqual({ ok: true });
  });
  it('a missing fragment after this page revealed the secret is a reload, not a broken link', () => {
    const state = { [REVEALED_MARK]: true };
    expect(checkLocation('', state, false)).toEqual({ ok: false, why: 'already-revealed' });
    expect(checkLocation('#', state, false)).toEqual({ ok: false, why: 'already-revealed' });
    expect(checkLocation('#damaged', state, false)).toEqual({ ok: false, why: 'incomplete' });
    expect(checkLocation('', null, false)).toEqual({ ok: false, why: 'incomplete' });
    expect(checkLocation('', { other: true }, false)).toEqual({ ok: false, why: 'incomplete' });
  });
});
