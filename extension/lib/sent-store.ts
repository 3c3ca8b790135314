// Shares made from this browser, in storage.local, for the Sent list and status polling.
// What is kept: the id, the label, times, limits, the last known status and the manage token
// (needed for status and revoke; it cannot decrypt anything). What is never kept: the
// plaintext, the link (its fragment holds linkKey) and the passphrase. Someone who copies this
// profile can see and revoke the shares, never read them.
import { browser } from 'wxt/browser';
import type { TrackedShare } from '../../web/lib/status';

export { effectiveState, type ShareState } from '../../web/ui/clients';
export { needsPoll } from '../../web/lib/status';

/** What the list shows (the label is the sender's own note, never sent), and what polling needs. */
export interface SentShare extends TrackedShare {
  server: string;
  manageToken: string;
  maxAttempts: number;
  /** Views already announced by a notification, so each is announced once. */
  notifiedViews: number;
  notifiedDestroyed: boolean;
}

const KEY = 'sent';

export async function listSent(): Promise<SentShare[]> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return Array.isArray(stored) ? (stored as SentShare[]) : [];
}

// Every write is a read-modify-write of one list; chaining them keeps two writers in this
// context (a poll and a revoke) from overwriting each other's change. Only the background
// writes, so one chain is enough.
let queue: Promise<unknown> = Promise.resolve();

/** Applies `change` to the stored list atomically (relative to other calls) and saves it. */
export function updateSent<T>(change: (list: SentShare[]) => { list: SentShare[]; result: T }) {
  const run = queue.then(async () => {
    const { list, result } = change(await listSent());
    await browser.storage.local.set({ [KEY]: list });
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Newest first. */
export function addSent(share: SentShare): Promise<void> {
  return updateSent((list) => ({
    list: [share, ...list.filter((s) => s.id !== share.id)],
    result: undefined,
  }));
}

export function removeSent(id: string): Promise<boolean> {
  return updateSent((list) => {
    const next = list.filter((s) => s.id !== id);
    return { list: next, result: next.length !== list.length };
  });
}
