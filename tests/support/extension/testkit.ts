// Test helpers for extension/lib: a SentShare with overridable fields, a status entry, and a
// share's result as the popup keeps it.
import type { SecretEvent, StatusEntry } from '../../../shared/schemas';
import type { SentShare } from '../../../extension/lib/sent-store';
import type { ShareResult } from '../../../extension/lib/share-flow';

/** What the popup keeps of its last share (link and passphrase, never the secret). */
export const aResult = (): ShareResult => ({
  id: 'x',
  link: 'https://ex.ample/s/x#y',
  passphrase: 'a b c d e f',
  expiresAt: '2030-01-01T00:00:00.000Z',
  maxViews: 1,
  maxAttempts: 1,
  label: '',
});

let n = 0;

/** A distinct, valid-looking share (ids and tokens are unique per call). */
export function aShare(over: Partial<SentShare> = {}): SentShare {
  n++;
  const id = `id${String(n).padStart(20, '0')}`;
  return {
    id,
    label: '',
    kind: 'text',
    server: 'https://one.example',
    manageToken: `token-${n}`,
    createdAt: '2030-01-01T10:00:00.000Z',
    expiresAt: '2030-01-02T10:00:00.000Z',
    maxViews: 1,
    maxAttempts: 1,
    state: 'pending',
    viewsLeft: 1,
    attemptsLeft: 1,
    endedAt: null,
    events: [],
    checkedAt: null,
    notifiedViews: 0,
    notifiedDestroyed: false,
    ...over,
  };
}

/** What `secret.status` says about `share` once it is in `state`. */
export function statusOf(
  share: SentShare,
  state: Exclude<StatusEntry['state'], 'unknown'>,
  events: SecretEvent[] = [],
): StatusEntry {
  return {
    state,
    id: share.id,
    createdAt: share.createdAt,
    expiresAt: share.expiresAt,
    endedAt: state === 'pending' ? null : '2030-01-01T11:00:00.000Z',
    viewsLeft: state === 'viewed' ? 0 : share.viewsLeft,
    attemptsLeft: state === 'destroyed' ? 0 : share.attemptsLeft,
    maxViews: share.maxViews,
    maxAttempts: share.maxAttempts,
    events,
  };
}
