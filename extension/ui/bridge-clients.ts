// The shared components' clients (web/ui/clients.ts) in the extension: every call is a message
// to the background (bridge.ts), which does the network, the crypto and the stores' writes.
import type { RequestClient, SentClient, ShareClient } from '../../web/ui/clients';
import { b64uEncode } from '../../shared/encoding';
import { callBackground } from '../lib/bridge';

/** `remember`: the popup keeps the result for a reopened popup (last-result.ts). */
export function shareClient(remember: boolean): ShareClient {
  return {
    create: ({ file, ...request }) => {
      // Runtime messages are JSON in Chrome: the file's bytes travel as b64u.
      const wire = file ? { ...file, bytes: b64uEncode(file.bytes) } : null;
      return callBackground({
        type: 'share.create',
        request: { ...request, file: wire, remember },
      });
    },
    limits: () => callBackground({ type: 'limits.get' }),
  };
}

const refresh = () => callBackground({ type: 'status.refresh' });

export const sentClient: SentClient = {
  refresh,
  revoke: (id) => callBackground({ type: 'sent.revoke', id }),
  forget: (id) => callBackground({ type: 'sent.forget', id }),
};

export const requestClient: RequestClient = {
  create: (draft) => callBackground({ type: 'request.create', draft }),
  read: (id) => callBackground({ type: 'request.read', id }),
  openAnswer: (id) => callBackground({ type: 'answer.open', id }),
  revoke: (id) => callBackground({ type: 'request.revoke', id }),
  forget: (id) => callBackground({ type: 'request.forget', id }),
  refresh,
};
