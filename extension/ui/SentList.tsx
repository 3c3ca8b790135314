// Every share made from this browser, with live status. While this tab is visible the
// background is asked for a fresh round every few seconds; alarms keep polling when it is not.
import { useState } from 'preact/hooks';
import { BridgeError, callBackground } from '../lib/bridge';
import { listSent, type SentShare } from '../lib/sent-store';
import { SentItem } from './SentItem';
import { useStatusRefresh } from './use-status-refresh';
import { useStored } from './use-stored';
import './sent.css';

export function SentList({ visible }: { visible: boolean }) {
  const shares = useStored<SentShare[] | null>('local', 'sent', listSent, null);
  const [error, setError] = useState<string | null>(null);

  useStatusRefresh(visible, setError);

  const run = (type: 'sent.revoke' | 'sent.forget') => async (id: string) => {
    try {
      await callBackground({ type, id });
      setError(null);
    } catch (err) {
      setError(err instanceof BridgeError ? err.message : String(err));
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
          Nothing shared from this browser yet.
        </p>
      ) : (
        <ul class="sent-list">
          {shares.map((s) => (
            <SentItem
              key={s.id}
              share={s}
              onRevoke={run('sent.revoke')}
              onForget={run('sent.forget')}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
