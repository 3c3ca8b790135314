// Options: the server (checked at /healthz before it is saved) and the default share options.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  checkServerHealth,
  normalizeServerUrl,
  originPattern,
  ServerCheckError,
  serverCheckText,
  ServerUrlError,
} from '../lib/server-url';
import type { ExtensionT } from '../lib/words';
import { DEFAULT_SERVER, saveSettings, type Settings } from '../lib/settings';
import { checkShareOptions } from '../../web/ui/share-options';
import { OptionsFields } from '../../web/ui/OptionsFields';
import { extension } from '../../shared/i18n/surfaces/extension';
import { useT } from '../../web/ui/language';
import { LanguageChoice } from './LanguageChoice';

type Status =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'saved' } | { kind: 'error'; error: unknown };

/** Refused for want of the host permission (the browser's prompt was declined or dismissed). */
class NoAccessError extends Error {
  constructor(readonly origin: string) {
    super(`no permission for ${origin}`);
  }
}

/** What went wrong, in the extension's language (each error known by its type, not its text). */
function problemText(err: unknown, t: ExtensionT): string {
  if (err instanceof ServerUrlError) return t(`serverUrl.${err.problem}`);
  if (err instanceof ServerCheckError) return serverCheckText(t, err.server, err.status);
  if (err instanceof NoAccessError) return t('options.permission', { origin: err.origin });
  return err instanceof Error ? err.message : String(err);
}

/**
 * Host permission for a server other than the built-in one. It must be requested inside the
 * click handler, before any await: browsers only show the prompt during a user gesture.
 */
function requestAccess(server: string): Promise<boolean> {
  if (server === DEFAULT_SERVER) return Promise.resolve(true);
  return browser.permissions.request({ origins: [originPattern(server)] }).catch(() => false);
}

export function OptionsPanel(props: { settings: Settings }) {
  const t = useT(extension);
  const [server, setServer] = useState(props.settings.server);
  const [defaults, setDefaults] = useState(props.settings.defaults);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const optionErrors = checkShareOptions(defaults);

  const finish = async (next: Settings, access: Promise<boolean>, check: boolean) => {
    setStatus({ kind: 'busy' });
    try {
      if (check) await checkServerHealth(next.server);
      if (!(await access)) {
        throw new NoAccessError(new URL(next.server).origin);
      }
      await saveSettings(next);
      setStatus({ kind: 'saved' });
    } catch (err) {
      setStatus({ kind: 'error', error: err });
    }
  };

  const save = (e: Event) => {
    e.preventDefault();
    let normalized: string;
    try {
      normalized = normalizeServerUrl(server);
    } catch (err) {
      setStatus({ kind: 'error', error: err });
      return;
    }
    const changed = normalized !== props.settings.server;
    const access = changed ? requestAccess(normalized) : Promise.resolve(true);
    setServer(normalized);
    void finish({ server: normalized, defaults }, access, changed);
  };

  const busy = status.kind === 'busy';
  return (
    <form onSubmit={save} data-testid="options-form">
      <LanguageChoice />
      <label class="field">
        <span>{t('options.server')}</span>
        <input
          type="url"
          dir="ltr"
          value={server}
          spellcheck={false}
          data-testid="options-server"
          disabled={busy}
          onInput={(e) => {
            setServer(e.currentTarget.value);
            setStatus({ kind: 'idle' });
          }}
        />
        <span class="hint">
          {t('options.serverHint')}{' '}
          <button
            type="button"
            class="link-btn"
            dir="ltr"
            data-testid="options-server-default"
            onClick={() => setServer(DEFAULT_SERVER)}
          >
            {DEFAULT_SERVER}
          </button>
        </span>
      </label>
      <p class="muted" style={{ margin: '14px 0 8px', fontWeight: 600 }}>
        {t('options.defaults')}
      </p>
      <OptionsFields
        value={defaults}
        errors={optionErrors}
        prefix="defaults"
        disabled={busy}
        onChange={setDefaults}
      />
      {status.kind === 'error' && (
        <p class="alert" role="alert" data-testid="options-error" style={{ marginTop: '10px' }}>
          {problemText(status.error, t)}
        </p>
      )}
      <div class="row" style={{ marginTop: '12px' }}>
        <button
          type="submit"
          class="primary"
          disabled={busy || Object.keys(optionErrors).length > 0}
          data-testid="options-save"
        >
          {busy ? t('options.checking') : t('options.save')}
        </button>
        {status.kind === 'saved' && (
          <span class="ok" data-testid="options-saved">
            {t('options.saved')}
          </span>
        )}
      </div>
    </form>
  );
}
