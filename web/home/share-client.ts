// The shared share components' clients (web/ui/clients.ts) on the home page: the work happens
// in this page. A share is made by shared/'s createShare in a worker (share.worker.ts), uploaded
// to this origin, and kept in the page's Sent list (stores.ts: manage token and label, never the
// link, passphrase or plaintext). Status rounds and revoke ask the same origin.
import { STATUS_BATCH_MAX } from '../../shared/limits';
import { toFailure } from '../../shared/messages';
import type { SentClient, ShareClient } from '../ui/clients';
import { checkShareOptions } from '../ui/share-options';
import { applyStatus, freshShare, needsPoll } from '../lib/status';
import type { HomeApi } from './api';
import { createShareInWorker } from './share-worker-client';
import { prepend, replace, shareList, without, type HomeShare } from './stores';

/** A problem this page words itself (what was entered, what this browser holds). */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** Any failure as the sentence to show: ours as it is, the rest as shared/messages words it. */
export async function worded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new Error(toFailure(err).message, { cause: err });
  }
}

export function homeShareClient(api: HomeApi, origin: string): ShareClient {
  return {
    async create(req, onStep) {
      if (!req.value)
        throw new InputError('There is nothing to share: type or paste the secret first.');
      const problems = Object.values(checkShareOptions(req.options));
      if (problems.length > 0) throw new InputError(problems.join(' '));
      const { expiresIn, maxViews, maxAttempts, words } = req.options;
      return worded(async () => {
        onStep?.('derive');
        const created = await createShareInWorker({
          value: req.value,
          kind: req.kind,
          words,
          expiresIn,
          maxViews,
          maxAttempts,
          publicUrl: origin,
        });
        onStep?.('upload');
        const stored = await api.secret.create.mutate(created.request);
        const fresh = freshShare(req, created.manageToken, stored);
        const { id, expiresAt, label } = fresh;
        shareList.update(prepend<HomeShare>(fresh));
        const { link, passphrase } = created;
        return { id, link, passphrase, expiresAt, maxViews, maxAttempts, label };
      });
    },
  };
}

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
