// The Request tab: ask for a secret (the link to send), follow your requests, and read an
// answer once. The answer is decrypted by the background (extension code, with the key in
// IndexedDB) and lives only in this view's memory until Done.
import { useState } from 'preact/hooks';
import type { SecretKind } from '../../shared/envelope';
import { BridgeError, callBackground } from '../lib/bridge';
import type { MadeRequest } from '../lib/request-flow';
import { listRequests, type SentRequest } from '../lib/request-store';
import { CopyButton } from './CopyButton';
import { formatRelative, formatWhen } from './format';
import { KIND_LABELS } from './kinds';
import { QrCode } from './QrCode';
import { RequestForm } from './RequestForm';
import { RequestItem } from './RequestItem';
import { useStatusRefresh } from './use-status-refresh';
import { useStored } from './use-stored';
import './result.css';
import './sent.css';

function Made(props: { made: MadeRequest; onDone: () => void }) {
  const { made } = props;
  return (
    <section class="result" data-testid="request-result">
      <h2>Request ready: {made.label}</h2>
      <p class="reminder">
        Send this link to the person who has the secret. They answer in any browser, once; only this
        browser can read the answer.
      </p>
      <div class="half">
        <div class="row">
          <strong>Request link</strong>
          <CopyButton text={made.link} label="Copy link" testid="copy-request-link" />
        </div>
        <p class="value" data-testid="request-link">
          {made.link}
        </p>
      </div>
      <div class="qr-row">
        <QrCode text={made.link} testid="request-qr" />
        <p class="muted">
          Open until {formatWhen(made.expiresAt)} ({formatRelative(made.expiresAt)}). You get a
          notification when it is answered.
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

function Answer(props: { answer: { kind: SecretKind; value: string }; onDone: () => void }) {
  const { kind, value } = props.answer;
  return (
    <section class="result" data-testid="request-answer">
      <h2>The answer{kind !== 'text' ? ` (${KIND_LABELS[kind] ?? kind})` : ''}</h2>
      <textarea
        class="answer-value"
        readOnly
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

export function RequestPanel({ visible }: { visible: boolean }) {
  const requests = useStored<SentRequest[] | null>('local', 'requests', listRequests, null);
  const [made, setMade] = useState<MadeRequest | null>(null);
  const [answer, setAnswer] = useState<{ kind: SecretKind; value: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useStatusRefresh(visible, setError);

  const act = async (run: () => Promise<unknown>) => {
    try {
      await run();
      setError(null);
    } catch (err) {
      setError(err instanceof BridgeError ? err.message : String(err));
    }
  };
  const read = (id: string) =>
    act(async () => {
      const a = await callBackground({ type: 'request.read', id });
      if (a) setAnswer(a);
      else setError('No answer yet: nothing was spent.');
    });

  return (
    <section data-testid="request-panel">
      {answer ? (
        <Answer answer={answer} onDone={() => setAnswer(null)} />
      ) : made ? (
        <Made made={made} onDone={() => setMade(null)} />
      ) : (
        <RequestForm onMade={setMade} />
      )}
      {error && (
        <p class="alert" role="alert" data-testid="requests-error">
          {error}
        </p>
      )}
      {requests && requests.length > 0 && (
        <>
          <h2 class="section-title">Your requests</h2>
          <ul class="sent-list" data-testid="request-list">
            {requests.map((r) => (
              <RequestItem
                key={r.id}
                request={r}
                onRead={read}
                onRevoke={(id) => act(() => callBackground({ type: 'request.revoke', id }))}
                onForget={(id) => act(() => callBackground({ type: 'request.forget', id }))}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
