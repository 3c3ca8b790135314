// What a procedure knows of its caller: the services, a hash of the client's address for the
// rate limits, and a coarse hint for the sender's event list. Every API handler builds it here.
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Config } from '../config';
import { clientHint } from '../secrets/client-hint';
import { previewerOf } from '../secrets/previewers';
import type { RequestService } from '../requests/service';
import type { SecretService } from '../secrets/service';
import type { Context } from '../trpc/init';
import { clientIpResolver } from './client-ip';

export function createApiContext(
  config: Pick<Config, 'TRUST_PROXY' | 'EVENT_CLIENT_IP'>,
  services: { secrets: SecretService; requests: RequestService },
) {
  const clientIp = clientIpResolver(config.TRUST_PROXY);
  return (req: IncomingMessage): Context => {
    const ip = clientIp(req);
    return {
      ...services,
      caller: {
        // Rate-limit rows hold a hash of the address, not the address.
        rateKey: createHash('sha256').update(ip).digest('base64url').slice(0, 22),
        hint: clientHint(req.headers['user-agent'], ip, config.EVENT_CLIENT_IP),
        previewer: previewerOf(req.headers['user-agent']),
      },
    };
  };
}
