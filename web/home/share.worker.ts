// Making a share, off the page's thread: shared/'s createShare (the function every client calls)
// draws the passphrase, runs Argon2id (64 MiB, about half a second) and HKDF and seals the
// envelope. One worker a share, ended after it: the plaintext and the keys go with its memory.
// The wordlist and Argon2id's WASM load only here, when a share is made.
import { ProtocolError } from '../../shared/errors';
import { createShare } from '../../shared/protocol';
import type { ShareWorkerReply, ShareWorkerRequest } from './share-worker-client';

// Typed by hand: the DOM and WebWorker libs cannot both be in one TypeScript program.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ShareWorkerRequest>) => void) | null;
  postMessage(message: ShareWorkerReply): void;
};

scope.onmessage = (e) => {
  createShare(e.data).then(
    (value) => scope.postMessage({ ok: true, value }),
    (err: unknown) =>
      scope.postMessage({
        ok: false,
        code: err instanceof ProtocolError ? err.code : null,
        message: err instanceof Error ? err.message : String(err),
      }),
  );
};
