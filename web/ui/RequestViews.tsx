// A request just made (the link to send, with its QR code) and an answer read once: the two
// results of the requests panel (RequestPanel.tsx).
import type { Answer as AnswerValue, MadeRequest } from './clients';
import { CopyButton } from './CopyButton';
import { formatRelative, formatWhen } from './format';
import { KIND_LABELS } from './kinds';
import { QrCode } from './QrCode';
import { ResultHalf } from './ResultHalf';
import { useFocusOnMount } from './use-focus';
import './result.css';

export function Made(props: { made: MadeRequest; followHint: string; onDone: () => void }) {
  const { made } = props;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section class="result" data-testid="request-result">
      <h2 ref={heading} tabIndex={-1} data-testid="request-result-title">
        Request ready: {made.label}
      </h2>
      <p class="reminder">
        Send this link to the person who has the secret. They answer in any browser, once; only this
        browser can read the answer.
      </p>
      <ResultHalf
        name="Request link"
        value={made.link}
        copyLabel="Copy link"
        testids={['copy-request-link', 'request-link']}
      />
      <div class="qr-row">
        <QrCode text={made.link} testid="request-qr" />
        <p class="muted">
          Open until {formatWhen(made.expiresAt)} ({formatRelative(made.expiresAt)}).{' '}
          {props.followHint}
        </p>
      </div>
      <button
        type="button"
        class="secondary wide"
        data-testid="request-done"
        onClick={props.onDone}
      >
        Done
      </button>
    </section>
  );
}

export function Answer(props: { answer: AnswerValue; onDone: () => void }) {
  const { kind, value } = props.answer;
  // As on the recipient page, the reader arrives on the value itself; Tab goes on to Copy.
  const field = useFocusOnMount<HTMLTextAreaElement>();
  return (
    <section class="result" data-testid="request-answer">
      <h2>The answer{kind !== 'text' ? ` (${KIND_LABELS[kind] ?? kind})` : ''}</h2>
      <textarea
        ref={field}
        class="answer-value"
        readOnly
        aria-label="The answer"
        rows={Math.min(10, value.split('\n').length + 1)}
        value={value}
        data-testid="answer-value"
      />
      <div class="row">
        <CopyButton text={value} label="Copy" testid="copy-answer" />
        <span class="muted">Shown once: the server has deleted it, and this browser its key.</span>
      </div>
      <button type="button" class="secondary wide" data-testid="answer-done" onClick={props.onDone}>
        Done: forget the answer
      </button>
    </section>
  );
}
