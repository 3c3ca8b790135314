// Requests from the extension's views (popup, share window) to the background, and their
// answers. The background does everything that touches the network or the Sent list, so there
// is one writer of the list and the views stay small. Failures come back as the one sentence
// shared/messages.ts has for them.
import { browser } from 'wxt/browser';
import type { SelectionRead } from './read-selection';
import type { ShareRequest, ShareResult } from './share-flow';
import type { MadeRequest, RequestDraft } from './request-flow';
import type { SentRequestState } from './request-store';
import type { ShareState } from './sent-store';
import type { SecretKind } from '../../shared/envelope';
import { currentWords } from './words';
import type { ServerConfig } from '../../shared/server-config';

export type BridgeRequest =
  | { type: 'share.create'; request: ShareRequest }
  | { type: 'limits.get' }
  | { type: 'selection.take'; id: string }
  | { type: 'link.open'; link: string }
  | { type: 'link.take'; id: string }
  | { type: 'status.refresh' }
  | { type: 'sent.revoke'; id: string }
  | { type: 'sent.forget'; id: string }
  | { type: 'request.create'; draft: RequestDraft }
  | { type: 'request.read'; id: string }
  | { type: 'answer.open'; id: string }
  | { type: 'request.revoke'; id: string }
  | { type: 'request.forget'; id: string };

/** What each request answers with. */
export interface BridgeAnswers {
  'share.create': ShareResult;
  /** The server's limits (config.get). */
  'limits.get': ServerConfig;
  'selection.take': SelectionRead | null;
  /** The link was valid and its window is open. */
  'link.open': null;
  /** The link handed to the open window, once; null if taken already or expired. */
  'link.take': string | null;
  'status.refresh': null;
  'sent.revoke': ShareState;
  'sent.forget': boolean;
  'request.create': MadeRequest;
  /** The answer, decrypted by the background; null when there is none yet (nothing spent). */
  'request.read': { kind: SecretKind; value: string } | null;
  /** The window that reads the answer once is open. */
  'answer.open': null;
  'request.revoke': SentRequestState;
  'request.forget': boolean;
}

export interface BridgeFailure {
  code: string;
  message: string;
}

export type BridgeReply<T> = { ok: true; value: T } | { ok: false; failure: BridgeFailure };

/** Thrown in the view with the sentence to show, in the extension's language. */
export class BridgeError extends Error {
  override readonly name = 'BridgeError';
  constructor(readonly failure: BridgeFailure) {
    super(failure.message);
  }
}

export async function callBackground<R extends BridgeRequest>(
  request: R,
): Promise<BridgeAnswers[R['type']]> {
  let reply: BridgeReply<BridgeAnswers[R['type']]> | undefined;
  try {
    reply = await browser.runtime.sendMessage(request);
  } catch {
    reply = undefined;
  }
  if (!reply) {
    throw new BridgeError({
      code: 'EXTENSION',
      message: (await currentWords())('bridge.noAnswer'),
    });
  }
  if (!reply.ok) throw new BridgeError(reply.failure);
  return reply.value;
}
