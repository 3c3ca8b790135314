// The popup closes as soon as it loses focus, e.g. when the user pastes the link into a mail.
// So the last popup share's result (link and passphrase, never the plaintext) is kept in
// storage.session, which is memory only, for a few minutes or until "Done", and the popup shows
// it again when reopened. The share window needs none of this: it stays open until closed.
// The sweep alarm (session-sweep.ts) deletes it when its time is up, read or not.
import { browser } from 'wxt/browser';
import type { ShareResult } from '../../web/ui/clients';
import { sweepBy } from './sweep-alarm';

export const LAST_RESULT_KEY = 'lastResult';
const KEY = LAST_RESULT_KEY;
export const LAST_RESULT_TTL_MS = 10 * 60_000;

interface Kept {
  result: ShareResult;
  at: number;
}

export async function keepLastResult(result: ShareResult, now = Date.now()): Promise<void> {
  await browser.storage.session.set({ [KEY]: { result, at: now } satisfies Kept });
  await sweepBy(now + LAST_RESULT_TTL_MS + 1);
}

/** Deletes the result if its time is up; returns when it is due otherwise (null: none kept). */
export async function sweepLastResult(now = Date.now()): Promise<number | null> {
  const kept = (await browser.storage.session.get(KEY))[KEY] as Kept | undefined;
  if (!kept) return null;
  const due = (kept.at ?? 0) + LAST_RESULT_TTL_MS + 1;
  if (now < due) return due;
  await forgetLastResult();
  return null;
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
