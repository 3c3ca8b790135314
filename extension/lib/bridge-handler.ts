// The background's side of the bridge: runs a view's request and turns any error into the
// sentence a person should read (shared/messages.ts, the one place for those), in the
// extension's language.
import { browser, type Browser } from 'wxt/browser';
import { toFailure } from '../../shared/messages';
import type { BridgeAnswers, BridgeFailure, BridgeReply, BridgeRequest } from './bridge';
import { createAndRecordRequest, forgetRequest, readAnswer, revokeRequest } from './request-flow';
import { forgetSent, revokeSent } from './sent-actions';
import { openAnswerWindow, openLinkWindow } from './open-link';
import { takeLink, takeSelection } from './selection-stash';
import { createAndRecordShare, InputError, serverLimits } from './share-flow';
import { pollAndSchedule } from './status-poller';
import { currentWords } from './words';

type Handlers = {
  [K in BridgeRequest['type']]: (
    req: Extract<BridgeRequest, { type: K }>,
  ) => Promise<BridgeAnswers[K]>;
};

const handlers: Handlers = {
  'share.create': (req) => createAndRecordShare(req.request),
  'limits.get': () => serverLimits(),
  'selection.take': (req) => takeSelection(req.id),
  'link.open': (req) => openLinkWindow(req.link).then(() => null),
  'link.take': (req) => takeLink(req.id),
  'status.refresh': async () => {
    const result = await pollAndSchedule();
    if (result?.error) throw result.error; // So the Sent list can say the server is unreachable.
    return null;
  },
  'sent.revoke': (req) => revokeSent(req.id),
  'sent.forget': (req) => forgetSent(req.id),
  'request.create': (req) => createAndRecordRequest(req.draft),
  'request.read': (req) => readAnswer(req.id),
  'answer.open': (req) => openAnswerWindow(req.id).then(() => null),
  'request.revoke': (req) => revokeRequest(req.id),
  'request.forget': (req) => forgetRequest(req.id),
};

export function failureOf(err: unknown): BridgeFailure {
  if (err instanceof InputError) return { code: 'INVALID_SETTINGS', message: err.message };
  const { code, message } = toFailure(err);
  if (code === 'INTERNAL') console.error('request failed', err);
  return { code, message };
}

export async function handleRequest(req: BridgeRequest): Promise<BridgeReply<unknown>> {
  const handler = handlers[req?.type] as ((r: BridgeRequest) => Promise<unknown>) | undefined;
  if (!handler)
    return { ok: false, failure: { code: 'UNKNOWN_REQUEST', message: 'Unknown request.' } };
  try {
    // A failure is worded in the extension's language as the person left it in Options.
    await currentWords();
    return { ok: true, value: await handler(req) };
  } catch (err) {
    return { ok: false, failure: failureOf(err) };
  }
}

/**
 * Only the extension's own pages may ask (this extension has no content scripts, and web pages
 * cannot message it without externally_connectable, but the check keeps it that way).
 */
function fromOwnPage(sender: Browser.runtime.MessageSender): boolean {
  const base = browser.runtime.getURL('/');
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(base);
}

export function listenForRequests(): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!fromOwnPage(sender)) return false;
    void handleRequest(message as BridgeRequest).then(sendResponse);
    return true; // Chrome keeps the channel open for the async answer only with `true`.
  });
}
