// What the sender can do to a share in the Sent list: revoke it on the server, or forget it here.
import { apiFor } from './api';
import { applyStatus, fetchStatuses, type StatusFetcher } from './status-poller';
import { listSent, removeSent, updateSent, type ShareState } from './sent-store';

export type Revoker = (server: string, manageToken: string) => Promise<{ state: ShareState }>;

/**
 * Revokes on the server, then stores the server's account (state and events). Revoking a share
 * that already ended is harmless: the server answers with the state it had.
 */
export async function revokeSent(
  id: string,
  fetcher: StatusFetcher = fetchStatuses,
  revoke: Revoker = (server, manageToken) => apiFor(server).secret.revoke.mutate({ manageToken }),
): Promise<ShareState> {
  const share = (await listSent()).find((s) => s.id === id);
  if (!share) return 'unknown';
  const { state } = await revoke(share.server, share.manageToken);
  // The events are a nicety: if this second call fails, the state alone is still right.
  const [entry] = await fetcher(share.server, [share.manageToken]).catch(() => []);
  const checkedAt = new Date().toISOString();
  await updateSent((list) => ({
    list: list.map((s) => {
      if (s.id !== id) return s;
      if (entry) return applyStatus(s, entry, checkedAt);
      return { ...s, state, endedAt: s.endedAt ?? checkedAt, checkedAt };
    }),
    result: undefined,
  }));
  return state;
}

/** Forgets a share here; the server keeps it until it ends (revoke first to end it). */
export function forgetSent(id: string): Promise<boolean> {
  return removeSent(id);
}
