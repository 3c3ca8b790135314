// The Sent list's client (web/ui/clients.ts SentClient) on the home page: status rounds and
// revoke ask this origin with the manage tokens kept in this browser (stores.ts).
import { STATUS_BATCH_MAX } from '../../shared/limits';
import type { SentClient } from '../ui/clients';
import { applyStatus, needsPoll } from '../lib/status';
import type { HomeApi } from './api';
import { worded } from './share-client';
import { replace, shareList, without, type HomeShare } from './stores';

/** Asks about `shares` (≤100 tokens a call, the API's cap) and stores the answers. */
async function refreshShares(api: HomeApi, shares: HomeShare[]): Promise<void> {
  for (let i = 0; i < shares.length; i += STATUS_BATCH_MAX) {
    const batch = shares.slice(i, i + STATUS_BATCH_MAX);
    const { secrets } = await api.secret.status.mutate({
      manageTokens: batch.map((s) => s.manageToken),
    });
    const checkedAt = new Date().toISOString();
    const byId = new Map(batch.map((s, j) => [s.id, secrets[j]]));
    shareList.update((list) =>
      list.map((s) => {
        const entry = byId.get(s.id);
        return entry ? applyStatus(s, entry, checkedAt) : s;
      }),
    );
  }
}

export function homeSentClient(api: HomeApi): SentClient {
  return {
    refresh: () => worded(() => refreshShares(api, shareList.read().filter(needsPoll))),
    revoke: (id) =>
      worded(async () => {
        const share = shareList.read().find((s) => s.id === id);
        if (!share) return;
        const { state } = await api.secret.revoke.mutate({ manageToken: share.manageToken });
        const endedAt = new Date().toISOString();
        shareList.update(replace(id, (s) => ({ ...s, state, endedAt: s.endedAt ?? endedAt })));
        // The events are a nicety: if this second call fails, the state alone is still right.
        await refreshShares(api, [share]).catch(() => undefined);
      }),
    forget: async (id) => void shareList.update(without(id)),
  };
}
