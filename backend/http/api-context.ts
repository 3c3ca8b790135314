// What a procedure knows of its caller: the services, a hash of the client's address for the
// rate limits, a coarse hint for the sender's event list, and the manage tokens this HTTP
// request may still carry. Every API handler builds it here, once per HTTP request (a tRPC batch
// of calls shares one context, so its calls share the budget).
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { STATUS_BATCH_MAX } from '../../shared/limits';
import type { Config } from '../config';
import { AppError } from '../errors';
import { clientHint } from '../secrets/client-hint';
import { previewerOf } from '../secrets/previewers';
import type { RequestService } from '../requests/service';
import type { SecretService } from '../secrets/service';
import type { Context } from '../trpc/init';
import { clientIpResolver } from './client-ip';
import { rateSubject } from './rate-subject';

/**
 * Manage tokens one HTTP request may carry in all: without it a batch of ten status calls asks
 * 1,000 hashes for the price of one request (and one rate-limit hit per call).
 */
export const MANAGE_TOKENS_PER_REQUEST = STATUS_BATCH_MAX;

/** Counts `n` more manage tokens against the request's budget; over it, INVALID_INPUT. */
function tokenBudget() {
  let left = MANAGE_TOKENS_PER_REQUEST;
  return (n: number) => {
    left -= n;
    if (left < 0) {
      throw new AppError('INVALID_INPUT', {
        issues: [
          {
            path: 'manageTokens',
            message: `at most ${MANAGE_TOKENS_PER_REQUEST} manage tokens per HTTP request`,
          },
        ],
      });
    }
  };
}

export function createApiContext(
  config: Pick<
    Config,
    | 'TRUST_PROXY'
    | 'EVENT_CLIENT_IP'
    | 'RATE_LIMIT_IPV6_PREFIX'
    | 'MAX_SECRET_BYTES'
    | 'MAX_FILE_BYTES'
    | 'MAX_EXPIRY'
    | 'MAX_VIEWS'
  >,
  services: { secrets: SecretService; requests: RequestService },
) {
  const clientIp = clientIpResolver(config.TRUST_PROXY);
  const limits = Object.freeze({
    maxSecretBytes: config.MAX_SECRET_BYTES,
    maxFileBytes: config.MAX_FILE_BYTES,
    maxExpiry: config.MAX_EXPIRY,
    maxViews: config.MAX_VIEWS,
  });
  return (req: IncomingMessage): Context => {
    const ip = clientIp(req);
    return {
      ...services,
      spendManageTokens: tokenBudget(),
      limits,
      // Made on demand (uploads only): a listener on every call would cost the common ones.
      bodyAborted: () => abortedSignal(req),
      caller: {
        // Rate-limit rows hold a hash of the address (IPv6: of its network), not the address.
        rateKey: createHash('sha256')
          .update(rateSubject(ip, config.RATE_LIMIT_IPV6_PREFIX))
          .digest('base64url')
          .slice(0, 22),
        hint: clientHint(req.headers['user-agent'], ip, config.EVENT_CLIENT_IP),
        previewer: previewerOf(req.headers['user-agent']),
      },
    };
  };
}

/** Aborts when the client goes away before its body has all arrived. */
function abortedSignal(req: IncomingMessage): AbortSignal {
  const ac = new AbortController();
  if (req.destroyed && !req.complete) ac.abort();
  else req.once('close', () => req.complete || ac.abort());
  return ac.signal;
}
