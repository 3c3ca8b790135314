// The secret and its options. Everything typed stays here on any error: the form is only
// cleared by a successful share. Used by the popup, the share window and the home page.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { FileContent } from '../../shared/file';
import { FilePicker } from './FilePicker';
import { checkShareOptions, MAX_LABEL_CHARS, type ShareOptions } from './share-options';
import { OptionsFields } from './OptionsFields';
import { SizeHint } from './SizeHint';
import { panels } from '../../shared/i18n/surfaces/panels';
import { useT } from './language';

export interface ShareDraft {
  value: string;
  options: ShareOptions;
  label: string;
  /** A file to share instead of the text (one per share). */
  file: FileContent | null;
}

interface Props {
  draft: ShareDraft;
  onChange: (d: ShareDraft) => void;
  onSubmit: () => void;
  busy: boolean;
  error: string | null;
  /** Shown above the secret, e.g. "line breaks may have been lost". */
  note?: string | null;
  /** What the value is, when it is not plain text ("Generated password"). */
  kindLabel?: string | null;
  /** Shown under the button while busy (the steps of making the share). */
  progress?: ComponentChildren;
  /** Focus the secret whenever this number increases (0: leave focus alone). */
  focusSecret?: number;
  /** The server's text limit (MAX_SECRET_BYTES), for the size hint. */
  maxSecretBytes?: number;
  /** Files picked or dropped (one is taken; the caller refuses several). */
  onFiles: (files: FileList) => void;
  /** Why the last files picked or dropped were refused. */
  fileError: string | null;
}

export function ShareForm(props: Props) {
  const { draft, onChange, onSubmit, busy, error, note, kindLabel } = props;
  const t = useT(panels);
  const secret = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (props.focusSecret) secret.current?.focus();
  }, [props.focusSecret]);
  const optionErrors = checkShareOptions(draft.options);
  const filled = draft.file !== null || draft.value.length > 0;
  const canCreate = filled && Object.keys(optionErrors).length === 0 && !busy;
  return (
    <form
      data-testid="share-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (canCreate) onSubmit();
      }}
      // A file dropped anywhere on the form is the share's file.
      onDragOver={(e) => {
        if (!busy && e.dataTransfer?.types.includes('Files')) e.preventDefault();
      }}
      onDrop={(e) => {
        if (busy || !e.dataTransfer?.files.length) return;
        e.preventDefault();
        props.onFiles(e.dataTransfer.files);
      }}
    >
      {note && (
        <p class="note" data-testid="share-note">
          {note}
        </p>
      )}
      {draft.file ? (
        <FilePicker
          file={draft.file}
          disabled={busy}
          onFiles={props.onFiles}
          onRemove={() => onChange({ ...draft, file: null })}
        />
      ) : (
        <label class="field">
          <span>{kindLabel ?? t('form.secret')}</span>
          <textarea
            ref={secret}
            rows={5}
            value={draft.value}
            readOnly={busy}
            dir="auto"
            placeholder={t('form.secretPlaceholder')}
            spellcheck={false}
            autocomplete="off"
            data-testid="share-secret"
            onInput={(e) => onChange({ ...draft, value: e.currentTarget.value })}
          />
          <SizeHint value={draft.value} limit={props.maxSecretBytes} />
        </label>
      )}
      {!draft.file && (
        <FilePicker file={null} disabled={busy} onFiles={props.onFiles} onRemove={() => {}} />
      )}
      {props.fileError && (
        <p class="alert" role="alert" data-testid="share-file-error">
          {props.fileError}
        </p>
      )}
      <OptionsFields
        value={draft.options}
        errors={optionErrors}
        prefix="share"
        disabled={busy}
        onChange={(options) => onChange({ ...draft, options })}
      />
      <label class="field" style={{ marginTop: '10px' }}>
        <span>{t('form.label')}</span>
        <input
          type="text"
          maxLength={MAX_LABEL_CHARS}
          value={draft.label}
          placeholder={t('form.labelPlaceholder')}
          data-testid="share-label"
          disabled={busy}
          onInput={(e) => onChange({ ...draft, label: e.currentTarget.value })}
        />
      </label>
      {error && (
        <p class="alert" role="alert" data-testid="share-error">
          {error}
        </p>
      )}
      <button type="submit" class="primary wide" disabled={!canCreate} data-testid="share-create">
        {busy ? (
          <>
            <span class="spinner" aria-hidden="true" />
            {t('form.encrypting')}
          </>
        ) : (
          t('form.create')
        )}
      </button>
      {busy && props.progress}
    </form>
  );
}
