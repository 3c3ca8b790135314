// One request in a requests list (the popup's Request tab, the home page): its label, state and times; Read (once) when answered,
// Revoke while it is open, Remove once it ended.
import { useState } from 'preact/hooks';
import { effectiveRequestState, type SentRequestView as SentRequest } from './clients';
import { formatRelative, formatWhen } from './format';

const STATE_TEXT: Record<string, string> = {
  waiting: 'waiting',
  answered: 'answered',
  read: 'read',
  expired: 'expired',
  revoked: 'revoked',
  unknown: 'gone',
};

function line(r: SentRequest, state: string): string {
  const made = `Asked ${formatWhen(r.createdAt)}`;
  if (state === 'waiting') return `${made} · open until ${formatRelative(r.expiresAt)}`;
  if (state === 'answered')
    return `Answered ${formatWhen(r.answeredAt!)} · readable until ${formatRelative(r.expiresAt)}`;
  const ended = r.endedAt ?? (state === 'expired' ? r.expiresAt : null);
  return ended ? `${made} · ${state} ${formatWhen(ended)}` : made;
}

interface Props {
  request: SentRequest;
  onRead: (id: string) => Promise<void>;
  onRevoke: (id: string) => Promise<void>;
  onForget: (id: string) => Promise<void>;
}

export function RequestItem({ request, onRead, onRevoke, onForget }: Props) {
  const [working, setWorking] = useState(false);
  const state = effectiveRequestState(request);
  const act = (fn: (id: string) => Promise<void>) => async () => {
    setWorking(true);
    try {
      await fn(request.id);
    } finally {
      setWorking(false);
    }
  };
  const open = state === 'waiting' || state === 'answered';
  return (
    <li class="sent-item" data-testid="request-item" data-request-id={request.id}>
      <div class="row spread">
        <div class="title">{request.label}</div>
        <span class={`badge ${state}`} data-testid="request-state">
          {STATE_TEXT[state]}
        </span>
      </div>
      <div class="meta">{line(request, state)}</div>
      <div class="actions">
        {state === 'answered' && (
          <button
            type="button"
            class="primary"
            disabled={working}
            data-testid="request-read"
            onClick={act(onRead)}
          >
            Read the answer (once)
          </button>
        )}
        {open && (
          <button
            type="button"
            class="link-btn"
            disabled={working}
            data-testid="request-revoke"
            onClick={act(onRevoke)}
          >
            Revoke
          </button>
        )}
        {!open && (
          <button
            type="button"
            class="link-btn"
            disabled={working}
            data-testid="request-forget"
            onClick={act(onForget)}
          >
            Remove
          </button>
        )}
      </div>
    </li>
  );
}
