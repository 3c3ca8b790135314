// The request page's states around the form: loading, a damaged link, a request that no longer
// takes an answer (and why, which only the holder of the whole link learns), the answer sent.
import type { Failure } from '../../shared/messages';
import { messageFor } from '../../shared/messages';
import { LoadErrorView as SharedLoadError, Notice } from '../ui/Notice';

export function LoadingView() {
  return (
    <section class="card notice" data-testid="state-loading" aria-busy="true">
      <h1>Opening the request…</h1>
      <p role="status">Checking that the request is still open.</p>
    </section>
  );
}

export function IncompleteView() {
  return (
    <Notice testid="state-incomplete" tone="neutral" title="Check the link">
      <p data-testid="message">{messageFor('BAD_LINK')}</p>
      <p class="muted">
        The part after # holds the key your answer is encrypted to. Some mail and chat apps cut long
        links; copying the link by hand usually works.
      </p>
    </Notice>
  );
}

const CLOSED = {
  answered: {
    title: 'This request has been answered',
    text: messageFor('ALREADY_ANSWERED'),
  },
  expired: {
    title: 'This request has expired',
    text: 'It can no longer be answered. Ask the person who sent it for a new link.',
  },
  revoked: {
    title: 'This request was cancelled',
    text: 'The person who asked withdrew it, so it takes no answer. Ask them if you are unsure.',
  },
  unavailable: {
    title: 'This request is not available',
    text: 'It may have been answered already, expired, or never existed. Ask the person who sent it for a new link.',
  },
} as const;

export function ClosedView(props: { why: keyof typeof CLOSED }) {
  const { title, text } = CLOSED[props.why];
  return (
    <Notice testid={`state-${props.why}`} tone="neutral" title={title}>
      <p data-testid="message">{text}</p>
    </Notice>
  );
}

export function LoadErrorView(props: { failure: Failure; onRetry: () => void }) {
  return <SharedLoadError title="Could not open the request" {...props} />;
}

export function SentView() {
  return (
    <Notice testid="state-sent" tone="neutral" title="Sent: only the person who asked can read it">
      <p data-testid="message">
        Your answer was encrypted in this browser for them alone; the server keeps only ciphertext,
        and deletes it as soon as they read it. This link takes no second answer.
      </p>
      <p class="muted">You can close this page.</p>
    </Notice>
  );
}
