// Creating a share, in the background: encrypt (shared/protocol), upload, remember it for the
// Sent list, start status polling. Argon2id runs here, off the views' UI thread, so the window
// stays responsive; the plaintext exists only in this call's memory.
import { createShare } from '../../shared/protocol';
import { serverConfigVia } from '../../shared/server-config';
import type { ShareRequest as SharedShareRequest, ShareResult } from '../../web/ui/clients';
import { freshShare } from '../../web/lib/status';
import { apiFor } from './api';
import { keepLastResult } from './last-result';
import { MIN_DELAY_MINUTES, schedulePoll } from './poll-schedule';
import { addSent } from './sent-store';
import { loadSettings } from './settings';
import { checkShareOptions } from '../../web/ui/share-options';

export type { ShareResult } from '../../web/ui/clients';

export interface ShareRequest extends SharedShareRequest {
  /** Keep the result for the popup to show again if it closes (last-result.ts). */
  remember?: boolean;
}

/** A problem with what the user entered, with the sentence to show; no request was made. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

function checkRequest(req: ShareRequest): void {
  if (typeof req.value !== 'string' || req.value.length === 0) {
    throw new InputError('There is nothing to share: type or paste the secret first.');
  }
  const problems = Object.values(checkShareOptions(req.options));
  if (problems.length > 0) throw new InputError(problems.join(' '));
}

export async function createAndRecordShare(req: ShareRequest): Promise<ShareResult> {
  checkRequest(req);
  const { server } = await loadSettings();
  const { expiresIn, maxViews, maxAttempts, words } = req.options;
  const api = apiFor(server);
  // The server's own limit, not the default: TOO_LARGE before Argon2id or any upload.
  const limits = await serverConfigVia(() => api.config.get.query());
  const created = await createShare({
    value: req.value,
    kind: req.kind,
    maxSecretBytes: limits.maxSecretBytes,
    words,
    expiresIn,
    maxViews,
    maxAttempts,
    publicUrl: server,
  });
  const stored = await api.secret.create.mutate(created.request);
  const fresh = freshShare(req, created.manageToken, stored);
  const { id, expiresAt, label } = fresh;
  await addSent({ ...fresh, server, notifiedViews: 0, notifiedDestroyed: false });
  await schedulePoll(MIN_DELAY_MINUTES);
  const result: ShareResult = {
    id,
    link: created.link,
    passphrase: created.passphrase,
    expiresAt,
    maxViews,
    maxAttempts,
    label,
  };
  if (req.remember) await keepLastResult(result);
  return result;
}
