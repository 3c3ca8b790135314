// The one place that turns error codes into words for people. The recipient page, the extension
// and the command-line client all show these, so a user reads the same sentence everywhere.
import {
  findCause,
  isErrorCode,
  NetworkError,
  ProtocolError,
  type ErrorCode,
  type ErrorDetails,
  type ProtocolErrorCode,
} from './errors';
import type { Previewer } from './previewers';
import en from './i18n/catalogs/en/messages';
import { translator, type Translate } from './i18n/format';

export type MessageKey = keyof typeof en;

/** Every failure a client can meet: the server's codes, local protocol codes, and the network. */
export type FailureCode = ErrorCode | ProtocolErrorCode | 'NETWORK';

export interface Failure {
  code: FailureCode;
  /** One plain sentence: what happened and what to do. */
  message: string;
  /** True when trying again later can succeed (the message says if something may be spent). */
  retryable: boolean;
  details: ErrorDetails;
}

const MIB = 1024 * 1024;

/** What a call spends when it reaches the server; the calls absent here spend nothing. */
type Spend = 'view' | 'answer' | 'read';
const SPENDS = new Map<string | undefined, Spend>([
  ['secret.reveal', 'view'],
  ['request.answer', 'answer'],
  ['request.read', 'read'],
]);

/** The language failures are worded in: English until a surface chooses another. */
let t: Translate<MessageKey> = translator('en', en, en);

/**
 * Words every later `messageFor` and `toFailure` in this language (a page or the extension calls
 * it when it loads or switches language; the command line never does, so it stays English).
 */
export function speakMessages(next: Translate<MessageKey>): void {
  t = next;
}

export function messageFor(code: FailureCode, d: ErrorDetails = {}): string {
  switch (code) {
    case 'WRONG_PASSPHRASE':
      return d.attemptsLeft === 0
        ? t('WRONG_PASSPHRASE.last')
        : t('WRONG_PASSPHRASE.left', { count: d.attemptsLeft ?? 0 });
    case 'RATE_LIMITED':
      return t('RATE_LIMITED', { count: d.retryAfter ?? 60 });
    case 'TOO_LARGE':
      if (!d.limit) return t('TOO_LARGE');
      // File limits are in MiB (10 MiB by default), text ones in KiB (64 KiB).
      return d.limit >= MIB
        ? t('TOO_LARGE.mib', { mib: Math.floor((d.limit / MIB) * 10) / 10 })
        : t('TOO_LARGE.limit', { kib: Math.floor(d.limit / 1024) });
    case 'SERVICE_UNAVAILABLE':
      return t(d.outcomeUnknown ? 'SERVICE_UNAVAILABLE.unknown' : 'SERVICE_UNAVAILABLE');
    case 'INVALID_INPUT': {
      const issue = d.issues?.[0];
      return issue
        ? t('INVALID_INPUT.issue', { path: issue.path, issue: issue.message })
        : t('INVALID_INPUT');
    }
    default:
      return t(code);
  }
}

const RETRYABLE = new Set<FailureCode>([
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'SERVICE_FULL',
  'NETWORK',
  'INTERNAL',
  'CHECK_MISMATCH',
  'DUPLICATE_ID',
]);

/** Reads any thrown value: a tRPC client error (its `data.reason`), a ProtocolError, or a NetworkError. */
export function toFailure(err: unknown): Failure {
  let code: FailureCode = 'INTERNAL';
  let details: ErrorDetails = {};
  const lost = findCause(err, NetworkError);
  // Sent without an answer back, a call that spends may have spent: never say it did not.
  const spend = lost && !lost.unsent ? SPENDS.get(lost.procedure) : undefined;
  if (spend) {
    const details = { outcomeUnknown: true };
    return { code: 'NETWORK', message: t(`lost.${spend}`), retryable: true, details };
  }
  if (lost) {
    code = 'NETWORK';
  } else if (err instanceof ProtocolError) {
    code = err.code;
  } else {
    const data = (err as { data?: { reason?: unknown } & ErrorDetails } | null)?.data;
    if (data && isErrorCode(data.reason)) {
      code = data.reason;
      details = {
        attemptsLeft: data.attemptsLeft,
        retryAfter: data.retryAfter,
        limit: data.limit,
        issues: data.issues,
        outcomeUnknown: data.outcomeUnknown,
      };
    }
  }
  return { code, message: messageFor(code, details), retryable: RETRYABLE.has(code), details };
}

const PREVIEWER_WORDS = {
  'link preview': 'preview',
  'link scanner': 'scanner',
  'link check': 'check',
  crawler: 'crawler',
} as const;

/**
 * "opened by a Slack link preview": an "opened" event a previewer or scanner caused, named by
 * `previewerFor(id)` (shared/previewers.ts; undefined for an id this client does not know). The
 * caller looks it up, so a page that words failures only does not carry the previewers' table.
 */
export function messageForPreviewer(p: Previewer | undefined): string {
  if (!p) return t('previewer.unknown');
  const an = /^[aeiou]/i.test(p.name) ? '.an' : '';
  return t(`previewer.${PREVIEWER_WORDS[p.what]}${an}`, { name: p.name });
}
