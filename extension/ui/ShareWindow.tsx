// The window "Share securely" opens: the selection, handed over once by the background, in
// the share form. Closing the window forgets everything in it.
import { useEffect, useState } from 'preact/hooks';
import { BridgeError, callBackground } from '../lib/bridge';
import type { SelectionRead } from '../lib/read-selection';
import { SharePanel, type Prefill } from '../../web/ui/SharePanel';
import { shareClient } from './bridge-clients';
import { Header } from './Header';
import { useSettings } from './use-settings';

function noteFor(sel: SelectionRead | null): string | null {
  if (!sel) {
    return 'The selection was already handed to a window, or expired. Paste the secret here, or select it again.';
  }
  if (!sel.text) return 'No selected text could be read from that page. Paste the secret here.';
  if (sel.lossy) {
    return 'This page could not be read directly, so the selection may have lost line breaks or been cut short. Check the text before sharing.';
  }
  return null;
}

async function takeSelection(): Promise<Prefill> {
  const id = new URLSearchParams(location.search).get('req');
  let sel: SelectionRead | null = null;
  let note: string | null = null;
  if (id) {
    try {
      sel = await callBackground({ type: 'selection.take', id });
      note = noteFor(sel);
    } catch (err) {
      note = err instanceof BridgeError ? err.message : String(err);
    }
  }
  // Nothing asked for (opened by hand): an empty form, no note.
  return { value: sel?.text ?? '', kind: 'text', note: id ? note : null };
}

const windowShares = shareClient(false);

export function ShareWindow() {
  const settings = useSettings();
  const [prefill, setPrefill] = useState<Prefill | null>(null);
  useEffect(() => void takeSelection().then(setPrefill), []);
  return (
    <div class="window">
      <Header server={settings?.server ?? null} />
      {settings && prefill && (
        <main data-testid="share-window">
          <SharePanel
            client={windowShares}
            defaults={settings.defaults}
            prefill={prefill}
            onDone={() => window.close()}
            autoFocus
          />
        </main>
      )}
    </div>
  );
}
