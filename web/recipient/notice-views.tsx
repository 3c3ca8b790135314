// The states that end the page's work or wait for it: a heading, one message from
// shared/messages, what to do next, and a retry where trying again can help.
import type { Failure } from '../../shared/messages';
import { messageFor } from '../../shared/messages';
import { recipient } from '../../shared/i18n/surfaces/recipient';
import { useT } from '../ui/language';
import { LoadErrorView as SharedLoadError, Notice } from '../ui/Notice';

export function LoadingView() {
  const t = useT(recipient);
  return (
    <section class="card notice" data-testid="state-loading" aria-busy="true">
      <h1>{t('loading.title')}</h1>
      <p role="status">{t('loading.status')}</p>
    </section>
  );
}

export function UnavailableView() {
  const t = useT(recipient);
  return (
    <Notice testid="state-unavailable" tone="neutral" title={t('unavailable.title')}>
      <p data-testid="message">{messageFor('UNAVAILABLE')}</p>
      <p class="muted">{t('unavailable.why')}</p>
    </Notice>
  );
}

export function IncompleteLinkView() {
  const t = useT(recipient);
  return (
    <Notice testid="state-incomplete" tone="neutral" title={t('incomplete.title')}>
      <p data-testid="message">{messageFor('BAD_LINK')}</p>
      <p class="muted">{t('incomplete.why')}</p>
    </Notice>
  );
}

export function LoadErrorView(props: { failure: Failure; onRetry: () => void }) {
  return <SharedLoadError title={useT(recipient)('loadError.title')} {...props} />;
}

export function DestroyedView(props: { failure: Failure }) {
  const t = useT(recipient);
  return (
    <Notice testid="state-destroyed" tone="error" title={t('destroyed.title')}>
      <p data-testid="message">{props.failure.message}</p>
      <p class="muted">{t('destroyed.why')}</p>
    </Notice>
  );
}

export function FailedView(props: { failure: Failure }) {
  const t = useT(recipient);
  return (
    <Notice testid="state-failed" tone="error" title={t('failed.title')}>
      <p data-testid="message">{props.failure.message}</p>
      <p class="muted">{t('failed.why')}</p>
    </Notice>
  );
}
