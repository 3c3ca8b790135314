// The request page's states around the form: loading, a damaged link, a request that no longer
// takes an answer (and why, which only the holder of the whole link learns), the answer sent.
import type { Failure } from '../../shared/messages';
import { messageFor } from '../../shared/messages';
import { LoadErrorView as SharedLoadError, Notice } from '../ui/Notice';
import { useT } from './i18n';

export function LoadingView() {
  const t = useT();
  return (
    <section class="card notice" data-testid="state-loading" aria-busy="true">
      <h1>{t('loading.title')}</h1>
      <p role="status">{t('loading.status')}</p>
    </section>
  );
}

export function IncompleteView() {
  const t = useT();
  return (
    <Notice testid="state-incomplete" tone="neutral" title={t('incomplete.title')}>
      <p data-testid="message">{messageFor('BAD_LINK')}</p>
      <p class="muted">{t('incomplete.why')}</p>
    </Notice>
  );
}

export function ClosedView(props: { why: 'answered' | 'expired' | 'revoked' | 'unavailable' }) {
  const t = useT();
  const { why } = props;
  const title = t(`${why}.title`);
  const text = why === 'answered' ? messageFor('ALREADY_ANSWERED') : t(`${why}.text`);
  return (
    <Notice testid={`state-${props.why}`} tone="neutral" title={title}>
      <p data-testid="message">{text}</p>
    </Notice>
  );
}

export function LoadErrorView(props: { failure: Failure; onRetry: () => void }) {
  return <SharedLoadError title={useT()('loadError.title')} {...props} />;
}

export function SentView() {
  const t = useT();
  return (
    <Notice testid="state-sent" tone="neutral" title={t('sent.title')}>
      <p data-testid="message">{t('sent.text')}</p>
      <p class="muted">{t('sent.close')}</p>
    </Notice>
  );
}
