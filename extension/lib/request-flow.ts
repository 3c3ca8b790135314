// Secret requests, in the background: make one (key pair here, non-extractable, into IndexedDB;
// the encrypted note to the server), follow them, read an answer (decrypted here, by extension
// code, never by a page the server serves), revoke or forget one. Keys go once nothing can use
// them: read, revoked, expired or forgotten by the server.
import type { SecretKind } from '../../shared/envelope';
import { EXPIRY } from '../../shared/limits';
import { createRequest } from '../../shared/request/protocol';
import { readRequestAnswer } from '../../shared/request/protocol';
import type { RequestStatusEntry } from '../../shared/request/schemas';
import { apiFor } from './api';
import type { Notice } from './notices';
import { MIN_DELAY_MINUTES, schedulePoll, type PollOutcome } from './poll-schedule';
import { deleteRequestKeys, loadRequestKey, saveRequestKey } from '../../web/lib/request-keys';
import {
  addRequest,
  ENDED_REQUEST_STATES,
  listRequests,
  requestNeedsPoll,
  updateRequests,
  type SentRequest,
  type SentRequestState,
} from './request-store';
import { loadSettings } from './settings';
import { applyRequestStatus, freshRequest } from '../../web/lib/status';
import { fetchDue } from './status-fetch';
import { InputError } from './share-flow';
import type { MadeRequest, RequestDraft } from '../../web/ui/clients';
import { MAX_LABEL_CHARS } from '../../shared/limits';

export type { MadeRequest, RequestDraft } from '../../web/ui/clients';

export async function createAndRecordRequest(d: RequestDraft): Promise<MadeRequest> {
  const note = typeof d.note === 'string' ? d.note.trim() : '';
  if (!note) throw new InputError('Say what you need: the note is shown to the person you ask.');
  if (!Number.isInteger(d.expiresIn) || d.expiresIn < EXPIRY.min || d.expiresIn > EXPIRY.hardMax) {
    throw new InputError('Choose how long the request stays open.');
  }
  const { server } = await loadSettings();
  const made = await createRequest({ note, expiresIn: d.expiresIn, publicUrl: server });
  const { id, expiresAt } = await apiFor(server).request.create.mutate(made.input);
  await saveRequestKey(id, made.keyPair);
  const label = (d.label.trim() || note).replace(/\s+/g, ' ').slice(0, MAX_LABEL_CHARS);
  const fresh = freshRequest({ id, label, manageToken: made.manageToken, expiresAt });
  await addRequest({ ...fresh, server, notifiedAnswered: false });
  await schedulePoll(MIN_DELAY_MINUTES);
  return { id, link: made.link, expiresAt, label };
}

async function find(id: string): Promise<SentRequest> {
  const r = (await listRequests()).find((x) => x.id === id);
  if (!r) throw new InputError('This request is no longer in this browser.');
  return r;
}

function setState(id: string, change: Partial<SentRequest>) {
  return updateRequests((list) => ({
    list: list.map((r) => (r.id === id ? { ...r, ...change } : r)),
    result: undefined,
  }));
}

/** The answer, once: the server burns it as it hands it over; the key is deleted after. */
export async function readAnswer(id: string): Promise<{ kind: SecretKind; value: string } | null> {
  const r = await find(id);
  const keyPair = await loadRequestKey(id);
  if (!keyPair)
    throw new InputError('The key of this request is gone: its answer was read, or it ended.');
  const now = new Date().toISOString();
  let read;
  try {
    read = await apiFor(r.server).request.read.mutate({ manageToken: r.manageToken });
  } catch (err) {
    if ((err as { data?: { reason?: string } }).data?.reason === 'UNAVAILABLE') {
      await deleteRequestKeys([id]);
      await setState(id, { state: 'unknown', checkedAt: now });
    }
    throw err;
  }
  if (read.state === 'waiting') return null;
  const answer = await readRequestAnswer(keyPair, read);
  await deleteRequestKeys([id]);
  await setState(id, { state: 'read', endedAt: now, checkedAt: now });
  return answer;
}

export async function revokeRequest(id: string): Promise<SentRequestState> {
  const r = await find(id);
  const { state } = await apiFor(r.server).request.revoke.mutate({ manageToken: r.manageToken });
  await deleteRequestKeys([id]);
  const now = new Date().toISOString();
  await setState(id, { state, endedAt: r.endedAt ?? now, checkedAt: now });
  return state;
}

/** Forgets a request here (and its key); the server keeps its tombstone until retention. */
export async function forgetRequest(id: string): Promise<boolean> {
  await deleteRequestKeys([id]);
  return updateRequests((list) => {
    const next = list.filter((r) => r.id !== id);
    return { list: next, result: next.length !== list.length };
  });
}

export type RequestStatusFetcher = (
  server: string,
  tokens: string[],
) => Promise<RequestStatusEntry[]>;

const fetchRequestStatuses: RequestStatusFetcher = async (server, manageTokens) =>
  (await apiFor(server).request.status.mutate({ manageTokens })).requests;

function answeredNotice(r: SentRequest): Notice {
  return {
    id: `answered:${r.id}`,
    title: 'notice.answered.title',
    message: 'notice.answered',
    label: r.label,
  };
}

/** One round for the requests: store what changed, announce answers, drop keys of ended ones. */
export async function pollRequests(
  fetcher: RequestStatusFetcher = fetchRequestStatuses,
): Promise<PollOutcome & { error: unknown; notices: Notice[] }> {
  const due = (await listRequests()).filter(requestNeedsPoll);
  const { answers, error } = await fetchDue(due, fetcher);
  const checkedAt = new Date().toISOString();
  const outcome = await updateRequests((list) => {
    const notices: Notice[] = [];
    let changed = false;
    const next = list.map((r) => {
      const e = answers.get(r.id);
      if (!e) return r;
      const u = applyRequestStatus(r, e, checkedAt);
      changed ||= u.state !== r.state;
      if (u.state === 'answered' && !u.notifiedAnswered) {
        notices.push(answeredNotice(u));
        u.notifiedAnswered = true;
      }
      return u;
    });
    const live = next.filter(requestNeedsPoll);
    const newest = live.length ? Math.max(...live.map((r) => Date.parse(r.createdAt))) : null;
    const ended = next.filter((r) => ENDED_REQUEST_STATES.includes(r.state)).map((r) => r.id);
    return {
      list: next,
      result: { live: live.length, changed, newestLiveCreatedAt: newest, notices, ended },
    };
  });
  await deleteRequestKeys(outcome.ended);
  return { ...outcome, error };
}
