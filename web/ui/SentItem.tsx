// One share in the Sent list: what it is, its state with times, its events, revoke and remove.
import { useState } from 'preact/hooks';
import { messageForPreviewer } from '../../shared/messages';
import type { SecretEvent } from '../../shared/schemas';
import { effectiveState, type SentShareView as SentShare } from './clients';
import { formatRelative, formatWhen } from './format';
import { KIND_LABELS } from './kinds';
import { ItemHeading, useItemActions } from './ListItem';

const EVENT_TEXT: Record<string, string> = {
  created: 'Created',
  opened: 'Link opened',
  viewed: 'Viewed with the passphrase',
  attempt_failed: 'Wrong passphrase tried',
  destroyed: 'Destroyed after wrong passphrases',
  expired: 'Expired unread',
  revoked: 'Revoked by you',
};

/** "Link opened by a Slack link preview" when a known previewer or scanner opened it. */
function eventText(e: SecretEvent): string {
  if (e.type === 'opened' && e.previewer) return `Link ${messageForPreviewer(e.previewer)}`;
  return EVENT_TEXT[e.type] ?? e.type;
}

function stateLine(share: SentShare, state: string): string {
  const created = `Created ${formatWhen(share.createdAt)}`;
  if (state === 'pending') return `${created} · expires ${formatRelative(share.expiresAt)}`;
  if (state === 'unknown') return `${created} · no longer on the server`;
  const ended = share.endedAt ?? (state === 'expired' ? share.expiresAt : null);
  return ended ? `${created} · ${state} ${formatWhen(ended)}` : created;
}

interface Props {
  share: SentShare;
  onRevoke: (id: string) => Promise<void>;
  onForget: (id: string) => Promise<void>;
}

export function SentItem({ share, onRevoke, onForget }: Props) {
  const [confirm, setConfirm] = useState<'revoke' | 'forget' | null>(null);
  const [open, setOpen] = useState(false);
  const { working, act } = useItemActions(share.id, () => setConfirm(null));
  const state = effectiveState(share);
  return (
    <li class="sent-item" data-testid="sent-item" data-share-id={share.id}>
      <ItemHeading
        title={share.label || KIND_LABELS[share.kind] || 'Text secret'}
        state={state}
        stateText={state === 'unknown' ? 'gone' : state}
        testid="sent-state"
        line={stateLine(share, state)}
      />
      {state === 'pending' && share.viewsLeft < share.maxViews && (
        <div class="meta">
          {share.viewsLeft} of {share.maxViews} views left
        </div>
      )}
      {open && (
        <ul class="events" data-testid="sent-events">
          {share.events.length === 0 && <li>No events fetched yet.</li>}
          {share.events.map((e, i) => (
            <li key={i} data-testid="sent-event">
              {formatWhen(e.at)} {eventText(e)}
              {e.hint && !e.previewer ? ` (${e.hint})` : ''}
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button
          type="button"
          class="link-btn"
          data-testid="sent-details"
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide events' : `Events (${share.events.length})`}
        </button>
        {state === 'pending' && (
          <button
            type="button"
            class="link-btn"
            data-testid="sent-revoke"
            onClick={() => setConfirm('revoke')}
          >
            Revoke
          </button>
        )}
        <button
          type="button"
          class="link-btn"
          data-testid="sent-remove"
          onClick={() => setConfirm('forget')}
        >
          Remove from list
        </button>
      </div>
      {confirm && (
        <div class="confirm row spread">
          <span>
            {confirm === 'revoke'
              ? 'Burn it now? The link stops working.'
              : state === 'pending'
                ? 'The link keeps working until it expires. Remove anyway?'
                : 'Remove it from this list?'}
          </span>
          <span class="row">
            <button type="button" class="secondary" onClick={() => setConfirm(null)}>
              Cancel
            </button>
            <button
              type="button"
              class="danger-btn"
              disabled={working}
              data-testid={confirm === 'revoke' ? 'sent-revoke-confirm' : 'sent-remove-confirm'}
              onClick={act(confirm === 'revoke' ? onRevoke : onForget)}
            >
              {confirm === 'revoke' ? 'Revoke' : 'Remove'}
            </button>
          </span>
        </div>
      )}
    </li>
  );
}
