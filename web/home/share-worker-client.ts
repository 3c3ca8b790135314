// The page's side of share.worker.ts: one worker for one share. Failures come back as the
// ProtocolErrors shared/ threw in the worker, so shared/messages words them as for every client.
import { ProtocolError, type ProtocolErrorCode } from '../../shared/errors';
import type { CreatedShare, CreateShareOptions } from '../../shared/protocol';

export type ShareWorkerRequest = CreateShareOptions;

export type ShareWorkerReply =
  | { ok: true; value: CreatedShare }
  | { ok: false; code: ProtocolErrorCode | null; message: string };

/** createShare in a worker of its own, ended once it answered. */
export function createShareInWorker(opts: CreateShareOptions): Promise<CreatedShare> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./share.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<ShareWorkerReply>) => {
      w.terminate();
      const r = e.data;
      if (r.ok) resolve(r.value);
      else reject(r.code ? new ProtocolError(r.code, r.message) : new Error(r.message));
    };
    w.onerror = (e) => {
      e.preventDefault();
      w.terminate();
      reject(new Error(`the page's crypto worker failed: ${e.message || 'it did not start'}`));
    };
    w.postMessage(opts);
  });
}
