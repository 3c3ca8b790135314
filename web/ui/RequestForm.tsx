// Ask for a secret: what you need (shown to the responder, encrypted), how long the request stays
// open, and a label for this browser. The client makes the key pair and the request (the
// extension's background, or the home page itself).
import { useEffect, useRef, useState } from 'preact/hooks';
import { REQUEST_NOTE_BYTES } from '../../shared/limits';
import { errorText, type MadeRequest, type RequestClient } from './clients';
import { EXPIRY_CHOICES, MAX_LABEL_CHARS } from './share-options';
import { panels } from '../../shared/i18n/surfaces/panels';
import { formatDuration } from './format';
import { useT, useWords } from './language';

export function RequestForm(props: {
  client: Pick<RequestClient, 'create'>;
  onMade: (r: MadeRequest) => void;
  /** Focus the note when the form appears (back from a result). */
  focusNote?: boolean;
}) {
  const [note, setNote] = useState('');
  const [expiresIn, setExpiresIn] = useState(24 * 3600);
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const t = useT(panels);
  const { locale } = useWords();
  useEffect(() => {
    if (props.focusNote) field.current?.focus();
  }, []);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      props.onMade(await props.client.create({ note, expiresIn, label }));
      setNote('');
      setLabel('');
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} data-testid="request-form">
      <label class="field">
        <span>{t('request.need')}</span>
        <textarea
          ref={field}
          rows={3}
          value={note}
          readOnly={busy}
          dir="auto"
          maxLength={REQUEST_NOTE_BYTES / 4}
          placeholder={t('request.needPlaceholder')}
          data-testid="request-note"
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </label>
      <p class="hint">{t('request.hint')}</p>
      <div class="grid">
        <label class="field">
          <span>{t('request.openFor')}</span>
          <select
            value={expiresIn}
            disabled={busy}
            data-testid="request-expiry"
            onChange={(e) => setExpiresIn(Number(e.currentTarget.value))}
          >
            {[{ seconds: 60 }, ...EXPIRY_CHOICES].map((c) => (
              <option key={c.seconds} value={c.seconds}>
                {formatDuration(c.seconds, locale)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('request.label')}</span>
          <input
            type="text"
            value={label}
            maxLength={MAX_LABEL_CHARS}
            placeholder={t('request.labelPlaceholder')}
            data-testid="request-label"
            onInput={(e) => setLabel(e.currentTarget.value)}
          />
        </label>
      </div>
      {error && (
        <p class="alert" role="alert" data-testid="request-error">
          {error}
        </p>
      )}
      <button
        type="submit"
        class="primary wide"
        disabled={busy || !note.trim()}
        data-testid="request-create"
      >
        {busy ? t('request.making') : t('request.make')}
      </button>
    </form>
  );
}
