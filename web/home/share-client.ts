// The share form's client (web/ui/clients.ts) on the home page: the work happens in this page. A
// share is made by shared/'s createShare in a worker (share.worker.ts), uploaded to this origin,
// and kept in the page's Sent list (stores.ts: manage token and label, never the link,
// passphrase or plaintext). The Sent tab's client is sent-client.ts.
import { toFailure } from '../../shared/messages';
import { serverConfigVia, type ServerConfig } from '../../shared/server-config';
import { uploadParts } from '../../shared/upload';
import type { ShareClient } from '../ui/clients';
import { checkShareOptions } from '../ui/share-options';
import { freshShare } from '../lib/status';
import type { HomeApi } from './api';
import { createShareInWorker } from './share-worker-client';
import { prepend, shareList, type HomeShare } from './stores';

/** A problem this page words itself (what was entered, what this browser holds). */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** Any failure as the sentence to show: ours as it is, the rest as shared/messages words it. */
export async function worded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new Error(toFailure(err).message, { cause: err });
  }
}

export function homeShareClient(api: HomeApi, origin: string): ShareClient {
  let asked: Promise<ServerConfig> | undefined;
  // Asked once a page: the limits do not change while it is open. A failure is asked again.
  const limits = () =>
    (asked ??= serverConfigVia(() => api.config.get.query()).catch((err: unknown) => {
      asked = undefined;
      throw err;
    }));
  return {
    limits,
    async create(req, onStep) {
      if (!req.value && !req.file)
        throw new InputError('There is nothing to share: type or paste the secret first.');
      const problems = Object.values(checkShareOptions(req.options));
      if (problems.length > 0) throw new InputError(problems.join(' '));
      const { expiresIn, maxViews, maxAttempts, words } = req.options;
      return worded(async () => {
        // The server's own limits: TOO_LARGE before Argon2id or any upload.
        const { maxSecretBytes, maxFileBytes } = await limits();
        onStep?.('derive');
        const created = await createShareInWorker({
          ...(req.file ? { file: req.file } : { value: req.value, kind: req.kind }),
          maxSecretBytes,
          maxFileBytes,
          words,
          expiresIn,
          maxViews,
          maxAttempts,
          publicUrl: origin,
        });
        onStep?.('upload');
        // A file travels as a binary body (docs/protocol.md#upload), text as JSON.
        const stored = req.file
          ? await api.secret.upload.mutate(
              new Blob(uploadParts(created.request) as Uint8Array<ArrayBuffer>[]),
            )
          : await api.secret.create.mutate(created.request);
        const fresh = freshShare(req, created.manageToken, stored);
        const { id, expiresAt, label } = fresh;
        shareList.update(prepend<HomeShare>(fresh));
        const { link, passphrase } = created;
        return { id, link, passphrase, expiresAt, maxViews, maxAttempts, label };
      });
    },
  };
}
