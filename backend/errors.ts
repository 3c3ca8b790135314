// Application errors: a tRPC code (which fixes the HTTP status) plus one shared error code
// (`data.reason`) and the non-secret details a client needs to say what to do. No sentence: the
// clients word codes and details in one place, shared/messages.ts (docs/architecture.md#errors).
import { TRPCError } from '@trpc/server';
import type { ErrorCode, ErrorDetails } from '../shared/errors';

type TrpcCode = ConstructorParameters<typeof TRPCError>[0]['code'];

const TRPC_CODE: Record<ErrorCode, TrpcCode> = {
  INVALID_INPUT: 'BAD_REQUEST',
  TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  WRONG_PASSPHRASE: 'UNAUTHORIZED',
  UNAVAILABLE: 'NOT_FOUND',
  DUPLICATE_ID: 'CONFLICT',
  ALREADY_ANSWERED: 'CONFLICT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  SERVICE_FULL: 'SERVICE_UNAVAILABLE',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
};

export class AppError extends TRPCError {
  constructor(
    readonly reason: ErrorCode,
    readonly details: ErrorDetails = {},
  ) {
    super({ code: TRPC_CODE[reason], message: reason });
  }
}

/** Unknown, ended, or the wrong proof: nobody can tell which (docs/protocol.md#errors). */
export const unavailable = () => new AppError('UNAVAILABLE');

/** A field over this server's configured maximum (the schema allows more). */
export const overMax = (path: string, max: number) =>
  new AppError('INVALID_INPUT', { issues: [{ path, message: `must be at most ${max}` }] });
