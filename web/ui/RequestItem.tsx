// One request in a requests list (the popup's Request tab, the home page): its label, state and times; Read (once) when answered,
// Revoke while it is open, Remove once it ended.
import { effectiveRequestState, type SentRequestView as SentRequest } from './clients';
import { formatRelative, formatWhen } from './format';
import { ItemHeading, useItemActions } from './ListItem';

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
  const { working, act } = useItemActions(request.id);
  const state = effectiveRequestState(request);
  const open = state === 'waiting' || state === 'answered';
  const action = (testid: string, text: string, fn: Props['onRead'], kind = 'link-btn') => (
    <button type="button" class={kind} disabled={working} data-testid={testid} onClick={act(fn)}>
      {text}
    </button>
  );
  return (
    <li class="sent-item" data-testid="request-item" data-request-id={request.id}>
      <ItemHeading
        title={request.label}
        state={state}
        stateText={STATE_TEXT[state]!}
        testid="request-state"
        line={line(request, state)}
      />
      <div class="actions">
        {state === 'answered' &&
          action('request-read', 'Read the answer (once)', onRead, 'primary')}
        {open && action('request-revoke', 'Revoke', onRevoke)}
        {!open && action('request-forget', 'Remove', onForget)}
      </div>
    </li>
  );
}
