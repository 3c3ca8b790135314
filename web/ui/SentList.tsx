// Every share made from this browser, with live status. While the list is visible the client is
// asked for a fresh round every few seconds (use-refresh.ts); the shares come in as a prop, so
// the extension (storage.local) and the home page (localStorage) each feed it their own store.
import { useState } from 'preact/hooks';
import { errorText, type SentClient, type SentShareView } from './clients';
import { SentItem } from './SentItem';
import { useRefresh } from './use-refresh';
import { panels } from '../../shared/i18n/surfaces/panels';
import { useT } from './language';
import './sent.css';

interface Props {
  /** null until read. */
  shares: SentShareView[] | null;
  client: SentClient;
  visible: boolean;
  /** What the list says when it is empty. */
  empty?: string;
}

export function SentList({ shares, client, visible, empty }: Props) {
  const [error, setError] = useState<string | null>(null);
  const t = useT(panels);

  useRefresh(visible, () => client.refresh(), setError);

  const run = (fn: (id: string) => Promise<unknown>) => async (id: string) => {
    try {
      await fn(id);
      setError(null);
    } catch (err) {
      setError(errorText(err));
    }
  };

  if (shares === null) return null;
  return (
    <section data-testid="sent-list">
      {error && (
        <p class="alert" role="alert" data-testid="sent-error">
          {error}
        </p>
      )}
      {shares.length === 0 ? (
        <p class="empty" data-testid="sent-empty">
          {empty ?? t('sent.empty')}
        </p>
      ) : (
        <ul class="sent-list">
          {shares.map((s) => (
            <SentItem
              key={s.id}
              share={s}
              onRevoke={run((id) => client.revoke(id))}
              onForget={run((id) => client.forget(id))}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
