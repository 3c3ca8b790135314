// The command's exit codes: one table, so `--help`, the error path and the tests agree. Each kind
// of failure a script may want to tell apart has its own code; shared/messages.ts gives the words.
import type { FailureCode } from '../shared/messages';

export const EXIT = {
  OK: 0,
  OTHER: 1,
  USAGE: 2,
  UNREACHABLE: 3,
  WRONG_PASSPHRASE: 4,
  UNAVAILABLE: 5,
  DAMAGED_LINK: 6,
  TOO_LARGE: 7,
  RATE_LIMITED: 8,
  TYPO: 9,
  INTERRUPTED: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Every failure code a client can meet, to its exit code (exhaustive: a new code fails tsc). */
const BY_FAILURE: Record<FailureCode, ExitCode> = {
  INVALID_INPUT: EXIT.USAGE,
  NETWORK: EXIT.UNREACHABLE,
  SERVICE_UNAVAILABLE: EXIT.UNREACHABLE,
  WRONG_PASSPHRASE: EXIT.WRONG_PASSPHRASE,
  UNAVAILABLE: EXIT.UNAVAILABLE,
  BAD_LINK: EXIT.DAMAGED_LINK,
  DECRYPT_FAILED: EXIT.DAMAGED_LINK,
  BAD_ENVELOPE: EXIT.DAMAGED_LINK,
  TOO_LARGE: EXIT.TOO_LARGE,
  RATE_LIMITED: EXIT.RATE_LIMITED,
  // Nothing was stored, and later it can be: as a rate limit, to a script.
  SERVICE_FULL: EXIT.RATE_LIMITED,
  CHECK_MISMATCH: EXIT.TYPO,
  BAD_PASSPHRASE: EXIT.TYPO,
  BAD_KDF_PARAMS: EXIT.OTHER,
  BAD_FILE_NAME: EXIT.USAGE,
  DUPLICATE_ID: EXIT.OTHER,
  // A second answer to a request: like a burnt share, there is nothing left to do with it.
  ALREADY_ANSWERED: EXIT.UNAVAILABLE,
  INTERNAL: EXIT.OTHER,
};

export function exitCodeFor(code: FailureCode): ExitCode {
  return BY_FAILURE[code];
}

/** The table `--help` prints. */
export const EXIT_CODE_HELP: readonly [ExitCode, string][] = [
  [EXIT.OK, 'success'],
  [EXIT.OTHER, 'any other error (unexpected server answer, local file problem)'],
  [EXIT.USAGE, 'invalid command, option or input (also what the server refused as invalid)'],
  [
    EXIT.UNREACHABLE,
    'no answer from the server, or it is briefly unavailable (the message says whether anything may have been spent)',
  ],
  [EXIT.WRONG_PASSPHRASE, 'wrong passphrase: the server counted an attempt'],
  [
    EXIT.UNAVAILABLE,
    'the secret or request is not available (viewed, answered, expired, revoked, unknown)',
  ],
  [EXIT.DAMAGED_LINK, 'the link is incomplete or damaged (or the secret could not be decrypted)'],
  [EXIT.TOO_LARGE, 'the secret is too large'],
  [EXIT.RATE_LIMITED, 'too many requests, or the server is full: try again later'],
  [EXIT.TYPO, 'the passphrase does not fit the link (a typo): nothing was spent'],
  [EXIT.INTERRUPTED, 'interrupted (Ctrl-C)'],
];
