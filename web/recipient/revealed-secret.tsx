// The secret, exactly as sent, as text only: a read-only textarea's value (never markup), in a
// monospace face so 0/O and l/1 differ. Copy copies the original string (a textarea shows CRLF
// as LF; the clipboard gets what the sender sent).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SecretKind } from '../../shared/envelope';
import { common } from '../../shared/i18n/surfaces/common';
import { recipient } from '../../shared/i18n/surfaces/recipient';
import { useT } from '../ui/language';
import { kindLabel, viewsLeftAfterReveal } from './format';

const MIN_ROWS = 2;
const MAX_ROWS = 16;
/** For the row estimate only (browsers without CSS field-sizing): a phone's line of monospace. */
const CHARS_PER_ROW = 36;

type CopyState = 'idle' | 'copied' | 'failed';

async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No async clipboard (an http: origin, an old browser): copy the field's selection instead.
    if (!field) return false;
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      field.setSelectionRange(0, 0);
    }
  }
}

export function RevealedSecret(props: { kind: SecretKind; value: string; viewsLeft: number }) {
  const { kind, value, viewsLeft } = props;
  const [shown, setShown] = useState(true);
  const [copy, setCopy] = useState<CopyState>('idle');
  const field = useRef<HTMLTextAreaElement>(null);
  const t = useT(recipient);
  const tc = useT(common);
  const label = kindLabel(t, kind);
  const lines = value.split(/\r\n|\r|\n/);
  const wrapped = lines.reduce((n, l) => n + Math.max(1, Math.ceil(l.length / CHARS_PER_ROW)), 0);
  const rows = Math.min(MAX_ROWS, Math.max(MIN_ROWS, wrapped));

  // The reader arrives on the secret itself; Tab goes on to Copy.
  useEffect(() => {
    field.current?.focus();
  }, []);
  useEffect(() => {
    if (copy === 'idle') return;
    const t = setTimeout(() => setCopy('idle'), 4000);
    return () => clearTimeout(t);
  }, [copy]);

  return (
    <section class="card" data-testid="state-revealed" aria-labelledby="revealed-title">
      <h1 id="revealed-title">{t('revealed.title')}</h1>
      <label for="secret" class="label">
        {label ? <span data-testid="secret-kind">{label}</span> : t('revealed.secret')}
      </label>
      {shown ? (
        <textarea
          id="secret"
          ref={field}
          class="secret"
          // The sender's text, in whatever direction its own script has.
          dir="auto"
          data-testid="secret-value"
          readOnly
          rows={rows}
          value={value}
          spellcheck={false}
          autocapitalize="none"
          autocorrect="off"
        />
      ) : (
        <div
          id="secret"
          class="secret secret--hidden"
          data-testid="secret-hidden"
          tabIndex={0}
          role="note"
          aria-label={t('revealed.hiddenLabel', { label: label ?? t('revealed.secret') })}
        >
          {t('revealed.hidden')}
        </div>
      )}
      <div class="actions">
        <button
          type="button"
          class="button button--primary"
          data-testid="copy"
          onClick={() => {
            void copyText(value, field.current).then((ok) => setCopy(ok ? 'copied' : 'failed'));
          }}
        >
          {copy === 'copied' ? t('revealed.copied') : t('revealed.copy')}
        </button>
        <button
          type="button"
          class="button"
          data-testid="toggle-visibility"
          aria-controls="secret"
          onClick={() => setShown(!shown)}
        >
          {shown ? t('revealed.hide') : t('revealed.show')}
        </button>
        <span class="copy-status" data-testid="copy-status" role="status">
          {copy === 'copied'
            ? tc('copy.doneStatus')
            : copy === 'failed'
              ? tc('copy.failedStatus')
              : ''}
        </span>
      </div>
      <p class="note" data-testid="gone-note">
        {viewsLeftAfterReveal(t, viewsLeft)}
      </p>
    </section>
  );
}
