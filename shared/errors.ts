// The one list of error codes every client and the server share (docs/protocol.md#errors).
// The server puts one of these in a tRPC error's `data.reason`; clients map them to text in
// exactly one place each (see the clients' `messages` modules).

export const ERROR_CODES = [
  'INVALID_INPUT',
  'TOO_LARGE',
  'RATE_LIMITED',
  'WRONG_PASSPHRASE',
  'UNAVAILABLE',
  'DUPLICATE_ID',
  'ALREADY_ANSWERED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(x: unknown): x is ErrorCode {
  return typeof x === 'string' && (ERROR_CODES as readonly string[]).includes(x);
}

/** Extra, non-secret facts an error may carry for the client. */
export interface ErrorDetails {
  /** WRONG_PASSPHRASE: attempts left (0: the secret is destroyed). */
  attemptsLeft?: number;
  /** RATE_LIMITED: seconds until a retry can succeed. */
  retryAfter?: number;
  /** SERVICE_UNAVAILABLE: the database connection broke mid-request, so the request may or may
   * not have taken effect (a view or attempt may have been spent). */
  outcomeUnknown?: boolean;
  /** TOO_LARGE: the limit that was exceeded, in bytes. */
  limit?: number;
  /** INVALID_INPUT: which fields were wrong and why (never their values). */
  issues?: { path: string; message: string }[];
}

/** Local failures of the protocol code in shared/ (decrypting, parsing links, passphrases). */
export type ProtocolErrorCode =
  | 'DECRYPT_FAILED'
  | 'BAD_LINK'
  | 'BAD_PASSPHRASE'
  | 'CHECK_MISMATCH'
  | 'BAD_ENVELOPE'
  | 'BAD_KDF_PARAMS'
  | 'TOO_LARGE';

export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
  constructor(
    readonly code: ProtocolErrorCode,
    message: string,
  ) {
    super(message);
  }
}
