// Secret requests from the home page (web/ui/clients.ts RequestClient): the key pair is made in
// this page, non-extractable, and kept in this origin's IndexedDB (web/lib/request-keys.ts); the
// request's manage token and label in localStorage (stores.ts). The answer is decrypted here,
// once; the key goes as soon as nothing can use it (read, revoked, expired, gone).
import { EXPIRY, STATUS_BATCH_MAX } from '../../shared/limits';
import { createRequest, readRequestAnswer } from '../../shared/request/protocol';
import type { RequestClient } from '../ui/clients';
import { MAX_LABEL_CHARS } from '../ui/share-options';
import { deleteRequestKeys, loadRequestKey, saveRequestKey } from '../lib/request-keys';
import {
  applyRequestStatus,
  ENDED_REQUEST_STATES,
  freshRequest,
  requestNeedsPoll,
} from '../lib/status';
import type { HomeApi } from './api';
import { InputError, worded } from './share-client';
import { prepend, replace, requestList, without, type HomeRequest } from './stores';

function find(id: string): HomeRequest {
  const r = requestList.read().find((x) => x.id === id);
  if (!r) throw new InputError('This request is no longer in this browser.');
  return r;
}

const isUnavailable = (err: unknown) =>
  (err as { data?: { reason?: string } }).data?.reason === 'UNAVAILABLE';

async function refreshRequests(api: HomeApi): Promise<void> {
  const due = requestList.read().filter(requestNeedsPoll);
  for (let i = 0; i < due.length; i += STATUS_BATCH_MAX) {
    const batch = due.slice(i, i + STATUS_BATCH_MAX);
    const { requests } = await api.request.status.mutate({
      manageTokens: batch.map((r) => r.manageToken),
    });
    const checkedAt = new Date().toISOString();
    const byId = new Map(batch.map((r, j) => [r.id, requests[j]]));
    const next = requestList.update((list) =>
      list.map((r) => {
        const entry = byId.get(r.id);
        return entry ? applyRequestStatus(r, entry, checkedAt) : r;
      }),
    );
    const ended = next.filter((r) => byId.has(r.id) && ENDED_REQUEST_STATES.includes(r.state));
    await deleteRequestKeys(ended.map((r) => r.id));
  }
}

export function homeRequestClient(api: HomeApi, origin: string): RequestClient {
  return {
    async create(d) {
      const note = d.note.trim();
      if (!note)
        throw new InputError('Say what you need: the note is shown to the person you ask.');
      if (!Number.isInteger(d.expiresIn) || d.expiresIn < EXPIRY.min) {
        throw new InputError('Choose how long the request stays open.');
      }
      return worded(async () => {
        const made = await createRequest({ note, expiresIn: d.expiresIn, publicUrl: origin });
        const { id, expiresAt } = await api.request.create.mutate(made.input);
        await saveRequestKey(id, made.keyPair);
        const label = (d.label.trim() || note).replace(/\s+/g, ' ').slice(0, MAX_LABEL_CHARS);
        const fresh = freshRequest({ id, label, manageToken: made.manageToken, expiresAt });
        requestList.update(prepend<HomeRequest>(fresh));
        return { id, link: made.link, expiresAt, label };
      });
    },

    read: (id) =>
      worded(async () => {
        const r = find(id);
        const keyPair = await loadRequestKey(id);
        if (!keyPair) throw new InputError('The key of this request is gone: its answer was read.');
        const now = new Date().toISOString();
        let read;
        try {
          read = await api.request.read.mutate({ manageToken: r.manageToken });
        } catch (err) {
          if (isUnavailable(err)) {
            await deleteRequestKeys([id]);
            requestList.update(replace(id, (x) => ({ ...x, state: 'unknown', checkedAt: now })));
          }
          throw err;
        }
        if (read.state === 'waiting') return null;
        const answer = await readRequestAnswer(keyPair, read);
        await deleteRequestKeys([id]);
        requestList.update(
          replace(id, (x) => ({ ...x, state: 'read', endedAt: now, checkedAt: now })),
        );
        return answer;
      }),

    revoke: (id) =>
      worded(async () => {
        const r = find(id);
        const { state } = await api.request.revoke.mutate({ manageToken: r.manageToken });
        await deleteRequestKeys([id]);
        const now = new Date().toISOString();
        requestList.update(
          replace(id, (x) => ({ ...x, state, endedAt: x.endedAt ?? now, checkedAt: now })),
        );
      }),

    forget: (id) =>
      worded(async () => {
        await deleteRequestKeys([id]);
        requestList.update(without(id));
      }),

    refresh: () => worded(() => refreshRequests(api)),
  };
}
