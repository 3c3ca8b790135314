// A state that ends a page's work or waits for it: a heading that takes focus (so a screen reader
// announces the new state), a tone, and what to say. The recipient and request pages share it.
import type { ComponentChildren } from 'preact';
import { common } from '../../shared/i18n/surfaces/common';
import type { Failure } from '../../shared/messages';
import { useT } from './language';
import { useFocusOnMount } from './use-focus';

export function Notice(props: {
  testid: string;
  tone: 'neutral' | 'error';
  title: string;
  children: ComponentChildren;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section class={`card notice notice--${props.tone}`} data-testid={props.testid}>
      <h1 ref={heading} tabIndex={-1} data-testid={`${props.testid}-title`}>
        {props.title}
      </h1>
      {props.children}
    </section>
  );
}

/** The page could not ask the server: what went wrong, and a retry. */
export function LoadErrorView(props: { title: string; failure: Failure; onRetry: () => void }) {
  return (
    <Notice testid="state-load-error" tone="error" title={props.title}>
      <p data-testid="message">{props.failure.message}</p>
      <div class="actions">
        <button
          type="button"
          class="button button--primary"
          data-testid="retry"
          onClick={props.onRetry}
        >
          {useT(common)('notice.retry')}
        </button>
      </div>
    </Notice>
  );
}
