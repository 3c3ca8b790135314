// Requests made from this browser, in storage.local, for the Request tab and status polling.
// Kept: the id, the label and note (the requester's own words), times, the last known state and
// the manage token (status, read, revoke). Never kept here: the link (its fragment holds the key
// of the note) or the answer; the private key is in IndexedDB (request-keys.ts).
import { browser } from 'wxt/browser';
import type { TrackedRequest } from '../../web/lib/status';

export { effectiveRequestState, type SentRequestState } from '../../web/ui/clients';
export { ENDED_REQUEST_STATES, requestNeedsPoll } from '../../web/lib/status';

export interface SentRequest extends TrackedRequest {
  server: string;
  manageToken: string;
  /** Set once the answer was announced by a notification. */
  notifiedAnswered: boolean;
}

const KEY = 'requests';

export async function listRequests(): Promise<SentRequest[]> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return Array.isArray(stored) ? (stored as SentRequest[]) : [];
}

// One chain of read-modify-writes, as for the Sent list (only the background writes).
let queue: Promise<unknown> = Promise.resolve();

export function updateRequests<T>(
  change: (list: SentRequest[]) => { list: SentRequest[]; result: T },
) {
  const run = queue.then(async () => {
    const { list, result } = change(await listRequests());
    await browser.storage.local.set({ [KEY]: list });
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
}

export function addRequest(r: SentRequest): Promise<void> {
  return updateRequests((list) => ({
    list: [r, ...list.filter((x) => x.id !== r.id)],
    result: undefined,
  }));
}
