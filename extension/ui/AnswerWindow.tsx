// An answer to one of your secret requests, read once in the open window (OpenWindow.tsx) and
// shown by the recipient page's own view of a revealed secret, with copy: the background reads
// it from the server and decrypts it with the request's key (lib/request-flow.ts), then deletes
// the key. A window rather than the popup, which closes (and would lose the only copy) as soon as
// focus moves to where the answer is to be pasted.
import { useEffect, useState } from 'preact/hooks';
import type { SecretKind } from '../../shared/envelope';
import { RevealedSecret } from '../../web/recipient/revealed-secret';
import { Notice } from '../../web/ui/Notice';
import { extension } from '../../shared/i18n/surfaces/extension';
import { useT } from '../../web/ui/language';
import { BridgeError, callBackground } from '../lib/bridge';

type Read =
  | { name: 'loading' }
  | { name: 'answer'; kind: SecretKind; value: string }
  | { name: 'waiting' }
  | { name: 'failed'; code: string; message: string };

async function readOnce(id: string): Promise<Read> {
  try {
    const answer = await callBackground({ type: 'request.read', id });
    return answer ? { name: 'answer', ...answer } : { name: 'waiting' };
  } catch (err) {
    const failure =
      err instanceof BridgeError ? err.failure : { code: 'EXTENSION', message: String(err) };
    return { name: 'failed', ...failure };
  }
}

export function AnswerWindow(props: { id: string }) {
  const t = useT(extension);
  const [read, setRead] = useState<Read>({ name: 'loading' });
  useEffect(() => void readOnce(props.id).then(setRead), [props.id]);
  switch (read.name) {
    case 'loading':
      return (
        <section class="card notice" data-testid="state-loading" aria-busy="true">
          <h1>{t('answer.loading.title')}</h1>
          <p role="status">{t('answer.loading.status')}</p>
        </section>
      );
    case 'answer':
      return <RevealedSecret kind={read.kind} value={read.value} viewsLeft={0} />;
    case 'waiting':
      return (
        <Notice testid="state-waiting" tone="neutral" title={t('answer.waiting.title')}>
          <p data-testid="message">{t('answer.waiting.text')}</p>
        </Notice>
      );
    case 'failed':
      return (
        <Notice
          testid={read.code === 'UNAVAILABLE' ? 'state-unavailable' : 'state-failed'}
          tone={read.code === 'UNAVAILABLE' ? 'neutral' : 'error'}
          title={t('answer.failed.title')}
        >
          <p data-testid="message">{read.message}</p>
        </Notice>
      );
  }
}
