// Following requests in the background: the status round stores what the server says, announces
// an answer exactly once, keeps polling while a request is live, and shows lapsed ones as expired.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RequestStatusEntry } from '../../shared/request/schemas';
import { noticeText } from './notices';
import { pollRequests, type RequestStatusFetcher } from './request-flow';
import { englishWords } from './words';
import {
  addRequest,
  effectiveRequestState,
  listRequests,
  requestNeedsPoll,
  type SentRequest,
} from './request-store';

let n = 0;
function aRequest(over: Partial<SentRequest> = {}): SentRequest {
  n++;
  return {
    id: `req${String(n).padStart(19, '0')}`,
    label: `request ${n}`,
    server: 'https://one.example',
    manageToken: `tok${String(n).padStart(40, '0')}`,
    createdAt: '2030-01-01T10:00:00.000Z',
    expiresAt: '2099-01-01T10:00:00.000Z',
    state: 'waiting',
    answeredAt: null,
    endedAt: null,
    checkedAt: null,
    notifiedAnswered: false,
    ...over,
  };
}

const answered = (r: SentRequest): RequestStatusEntry => ({
  state: 'answered',
  id: r.id,
  createdAt: r.createdAt,
  expiresAt: '2099-01-02T10:00:00.000Z',
  answeredAt: '2030-01-01T10:05:00.000Z',
  endedAt: null,
});

describe('request polling', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores an answer and announces it once; polling goes on until it is read', async () => {
    const r = aRequest({ label: 'staging DB' });
    await addRequest(r);
    const fetcher = vi.fn<RequestStatusFetcher>(async () => [answered(r)]);
    const first = await pollRequests(fetcher);
    expect(first).toMatchObject({ live: 1, changed: true, error: null });
    expect(first.notices.map((n) => ({ id: n.id, ...noticeText(n, englishWords) }))).toEqual([
      {
        id: `answered:${r.id}`,
        title: 'Your request was answered',
        message: '“staging DB” has its answer. Open oncelink to read it (once).',
      },
    ]);
    const [stored] = await listRequests();
    expect(stored).toMatchObject({
      state: 'answered',
      answeredAt: '2030-01-01T10:05:00.000Z',
      expiresAt: '2099-01-02T10:00:00.000Z',
      notifiedAnswered: true,
    });
    const second = await pollRequests(fetcher);
    expect(second.notices).toEqual([]);
    expect(second.changed).toBe(false);
    expect(fetcher).toHaveBeenCalledTimes(2);
  });

  it('keeps the last known state when the server cannot be asked', async () => {
    await addRequest(aRequest());
    const down = new TypeError('Failed to fetch');
    const result = await pollRequests(async () => {
      throw down;
    });
    expect(result.error).toBe(down);
    expect((await listRequests())[0]!.state).toBe('waiting');
  });

  it('asks only about live requests, and shows lapsed ones as expired', () => {
    const past = '2020-01-01T00:00:00.000Z';
    expect(requestNeedsPoll(aRequest())).toBe(true);
    expect(requestNeedsPoll(aRequest({ state: 'read' }))).toBe(false);
    expect(requestNeedsPoll(aRequest({ expiresAt: past, checkedAt: '2021-01-01T00:00:00Z' }))).toBe(
      false,
    );
    expect(effectiveRequestState(aRequest({ expiresAt: past }))).toBe('expired');
    expect(effectiveRequestState(aRequest({ state: 'answered', expiresAt: past }))).toBe('expired');
    expect(effectiveRequestState(aRequest({ state: 'revoked', expiresAt: past }))).toBe('revoked');
  });
});
