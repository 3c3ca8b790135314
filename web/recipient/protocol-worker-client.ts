// The page's side of protocol.worker.ts: one worker for the page's life, asked to check typed
// words, unlock, and open. Failures come back as the ProtocolErrors shared/ threw in the worker,
// so shared/messages words them exactly as every other client does.
import { ProtocolError, type ProtocolErrorCode } from '../../shared/errors';
import type { WordCheck } from '../../shared/passphrase';
import type { LinkParts } from '../../shared/link';
import type { UnlockOptions } from '../../shared/protocol';
import type { LinkAccess } from '../../shared/recipient';
import type { SecretContent } from '../../shared/secret-content';

export type PassphraseCheck = { words: WordCheck[]; canonical: string | null };
/** Text of some kind or a file: what openShare decoded (the file's bytes are transferred). */
export type Opened = SecretContent;

export type WorkerRequest =
  | { op: 'check'; seq: number; input: string }
  | ({ op: 'access'; seq: number } & Pick<LinkParts, 'id' | 'linkKey' | 'version'>)
  | ({ op: 'unlock'; seq: number } & UnlockOptions)
  | { op: 'open'; seq: number; id: string; iv: string; ciphertext: string };

export type WorkerReply =
  | { seq: number; ok: true; value: unknown }
  | { seq: number; ok: false; code: ProtocolErrorCode | null; message: string };

export interface ProtocolWorker {
  /** Per-word feedback and the canonical passphrase (shared/passphrase's checkPassphrase). */
  check(input: string): Promise<PassphraseCheck>;
  /** The id and, for a v2 link, its proof: what peek, reveal and ack name the record by. */
  access(link: Pick<LinkParts, 'id' | 'linkKey' | 'version'>): Promise<LinkAccess>;
  /** Derives the keys and compares the link's check (a typo throws CHECK_MISMATCH); → authKey. */
  unlock(opts: UnlockOptions): Promise<string>;
  /** Decrypts what `secret.reveal` returned with the key of the last unlock, then wipes it. */
  open(sealed: { id: string; iv: string; ciphertext: string }): Promise<Opened>;
  /** Ends the worker: its memory (passphrase, keys) goes with it. */
  dispose(): void;
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };

export function createProtocolWorker(): ProtocolWorker {
  let worker: Worker | null = null;
  let seq = 0;
  const pending = new Map<number, Pending>();

  const failAll = (err: Error) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };

  function start(): Worker {
    if (worker) return worker;
    const w = new Worker(new URL('./protocol.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<WorkerReply>) => {
      const reply = e.data;
      const p = pending.get(reply.seq);
      if (!p) return;
      pending.delete(reply.seq);
      if (reply.ok) p.resolve(reply.value);
      else
        p.reject(
          reply.code ? new ProtocolError(reply.code, reply.message) : new Error(reply.message),
        );
    };
    w.onerror = (e) => {
      e.preventDefault();
      failAll(new Error(`the page's crypto worker failed: ${e.message || 'it did not start'}`));
      w.terminate();
      worker = null;
    };
    worker = w;
    return w;
  }

  function call<T>(req: WorkerRequest): Promise<T> {
    const w = start();
    return new Promise<T>((resolve, reject) => {
      pending.set(req.seq, { resolve: resolve as (v: unknown) => void, reject });
      w.postMessage(req);
    });
  }

  return {
    check: (input) => call({ op: 'check', seq: ++seq, input }),
    access: ({ id, linkKey, version }) => call({ op: 'access', seq: ++seq, id, linkKey, version }),
    unlock: (opts) => call({ op: 'unlock', seq: ++seq, ...opts }),
    open: (sealed) => call({ op: 'open', seq: ++seq, ...sealed }),
    dispose() {
      failAll(new Error('the crypto worker was stopped'));
      worker?.terminate();
      worker = null;
    },
  };
}
