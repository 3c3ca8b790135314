// Creating a share, in the background: encrypt (shared/protocol), upload, remember it for the
// Sent list, start status polling. Argon2id runs here, off the views' UI thread, so the window
// stays responsive; the plaintext exists only in this call's memory.
import { b64uDecode } from '../../shared/encoding';
import { createShare } from '../../shared/protocol';
import { serverConfigVia, type ServerConfig } from '../../shared/server-config';
import { uploadParts } from '../../shared/upload';
import type { ShareRequest as SharedShareRequest, ShareResult } from '../../web/ui/clients';
import { freshShare } from '../../web/lib/status';
import { apiFor } from './api';
import { keepLastResult } from './last-result';
import { MIN_DELAY_MINUTES, schedulePoll } from './poll-schedule';
import { addSent } from './sent-store';
import { loadSettings } from './settings';
import { checkShareOptions } from '../../web/ui/share-options';

export type { ShareResult } from '../../web/ui/clients';

/** A file as a view's message carries it: Chrome's runtime messages are JSON, so b64u bytes. */
export interface WireFile {
  name: string;
  type: string;
  bytes: string;
}

export interface ShareRequest extends Omit<SharedShareRequest, 'file'> {
  /** Keep the result for the popup to show again if it closes (last-result.ts). */
  remember?: boolean;
  file?: WireFile | null;
}

/** The server's limits (config.get), for the views' checks before Create. */
export async function serverLimits(): Promise<ServerConfig> {
  const { server } = await loadSettings();
  const api = apiFor(server);
  return serverConfigVia(() => api.config.get.query());
}

/** A problem with what the user entered, with the sentence to show; no request was made. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

function checkRequest(req: ShareRequest): void {
  if (req.file) {
    const { name, type, bytes } = req.file;
    if (typeof name !== 'string' || typeof type !== 'string' || typeof bytes !== 'string') {
      throw new InputError('The file could not be read. Choose it again.');
    }
  } else if (typeof req.value !== 'string' || req.value.length === 0) {
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
  const file = req.file ? { ...req.file, bytes: b64uDecode(req.file.bytes) } : undefined;
  const created = await createShare({
    ...(file ? { file } : { value: req.value, kind: req.kind }),
    maxSecretBytes: limits.maxSecretBytes,
    maxFileBytes: limits.maxFileBytes,
    words,
    expiresIn,
    maxViews,
    maxAttempts,
    publicUrl: server,
  });
  // A file travels as a binary body (docs/protocol.md#upload), text as JSON.
  const stored = file
    ? await api.secret.upload.mutate(
        new Blob(uploadParts(created.request) as Uint8Array<ArrayBuffer>[]),
      )
    : await api.secret.create.mutate(created.request);
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
