// What the shared components (share form, result, Sent list, requests) need from the client they
// run in, as plain data and a few async calls. The extension's views pass calls that message its
// background (extension/ui/bridge-clients.ts); the home page passes calls that do the work in the
// page itself. A call rejects with an Error whose message is the sentence to show.
import type { SecretKind } from '../../shared/envelope';
import type { FileContent } from '../../shared/file';
import type { ServerConfig } from '../../shared/server-config';
import type { SecretEvent, SecretState } from '../../shared/schemas';
import type { RequestState } from '../../shared/request/schemas';
import type { ShareOptions } from './share-options';

/** One share to create: the secret, its options, and a label that stays in this browser. */
export interface ShareRequest {
  value: string;
  kind: SecretKind;
  options: ShareOptions;
  /** Stays in this browser (Sent list); never sent. */
  label: string;
  /** One file instead of `value` (docs/protocol.md#files): its name, type and bytes. */
  file?: FileContent | null;
}

/** Shown once, then forgotten: only the sender's view holds link and passphrase. */
export interface ShareResult {
  id: string;
  link: string;
  passphrase: string;
  expiresAt: string;
  maxViews: number;
  maxAttempts: number;
  label: string;
}

/** Where a share being made is: Argon2id takes most of the time, then the upload. */
export type ShareStep = 'derive' | 'upload';

export interface ShareClient {
  create(req: ShareRequest, onStep?: (step: ShareStep) => void): Promise<ShareResult>;
  /** The server's limits (config.get), so the form refuses what is too large before Create. */
  limits(): Promise<ServerConfig>;
}

export type ShareState = SecretState | 'unknown';

/** A share as the Sent list shows it (the stores keep more: the server, the manage token). */
export interface SentShareView {
  id: string;
  label: string;
  kind: SecretKind;
  createdAt: string;
  expiresAt: string;
  maxViews: number;
  state: ShareState;
  viewsLeft: number;
  endedAt: string | null;
  events: SecretEvent[];
}

/** Status rounds, revoke and forget, for shares and requests alike (by id). */
export interface SentClient {
  /** Asks the server(s) for fresh states; the list props follow. */
  refresh(): Promise<unknown>;
  revoke(id: string): Promise<unknown>;
  forget(id: string): Promise<unknown>;
}

export interface RequestDraft {
  note: string;
  expiresIn: number;
  /** Stays in this browser; the note is used when empty. */
  label: string;
}

export interface MadeRequest {
  id: string;
  link: string;
  expiresAt: string;
  label: string;
}

export type SentRequestState = RequestState | 'unknown';

/** A request as its list shows it. */
export interface SentRequestView {
  id: string;
  label: string;
  createdAt: string;
  expiresAt: string;
  state: SentRequestState;
  answeredAt: string | null;
  endedAt: string | null;
}

export interface Answer {
  kind: SecretKind;
  value: string;
}

export interface RequestClient {
  create(draft: RequestDraft): Promise<MadeRequest>;
  /** The answer, decrypted on this device; null when there is none yet (nothing spent). */
  read(id: string): Promise<Answer | null>;
  /**
   * Where the client has a view of its own for an answer (the extension's open window), Read
   * opens it there instead: the view reads the answer once and shows it.
   */
  openAnswer?(id: string): Promise<unknown>;
  revoke(id: string): Promise<unknown>;
  forget(id: string): Promise<unknown>;
  refresh(): Promise<unknown>;
}

/** The sentence a failed call carries. */
export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Pending by the server's last word but past its expiry: shown as expired without asking. */
export function effectiveState(
  share: Pick<SentShareView, 'state' | 'expiresAt'>,
  now = Date.now(),
): ShareState {
  if (share.state === 'pending' && Date.parse(share.expiresAt) <= now) return 'expired';
  return share.state;
}

/** Waiting or answered by the server's last word, but past expiry: expired without asking. */
export function effectiveRequestState(
  r: Pick<SentRequestView, 'state' | 'expiresAt'>,
  now = Date.now(),
): SentRequestState {
  const live = r.state === 'waiting' || r.state === 'answered';
  return live && Date.parse(r.expiresAt) <= now ? 'expired' : r.state;
}
