// Options: the server (checked at /healthz before it is saved) and the default share options.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { checkServerHealth, normalizeServerUrl, originPattern } from '../lib/server-url';
import { DEFAULT_SERVER, saveSettings, type Settings } from '../lib/settings';
import { checkShareOptions } from '../../web/ui/share-options';
import { OptionsFields } from '../../web/ui/OptionsFields';

type Status =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'saved' } | { kind: 'error'; message: string };

/**
 * Host permission for a server other than the built-in one. It must be requested inside the
 * click handler, before any await: browsers only show the prompt during a user gesture.
 */
function requestAccess(server: string): Promise<boolean> {
  if (server === DEFAULT_SERVER) return Promise.resolve(true);
  return browser.permissions.request({ origins: [originPattern(server)] }).catch(() => false);
}

export function OptionsPanel(props: { settings: Settings }) {
  const [server, setServer] = useState(props.settings.server);
  const [defaults, setDefaults] = useState(props.settings.defaults);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const optionErrors = checkShareOptions(defaults);

  const finish = async (next: Settings, access: Promise<boolean>, check: boolean) => {
    setStatus({ kind: 'busy' });
    try {
      if (check) await checkServerHealth(next.server);
      if (!(await access)) {
        throw new Error(
          `oncelink needs your permission to contact ${new URL(next.server).origin}. Save again and choose Allow.`,
        );
      }
      await saveSettings(next);
      setStatus({ kind: 'saved' });
    } catch (err) {
      setStatus({ kind: 'error', message: (err as Error).message });
    }
  };

  const save = (e: Event) => {
    e.preventDefault();
    let normalized: string;
    try {
      normalized = normalizeServerUrl(server);
    } catch (err) {
      setStatus({ kind: 'error', message: (err as Error).message });
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
      <label class="field">
        <span>Server</span>
        <input
          type="url"
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
          Where secrets are stored and links point to. Built-in:{' '}
          <button
            type="button"
            class="link-btn"
            data-testid="options-server-default"
            onClick={() => setServer(DEFAULT_SERVER)}
          >
            {DEFAULT_SERVER}
          </button>
        </span>
      </label>
      <p class="muted" style={{ margin: '14px 0 8px', fontWeight: 600 }}>
        Defaults for new shares
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
          {status.message}
        </p>
      )}
      <div class="row" style={{ marginTop: '12px' }}>
        <button
          type="submit"
          class="primary"
          disabled={busy || Object.keys(optionErrors).length > 0}
          data-testid="options-save"
        >
          {busy ? 'Checking…' : 'Save'}
        </button>
        {status.kind === 'saved' && (
          <span class="ok" data-testid="options-saved">
            Saved.
          </span>
        )}
      </div>
    </form>
  );
}
