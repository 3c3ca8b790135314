// One share in the Sent list: what it is, its state with times, its events, revoke and remove.
import { useState } from 'preact/hooks';
import { previewerFor } from '../../shared/previewers';
import { messageForPreviewer } from '../../shared/messages';
import type { SecretEvent } from '../../shared/schemas';
import { effectiveState, type SentShareView as SentShare } from './clients';
import { formatRelative, formatWhen } from './format';
import { ItemHeading, useItemActions } from './ListItem';
import { panels } from '../../shared/i18n/surfaces/panels';
import type { Translate } from '../../shared/i18n/format';
import { useT, useWords } from './language';

type T = Translate<keyof typeof panels.en & string>;
const EVENTS = ['created', 'opened', 'viewed', 'attempt_failed', 'destroyed', 'expired', 'revoked'];
const ENDED = ['viewed', 'expired', 'revoked', 'destroyed'] as const;

/** "Link opened by a Slack link preview" when a known previewer or scanner opened it. */
function eventText(e: SecretEvent, t: T): string {
  if (e.type === 'opened' && e.previewer) {
    return t('event.openedBy', { previewer: messageForPreviewer(previewerFor(e.previewer)) });
  }
  return EVENTS.includes(e.type) ? t(`event.${e.type as 'created'}`) : e.type;
}

function stateLine(share: SentShare, state: string, t: T, locale: string): string {
  const when = formatWhen(share.createdAt, locale);
  if (state === 'pending') {
    return t('sent.pending', { when, relative: formatRelative(share.expiresAt, locale) });
  }
  if (state === 'unknown') return t('sent.gone', { when });
  const ended = share.endedAt ?? (state === 'expired' ? share.expiresAt : null);
  const known = ENDED.find((s) => s === state);
  return ended && known
    ? t(`sent.${known}At`, { when, at: formatWhen(ended, locale) })
    : t('sent.created', { when });
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
  const t = useT(panels);
  const { locale } = useWords();
  return (
    <li class="sent-item" data-testid="sent-item" data-share-id={share.id}>
      <ItemHeading
        title={share.label || t(`kind.${share.kind}`)}
        state={state}
        stateText={t(`state.${state}`)}
        testid="sent-state"
        line={stateLine(share, state, t, locale)}
      />
      {state === 'pending' && share.viewsLeft < share.maxViews && (
        <div class="meta">
          {t('sent.viewsLeft', { left: share.viewsLeft, count: share.maxViews })}
        </div>
      )}
      {open && (
        <ul class="events" data-testid="sent-events">
          {share.events.length === 0 && <li>{t('sent.noEvents')}</li>}
          {share.events.map((e, i) => (
            <li key={i} data-testid="sent-event">
              {formatWhen(e.at, locale)} {eventText(e, t)}
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
          {open ? t('sent.hideEvents') : t('sent.events', { count: share.events.length })}
        </button>
        {state === 'pending' && (
          <button
            type="button"
            class="link-btn"
            data-testid="sent-revoke"
            onClick={() => setConfirm('revoke')}
          >
            {t('sent.revoke')}
          </button>
        )}
        <button
          type="button"
          class="link-btn"
          data-testid="sent-remove"
          onClick={() => setConfirm('forget')}
        >
          {t('sent.remove')}
        </button>
      </div>
      {confirm && (
        <div class="confirm row spread">
          <span>
            {confirm === 'revoke'
              ? t('sent.confirmRevoke')
              : state === 'pending'
                ? t('sent.confirmRemovePending')
                : t('sent.confirmRemove')}
          </span>
          <span class="row">
            <button
              type="button"
              class="secondary"
              data-testid="sent-cancel"
              onClick={() => setConfirm(null)}
            >
              {t('sent.cancel')}
            </button>
            <button
              type="button"
              class="danger-btn"
              disabled={working}
              data-testid={confirm === 'revoke' ? 'sent-revoke-confirm' : 'sent-remove-confirm'}
              onClick={act(confirm === 'revoke' ? onRevoke : onForget)}
            >
              {confirm === 'revoke' ? t('sent.revoke') : t('sent.removeConfirm')}
            </button>
          </span>
        </div>
      )}
    </li>
  );
}
