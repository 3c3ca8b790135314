// Status calls for the background's lists (shares and requests): grouped by server, in batches of
// the API's cap, one failing server not stopping the others.
import { STATUS_BATCH_MAX } from '../../shared/limits';

/** What a status call needs of a share or a request. */
interface Tracked {
  id: string;
  server: string;
  manageToken: string;
}

/**
 * Asks each server about the items that need it, ≤100 tokens a call (the API's cap), in input
 * order; tolerates a failing server (its items keep their last known state, the error is kept).
 */
export async function fetchDue<T extends Tracked, E>(
  due: T[],
  fetcher: (server: string, manageTokens: string[]) => Promise<E[]>,
) {
  const byServer = new Map<string, T[]>();
  for (const s of due) byServer.set(s.server, [...(byServer.get(s.server) ?? []), s]);
  const answers = new Map<string, E>();
  let error: unknown = null;
  for (const [server, items] of byServer) {
    for (let i = 0; i < items.length; i += STATUS_BATCH_MAX) {
      const batch = items.slice(i, i + STATUS_BATCH_MAX);
      try {
        const entries = await fetcher(
          server,
          batch.map((s) => s.manageToken),
        );
        batch.forEach((s, j) => entries[j] && answers.set(s.id, entries[j]));
      } catch (err) {
        error ??= err; // Offline or the server is down: keep the last known state, try later.
      }
    }
  }
  return { answers, error };
}
