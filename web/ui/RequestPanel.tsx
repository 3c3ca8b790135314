// Requests: ask for a secret (the link to send), follow your requests, and read an answer once.
// The client decrypts the answer (the extension's background with its key in IndexedDB, or the
// home page with the key in the server origin's IndexedDB); it lives only in this view's memory
// until Done. The requests come in as a prop, from whichever store the client keeps.
import { useState } from 'preact/hooks';
import {
  errorText,
  type Answer as AnswerValue,
  type MadeRequest,
  type RequestClient,
  type SentRequestView,
} from './clients';
import { RequestForm } from './RequestForm';
import { RequestItem } from './RequestItem';
import { Answer, Made } from './RequestViews';
import { StatusRegion } from './StatusRegion';
import { useRefresh } from './use-refresh';
import { panels } from '../../shared/i18n/surfaces/panels';
import { useT } from './language';
import './sent.css';

interface Props {
  /** null until read. */
  requests: SentRequestView[] | null;
  client: RequestClient;
  visible: boolean;
  /** How the requester learns of the answer, said with a new request link. */
  followHint: string;
}

export function RequestPanel({ requests, client, visible, followHint }: Props) {
  const [made, setMade] = useState<MadeRequest | null>(null);
  const [answer, setAnswer] = useState<AnswerValue | null>(null);
  const [error, setError] = useState<string | null>(null);
  // What replaced the form, said to screen readers too (focus moves there as well).
  const [status, setStatus] = useState('');
  const [back, setBack] = useState(false);
  const t = useT(panels);

  useRefresh(visible, () => client.refresh(), setError);

  const act = async (run: () => Promise<unknown>) => {
    try {
      await run();
      setError(null);
    } catch (err) {
      setError(errorText(err));
    }
  };
  const read = (id: string) =>
    act(async () => {
      if (client.openAnswer) {
        await client.openAnswer(id);
        setStatus(t('request.opensWindow'));
        return;
      }
      const a = await client.read(id);
      if (a) setAnswer(a);
      else setError(t('request.noAnswer'));
      setStatus(a ? t('request.answerShown') : '');
    });

  return (
    <section data-testid="request-panel">
      <StatusRegion testid="request-status" text={status} />
      {answer ? (
        <Answer
          answer={answer}
          onDone={() => {
            setAnswer(null);
            setStatus('');
            setBack(true);
          }}
        />
      ) : made ? (
        <Made
          made={made}
          followHint={followHint}
          onDone={() => {
            setMade(null);
            setStatus('');
            setBack(true);
          }}
        />
      ) : (
        <RequestForm
          client={client}
          focusNote={back}
          onMade={(m) => {
            setMade(m);
            setStatus(t('request.ready'));
          }}
        />
      )}
      {error && (
        <p class="alert" role="alert" data-testid="requests-error">
          {error}
        </p>
      )}
      {requests && requests.length > 0 && (
        <>
          <h2 class="section-title">{t('request.yours')}</h2>
          <ul class="sent-list" data-testid="request-list">
            {requests.map((r) => (
              <RequestItem
                key={r.id}
                request={r}
                onRead={read}
                onRevoke={(id) => act(() => client.revoke(id))}
                onForget={(id) => act(() => client.forget(id))}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
