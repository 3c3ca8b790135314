// The recipient page's states and the one pure function that moves between them. Everything the
// page shows is decided here; app.tsx only runs the effects (peek, unlock, reveal) and dispatches.
//
//   loading ─▶ incomplete                      (fragment missing or damaged: nothing asked)
//           ─▶ unavailable                     (unknown, viewed, burned, expired, revoked)
//           ─▶ load-error ─(retry)─▶ loading   (network or server: a peek spends nothing)
//           ─▶ ready ─(submit)─▶ ready+busy ─▶ revealed
//   loading ─▶ ready+resumed                   (reloaded while a reveal's answer was lost: the
//                                               receipt kept in sessionStorage asks again)
//                                            ─▶ ready+problem (typo, wrong with attempts left,
//                                                              network: the message says a
//                                                              lost answer may have spent)
//                                            ─▶ destroyed (wrong at the limit)
//                                            ─▶ unavailable (burned meanwhile)
//                                            ─▶ failed (spent but undecryptable, bad record)
import type { SecretContent } from '../../shared/secret-content';
import type { Failure } from '../../shared/messages';

/** What `secret.peek` said about a pending secret: what the page shows and the KDF inputs. */
export interface PendingSecret {
  expiresAt: string;
  viewsLeft: number;
  attemptsLeft: number;
  salt: string;
  kdf: unknown;
}

/** The steps of an unlock, in order; shown as progress. */
export const UNLOCK_STEPS = ['derive', 'reveal', 'decrypt'] as const;
export type UnlockStep = (typeof UNLOCK_STEPS)[number];

export type PageState =
  | { name: 'loading' }
  | { name: 'incomplete' }
  | { name: 'unavailable' }
  | { name: 'load-error'; failure: Failure }
  | {
      name: 'ready';
      secret: PendingSecret;
      /** The step in progress while unlocking, else null. */
      busy: UnlockStep | null;
      /** Why the last submit did not reveal (nothing or one attempt spent, says the message). */
      problem: Failure | null;
      /** Counts failed submits, so the same message twice is still announced twice. */
      failures: number;
      /** A reveal of this tab's was interrupted: the passphrase is asked for again. */
      resumed: boolean;
    }
  /** Text of some kind, or a file (shared/secret-content.ts). */
  | { name: 'revealed'; content: SecretContent; viewsLeft: number }
  | { name: 'destroyed'; failure: Failure }
  | { name: 'failed'; failure: Failure };

export type PageEvent =
  | { type: 'link-incomplete' }
  | { type: 'already-revealed' }
  | { type: 'peeked'; result: ({ state: 'pending' } & PendingSecret) | { state: 'unavailable' } }
  | { type: 'peek-failed'; failure: Failure }
  | { type: 'resumed'; secret: PendingSecret }
  | { type: 'retry-load' }
  | { type: 'unlock-step'; step: UnlockStep }
  | { type: 'unlock-failed'; failure: Failure }
  | { type: 'revealed'; content: SecretContent; viewsLeft: number };

export const initialState: PageState = { name: 'loading' };

/** Failures after which the record can no longer be read (or never could be, by this page). */
const FINAL = new Set(['DECRYPT_FAILED', 'BAD_ENVELOPE', 'BAD_KDF_PARAMS', 'INVALID_INPUT']);

export function reduce(state: PageState, event: PageEvent): PageState {
  switch (event.type) {
    case 'link-incomplete':
      return { name: 'incomplete' };
    case 'already-revealed':
      return { name: 'unavailable' };
    case 'retry-load':
      return state.name === 'load-error' ? { name: 'loading' } : state;
    case 'peeked':
      if (state.name !== 'loading') return state;
      if (event.result.state !== 'pending') return { name: 'unavailable' };
      return {
        name: 'ready',
        secret: pendingOf(event.result),
        busy: null,
        problem: null,
        failures: 0,
        resumed: false,
      };
    case 'resumed':
      if (state.name !== 'loading') return state;
      return {
        name: 'ready',
        secret: pendingOf(event.secret),
        busy: null,
        problem: null,
        failures: 0,
        resumed: true,
      };
    case 'peek-failed':
      if (state.name !== 'loading') return state;
      return event.failure.code === 'UNAVAILABLE'
        ? { name: 'unavailable' }
        : { name: 'load-error', failure: event.failure };
    case 'unlock-step':
      if (state.name !== 'ready') return state;
      return { ...state, busy: event.step, problem: null };
    case 'revealed':
      if (state.name !== 'ready') return state;
      return { name: 'revealed', content: event.content, viewsLeft: event.viewsLeft };
    case 'unlock-failed':
      if (state.name !== 'ready') return state;
      return afterFailedUnlock(state, event.failure);
  }
}

function pendingOf(p: PendingSecret): PendingSecret {
  const { expiresAt, viewsLeft, attemptsLeft, salt, kdf } = p;
  return { expiresAt, viewsLeft, attemptsLeft, salt, kdf };
}

function afterFailedUnlock(
  state: Extract<PageState, { name: 'ready' }>,
  failure: Failure,
): PageState {
  const { code, details } = failure;
  if (code === 'UNAVAILABLE') return { name: 'unavailable' };
  const failures = state.failures + 1;
  if (code === 'WRONG_PASSPHRASE') {
    const left = details.attemptsLeft ?? 0;
    if (left <= 0) return { name: 'destroyed', failure };
    const secret = { ...state.secret, attemptsLeft: left };
    return { ...state, busy: null, problem: failure, failures, secret };
  }
  if (FINAL.has(code)) return { name: 'failed', failure };
  // Typos (CHECK_MISMATCH, BAD_PASSPHRASE), the network, rate limits, a busy server: nothing was
  // spent, the passphrase stays in the field, and the form offers to try again.
  return { ...state, busy: null, problem: failure, failures };
}

/** Whether the link in the address bar can be used, before anything is asked of the server. */
export type LinkCheck =
  | { ok: true }
  | { ok: false; why: 'incomplete' }
  /** The fragment was removed after this page revealed the secret (a reload). */
  | { ok: false; why: 'already-revealed' };

/** Marker left in history.state when the fragment is dropped after a reveal. */
export const REVEALED_MARK = 'oncelink:revealed';

export function checkLocation(hash: string, historyState: unknown, parses: boolean): LinkCheck {
  if (parses) return { ok: true };
  const marked =
    typeof historyState === 'object' &&
    historyState !== null &&
    (historyState as Record<string, unknown>)[REVEALED_MARK] === true;
  if (marked && (hash === '' || hash === '#')) return { ok: false, why: 'already-revealed' };
  return { ok: false, why: 'incomplete' };
}
