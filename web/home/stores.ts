// What the home page keeps of its shares and requests, in this browser only (localStorage), so a
// sender without the extension can follow them: the manage token (status, revoke, read), the
// label, states and times. Never the link (its fragment holds the key), the passphrase or the
// plaintext; a request's private key is a non-extractable CryptoKey in IndexedDB
// (web/lib/request-keys.ts). Someone with this browser profile can see and revoke, never read.
import type { TrackedRequest, TrackedShare } from '../lib/status';
import { localList } from './local-list';

export interface HomeShare extends TrackedShare {
  manageToken: string;
  maxAttempts: number;
}

export interface HomeRequest extends TrackedRequest {
  manageToken: string;
}

export const shareList = localList<HomeShare>('oncelink.sent');
export const requestList = localList<HomeRequest>('oncelink.requests');

/** Newest first; an id already there is replaced. */
export const prepend =
  <T extends { id: string }>(item: T) =>
  (list: T[]) => [item, ...list.filter((x) => x.id !== item.id)];

export const replace =
  <T extends { id: string }>(id: string, change: (item: T) => T) =>
  (list: T[]) =>
    list.map((x) => (x.id === id ? change(x) : x));

export const without =
  <T extends { id: string }>(id: string) =>
  (list: T[]) =>
    list.filter((x) => x.id !== id);
