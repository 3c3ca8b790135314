// One request in a requests list (the popup's Request tab, the home page): its label, state and times; Read (once) when answered,
// Revoke while it is open, Remove once it ended.
import { effectiveRequestState, type SentRequestView as SentRequest } from './clients';
import { formatRelative, formatWhen } from './format';
import { ItemHeading, useItemActions } from './ListItem';
import { panels } from '../../shared/i18n/surfaces/panels';
import type { Translate } from '../../shared/i18n/format';
import { useT, useWords } from './language';

type T = Translate<keyof typeof panels.en & string>;
const ENDED = ['read', 'expired', 'revoked'] as const;

function line(r: SentRequest, state: string, t: T, locale: string): string {
  const when = formatWhen(r.createdAt, locale);
  const relative = formatRelative(r.expiresAt, locale);
  if (state === 'waiting') return t('request.waiting', { when, relative });
  if (state === 'answered') {
    return t('request.answered', { when: formatWhen(r.answeredAt!, locale), relative });
  }
  const ended = r.endedAt ?? (state === 'expired' ? r.expiresAt : null);
  const known = ENDED.find((s) => s === state);
  return ended && known
    ? t(`request.${known}At`, { when, at: formatWhen(ended, locale) })
    : t('request.asked', { when });
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
  const t = useT(panels);
  const { locale } = useWords();
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
        stateText={t(`rstate.${state}`)}
        testid="request-state"
        line={line(request, state, t, locale)}
      />
      <div class="actions">
        {state === 'answered' && action('request-read', t('request.read'), onRead, 'primary')}
        {open && action('request-revoke', t('request.revoke'), onRevoke)}
        {!open && action('request-forget', t('request.remove'), onForget)}
      </div>
    </li>
  );
}
