import { initTRPC } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import type { RequestService } from '../requests/service';
import type { Caller } from '../secrets/rate-gate';
import type { SecretService } from '../secrets/service';
import type { ServerConfig } from '../../shared/server-config';
import { classifyError } from './classify-error';

export interface Context {
  secrets: SecretService;
  requests: RequestService;
  caller: Caller;
  /** Counts manage tokens against the HTTP request's budget (throws INVALID_INPUT past it). */
  spendManageTokens: (n: number) => void;
  /** What `config.get` answers. */
  limits: ServerConfig;
  /** Fires when the client goes away before its request body has all arrived (uploads). */
  bodyAborted: () => AbortSignal;
}

const t = initTRPC.context<Context>().create({
  // Production shape always: no stack traces, no internals (docs/architecture.md#errors).
  isDev: false,
  errorFormatter({ shape, error }) {
    const c = classifyError(error);
    const httpStatus = getHTTPStatusCodeFromError({ code: c.code } as typeof error);
    return {
      // The code, not a sentence: clients word it (shared/messages.ts).
      message: c.reason,
      code: TRPC_ERROR_CODES_BY_KEY[c.code],
      data: { code: c.code, httpStatus, path: shape.data.path, reason: c.reason, ...c.details },
    };
  },
});

export const router = t.router;
export const publicProcedure = t.procedure;
