// The popup's Open tab: paste a share link, and its secret is revealed in a window of the
// extension (ui/OpenWindow.tsx) rather than by the page the server sends.
import { useState } from 'preact/hooks';
import { BridgeError, callBackground } from '../lib/bridge';
import { extension } from '../../shared/i18n/surfaces/extension';
import { useT } from '../../web/ui/language';

export function OpenPanel() {
  const t = useT(extension);
  const [link, setLink] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [opened, setOpened] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await callBackground({ type: 'link.open', link });
      setLink(''); // The window has it now; the popup keeps no copy of the key.
      setOpened(true);
    } catch (err) {
      setError(err instanceof BridgeError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} data-testid="open-form">
      <label class="field">
        <span>{t('open.link')}</span>
        <textarea
          rows={3}
          dir="ltr"
          value={link}
          spellcheck={false}
          placeholder="https://…/s/…#…"
          data-testid="open-link"
          onInput={(e) => {
            setLink(e.currentTarget.value);
            setOpened(false);
          }}
        />
      </label>
      <p class="hint">{t('open.hint')}</p>
      <p class="hint" data-testid="open-words">
        {t('open.words')}
      </p>
      {error && (
        <p class="alert" role="alert" data-testid="open-error">
          {error}
        </p>
      )}
      {opened && (
        <p class="hint" role="status" data-testid="open-opened">
          {t('open.opened')}
        </p>
      )}
      <button
        type="submit"
        class="primary wide"
        disabled={busy || !link.trim()}
        data-testid="open-submit"
      >
        {t('open.submit')}
      </button>
    </form>
  );
}
