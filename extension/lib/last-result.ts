// The popup closes as soon as it loses focus, e.g. when the user pastes the link into a mail.
// So the last popup share's result (link and passphrase, never the plaintext) is kept in
// storage.session, which is memory only, for a few minutes or until "Done", and the popup shows
// it again when reopened. The share window needs none of this: it stays open until closed.
import { browser } from 'wxt/browser';
import type { ShareResult } from './share-flow';

export const LAST_RESULT_KEY = 'lastResult';
const KEY = LAST_RESULT_KEY;
export const LAST_RESULT_TTL_MS = 10 * 60_000;

interface Kept {
  result: ShareResult;
  at: number;
}

export async function keepLastResult(result: ShareResult, now = Date.now()): Promise<void> {
  await browser.storage.session.set({ [KEY]: { result, at: now } satisfies Kept });
}

export async function readLastResult(now = Date.now()): Promise<ShareResult | null> {
  const kept = (await browser.storage.session.get(KEY))[KEY] as Kept | undefined;
  if (!kept) return null;
  if (now - kept.at > LAST_RESULT_TTL_MS) {
    await forgetLastResult();
    return null;
  }
  return kept.result;
}

export async function forgetLastResult(): Promise<void> {
  await browser.storage.session.remove(KEY);
}
