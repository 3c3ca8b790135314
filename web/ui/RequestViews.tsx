// A request just made (the link to send, with its QR code) and an answer read once: the two
// results of the requests panel (RequestPanel.tsx).
import type { Answer as AnswerValue, MadeRequest } from './clients';
import { CopyButton } from './CopyButton';
import { formatRelative, formatWhen } from './format';
import { panels } from '../../shared/i18n/surfaces/panels';
import { useT, useWords } from './language';
import { QrCode } from './QrCode';
import { ResultHalf } from './ResultHalf';
import { useFocusOnMount } from './use-focus';
import './result.css';

export function Made(props: { made: MadeRequest; followHint: string; onDone: () => void }) {
  const { made } = props;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const t = useT(panels);
  const { locale } = useWords();
  return (
    <section class="result" data-testid="request-result">
      <h2 ref={heading} tabIndex={-1} data-testid="request-result-title">
        {t('made.title', { label: made.label })}
      </h2>
      <p class="reminder">{t('made.reminder')}</p>
      <ResultHalf
        name={t('made.link')}
        value={made.link}
        copyLabel={t('made.copy')}
        testids={['copy-request-link', 'request-link']}
      />
      <div class="qr-row">
        <QrCode text={made.link} testid="request-qr" />
        <p class="muted">
          {t('made.open', {
            when: formatWhen(made.expiresAt, locale),
            relative: formatRelative(made.expiresAt, locale),
          })}{' '}
          {props.followHint}
        </p>
      </div>
      <button
        type="button"
        class="secondary wide"
        data-testid="request-done"
        onClick={props.onDone}
      >
        {t('made.done')}
      </button>
    </section>
  );
}

export function Answer(props: { answer: AnswerValue; onDone: () => void }) {
  const { kind, value } = props.answer;
  // As on the recipient page, the reader arrives on the value itself; Tab goes on to Copy.
  const field = useFocusOnMount<HTMLTextAreaElement>();
  const t = useT(panels);
  return (
    <section class="result" data-testid="request-answer">
      <h2>
        {kind === 'text' ? t('answer.title') : t('answer.titleKind', { kind: t(`kind.${kind}`) })}
      </h2>
      <textarea
        ref={field}
        class="answer-value"
        readOnly
        aria-label={t('answer.title')}
        dir="auto"
        rows={Math.min(10, value.split('\n').length + 1)}
        value={value}
        data-testid="answer-value"
      />
      <div class="row">
        <CopyButton text={value} label={t('answer.copy')} testid="copy-answer" />
        <span class="muted">{t('answer.once')}</span>
      </div>
      <button type="button" class="secondary wide" data-testid="answer-done" onClick={props.onDone}>
        {t('answer.done')}
      </button>
    </section>
  );
}
