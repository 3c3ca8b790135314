// A revealed file: its name, size and type, and a Download button. Never rendered in this
// page's origin (no HTML, SVG or PDF opened here): the bytes are saved as
// application/octet-stream under their sanitised name (shared/file-name.ts). A file whose bytes
// are text may be read here too, as the value of a read-only textarea (never markup).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FileContent } from '../../shared/file';
import { safeFileName } from '../../shared/file-name';
import { previewText } from '../ui/file-facts';
import { FileFacts } from '../ui/FileFacts';
import { common } from '../../shared/i18n/surfaces/common';
import { recipient } from '../../shared/i18n/surfaces/recipient';
import { useT } from '../ui/language';
import { viewsLeftAfterReveal } from './format';

/** Saves `bytes` as a download named `name`; the object URL lives only as long as needed. */
function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(
    new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked once the browser has had time to start the download (it keeps its own copy).
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function RevealedFile(props: { file: FileContent; viewsLeft: number }) {
  const { file, viewsLeft } = props;
  const saveAs = useMemo(() => safeFileName(file.name), [file.name]);
  const text = useMemo(() => previewText(file.bytes), [file.bytes]);
  const [preview, setPreview] = useState(false);
  const [saved, setSaved] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const t = useT(recipient);
  const tc = useT(common);
  // The translated sentence around the name, which keeps its own direction (<bdi>).
  const [savedBefore, savedAfter] = t('file.savedAs', { name: '\u0000' }).split('\u0000');

  // The reader arrives on Download.
  useEffect(() => {
    button.current?.focus();
  }, []);

  return (
    <section class="card" data-testid="state-revealed" aria-labelledby="revealed-title">
      <h1 id="revealed-title">{t('file.title')}</h1>
      <FileFacts
        file={{ name: file.name, type: file.type, size: file.bytes.length }}
        labels={{ name: tc('file.name'), size: tc('file.size'), type: tc('file.type') }}
      />
      {saveAs !== file.name && (
        <p class="hint" data-testid="file-saved-as">
          {savedBefore}
          <bdi>{saveAs}</bdi>
          {savedAfter}
        </p>
      )}
      <div class="actions">
        <button
          ref={button}
          type="button"
          class="button button--primary"
          data-testid="download-file"
          onClick={() => {
            download(file.bytes, saveAs);
            setSaved(true);
          }}
        >
          {t('file.download')}
        </button>
        {text !== null && (
          <button
            type="button"
            class="button"
            data-testid="toggle-preview"
            aria-controls="file-preview"
            aria-expanded={preview}
            onClick={() => setPreview(!preview)}
          >
            {preview ? t('file.hideText') : t('file.showText')}
          </button>
        )}
        <span class="copy-status" data-testid="download-status" role="status">
          {saved ? t('file.saving') : ''}
        </span>
      </div>
      {preview && text !== null && (
        <textarea
          id="file-preview"
          class="secret"
          dir="auto"
          data-testid="file-preview"
          readOnly
          rows={12}
          value={text}
          spellcheck={false}
          autocapitalize="none"
          autocorrect="off"
          aria-label={t('file.asText', { name: file.name })}
        />
      )}
      <p class="note" data-testid="gone-note">
        {viewsLeftAfterReveal(t, viewsLeft, 'file')}
      </p>
    </section>
  );
}
