// The two halves of a share, each with its own copy button, and the link's QR code.
import type { ShareResult as Result } from './clients';
import { QrCode } from './QrCode';
import { ResultHalf } from './ResultHalf';
import { formatRelative, formatWhen } from './format';
import { panels } from '../../shared/i18n/surfaces/panels';
import { useT, useWords } from './language';
import { useFocusOnMount } from './use-focus';
import './result.css';

export function ShareResult(props: {
  result: Result;
  onDone: () => void;
  /** Where to follow the share; default: the extension's Sent tab. */
  followHint?: string | undefined;
}) {
  const { result } = props;
  const { label } = result;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const t = useT(panels);
  const { locale } = useWords();
  const [before, after] = t('result.reminder').split('{channels}');
  return (
    <section class="result" data-testid="share-result">
      <h2 ref={heading} tabIndex={-1} data-testid="result-title">
        {label ? t('result.readyLabel', { label }) : t('result.ready')}
      </h2>
      <p class="reminder" data-testid="result-reminder">
        {before}
        <b>{t('result.channels')}</b>
        {after}
      </p>
      <ResultHalf
        name={t('result.link')}
        value={result.link}
        copyLabel={t('result.copyLink')}
        testids={['copy-link', 'result-link']}
      />
      <ResultHalf
        name={t('result.passphrase')}
        value={result.passphrase}
        copyLabel={t('result.copyPassphrase')}
        testids={['copy-passphrase', 'result-passphrase']}
        passphrase
      />
      {/* The words are the one English list of the protocol: said where another language shows. */}
      {locale !== 'en' && (
        <p class="hint" data-testid="result-words">
          {t('result.words')}
        </p>
      )}
      <div class="qr-row">
        <QrCode text={result.link} testid="result-qr" />
        <div class="muted">
          <p>{t('result.scan')}</p>
          <p data-testid="result-expiry">
            {t('result.expires', {
              relative: formatRelative(result.expiresAt, locale),
              when: formatWhen(result.expiresAt, locale),
            })}
          </p>
          <p>
            {t('result.limits', {
              views: t('result.views', { count: result.maxViews }),
              attempts: t('result.attempts', { count: result.maxAttempts }),
            })}{' '}
            {props.followHint ?? t('result.follow')}
          </p>
        </div>
      </div>
      <button type="button" class="secondary wide" data-testid="result-done" onClick={props.onDone}>
        {t('result.done')}
      </button>
    </section>
  );
}
