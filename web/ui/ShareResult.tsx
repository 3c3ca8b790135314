// The two halves of a share, each with its own copy button, and the link's QR code.
import type { ShareResult as Result } from './clients';
import { describeShareOptions } from './share-options';
import { QrCode } from './QrCode';
import { ResultHalf } from './ResultHalf';
import { formatRelative, formatWhen } from './format';
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
  return (
    <section class="result" data-testid="share-result">
      <h2 ref={heading} tabIndex={-1} data-testid="result-title">
        {label ? `Ready to send: ${label}` : 'Ready to send'}
      </h2>
      <p class="reminder" data-testid="result-reminder">
        Send the link and the passphrase over <b>different channels</b>, e.g. the link by email and
        the passphrase by chat.
      </p>
      <ResultHalf
        name="Link"
        value={result.link}
        copyLabel="Copy link"
        testids={['copy-link', 'result-link']}
      />
      <ResultHalf
        name="Passphrase"
        value={result.passphrase}
        copyLabel="Copy passphrase"
        testids={['copy-passphrase', 'result-passphrase']}
        passphrase
      />
      <div class="qr-row">
        <QrCode text={result.link} testid="result-qr" />
        <div class="muted">
          <p>Scan to open the link on a phone.</p>
          <p data-testid="result-expiry">
            Expires {formatRelative(result.expiresAt)} ({formatWhen(result.expiresAt)})
          </p>
          <p>
            {describeShareOptions(result)}. {props.followHint ?? 'Follow it under Sent.'}
          </p>
        </div>
      </div>
      <button type="button" class="secondary wide" data-testid="result-done" onClick={props.onDone}>
        Done: forget link and passphrase
      </button>
    </section>
  );
}
