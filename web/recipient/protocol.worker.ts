// Every protocol step of a reveal runs here, off the page's thread, through shared/'s code (the
// same every client runs): checking typed words against the list, Argon2id (64 MiB, about half
// a second) and HKDF, and the AES-GCM decryption. The page stays responsive and shows progress.
// Two more gains: the encryption key never reaches the page's thread (it stays here between
// unlock and open, then is wiped), and the wordlist and Argon2id's WASM load only here, once,
// keeping the page's own bundle small. The page starts the worker at once: the link proof its
// first peek sends is derived here (HKDF of linkKey), so the worker is loaded before the reader
// has typed a word.
import { ProtocolError } from '../../shared/errors';
import { checkPassphrase } from '../../shared/passphrase';
import { openShare, unlockShare } from '../../shared/protocol';
import { linkAccess } from '../../shared/recipient';
import type { WorkerReply, WorkerRequest } from './protocol-worker-client';

// Typed by hand: the DOM and WebWorker libs cannot both be in one TypeScript program.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
};

/** A decrypted file's bytes move to the page rather than being copied (10 MiB, twice). */
function transferOf(reply: WorkerReply): Transferable[] {
  const v = reply.ok ? (reply.value as { kind?: unknown; file?: { bytes: Uint8Array } }) : null;
  return v?.kind === 'file' && v.file ? [v.file.bytes.buffer as ArrayBuffer] : [];
}

/** The key of the last successful unlock, for the open that follows; wiped after use. */
let encKey: Uint8Array | null = null;

function wipeKey() {
  encKey?.fill(0);
  encKey = null;
}

async function handle(req: WorkerRequest): Promise<WorkerReply> {
  switch (req.op) {
    case 'check':
      return { seq: req.seq, ok: true, value: checkPassphrase(req.input) };
    case 'access': {
      const { id, linkKey, version } = req;
      return { seq: req.seq, ok: true, value: await linkAccess({ id, linkKey, version }) };
    }
    case 'unlock': {
      wipeKey();
      const { id, linkKey, check, passphrase, salt, kdf } = req;
      const keys = await unlockShare({ id, linkKey, check, passphrase, salt, kdf });
      encKey = keys.encKey;
      return { seq: req.seq, ok: true, value: keys.authKey };
    }
    case 'open': {
      if (!encKey) throw new ProtocolError('DECRYPT_FAILED', 'no key: unlock first');
      try {
        const { id, iv, ciphertext } = req;
        return { seq: req.seq, ok: true, value: await openShare({ id, encKey, iv, ciphertext }) };
      } finally {
        wipeKey();
      }
    }
  }
}

scope.onmessage = (e) => {
  const req = e.data;
  handle(req).then(
    (reply) => scope.postMessage(reply, transferOf(reply)),
    (err: unknown) =>
      scope.postMessage({
        seq: req.seq,
        ok: false,
        code: err instanceof ProtocolError ? err.code : null,
        message: err instanceof Error ? err.message : String(err),
      }),
  );
};
