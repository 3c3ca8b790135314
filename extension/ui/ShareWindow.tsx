// The window "Share securely" opens: the selection, handed over once by the background, in
// the share form. Closing the window forgets everything in it.
import { useEffect, useState } from 'preact/hooks';
import { BridgeError, callBackground } from '../lib/bridge';
import type { ExtensionT } from '../lib/words';
import type { SelectionRead } from '../lib/read-selection';
import { SharePanel, type Prefill } from '../../web/ui/SharePanel';
import { shareClient } from './bridge-clients';
import { Header } from './Header';
import { extension } from '../../shared/i18n/surfaces/extension';
import { useT } from '../../web/ui/language';
import { useSettings } from './use-settings';

function noteFor(sel: SelectionRead | null, t: ExtensionT): string | null {
  if (!sel) return t('share.taken');
  if (!sel.text) return t('share.unreadable');
  if (sel.lossy) return t('share.lossy');
  return null;
}

async function takeSelection(t: ExtensionT): Promise<Prefill> {
  const id = new URLSearchParams(location.search).get('req');
  let sel: SelectionRead | null = null;
  let note: string | null = null;
  if (id) {
    try {
      sel = await callBackground({ type: 'selection.take', id });
      note = noteFor(sel, t);
    } catch (err) {
      note = err instanceof BridgeError ? err.message : String(err);
    }
  }
  // Nothing asked for (opened by hand): an empty form, no note.
  return { value: sel?.text ?? '', kind: 'text', note: id ? note : null };
}

const windowShares = shareClient(false);

export function ShareWindow() {
  const t = useT(extension);
  const settings = useSettings();
  const [prefill, setPrefill] = useState<Prefill | null>(null);
  // Taken once: the stash hands a selection out a single time, whatever the language does next.
  useEffect(() => void takeSelection(t).then(setPrefill), []);
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
