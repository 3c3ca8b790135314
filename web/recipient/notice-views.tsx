// The states that end the page's work or wait for it: a heading, one message from
// shared/messages, what to do next, and a retry where trying again can help.
import type { Failure } from '../../shared/messages';
import { messageFor } from '../../shared/messages';
import { LoadErrorView as SharedLoadError, Notice } from '../ui/Notice';

export function LoadingView() {
  return (
    <section class="card notice" data-testid="state-loading" aria-busy="true">
      <h1>Opening the link…</h1>
      <p role="status">Checking that the secret is still there. This spends nothing.</p>
    </section>
  );
}

export function UnavailableView() {
  return (
    <Notice testid="state-unavailable" tone="neutral" title="Nothing to reveal here">
      <p data-testid="message">{messageFor('UNAVAILABLE')}</p>
      <p class="muted">
        One-time secrets disappear once read, when they expire, or when the sender revokes them, and
        nobody can bring one back.
      </p>
    </Notice>
  );
}

export function IncompleteLinkView() {
  return (
    <Notice testid="state-incomplete" tone="neutral" title="Check the link">
      <p data-testid="message">{messageFor('BAD_LINK')}</p>
      <p class="muted">
        Nothing was spent: the secret, if it is still there, waits for the whole link. Some mail and
        chat apps cut long links or drop the part after the # sign; copying the link by hand usually
        works.
      </p>
    </Notice>
  );
}

export function LoadErrorView(props: { failure: Failure; onRetry: () => void }) {
  return <SharedLoadError title="Could not open the secret" {...props} />;
}

export function DestroyedView(props: { failure: Failure }) {
  return (
    <Notice testid="state-destroyed" tone="error" title="The secret has been destroyed">
      <p data-testid="message">{props.failure.message}</p>
      <p class="muted">
        Nobody can read it now, not even the sender. When it is shared again, check the passphrase
        with the sender.
      </p>
    </Notice>
  );
}

export function FailedView(props: { failure: Failure }) {
  return (
    <Notice testid="state-failed" tone="error" title="The secret could not be opened">
      <p data-testid="message">{props.failure.message}</p>
      <p class="muted">Ask the sender for a new link.</p>
    </Notice>
  );
}
