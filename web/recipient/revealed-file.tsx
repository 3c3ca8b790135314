// A revealed file: its name, size and type, and a Download button. Never rendered in this
// page's origin (no HTML, SVG or PDF opened here): the bytes are saved as
// application/octet-stream under their sanitised name (shared/file-name.ts). A file whose bytes
// are text may be read here too, as the value of a read-only textarea (never markup).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FileContent } from '../../shared/file';
import { safeFileName } from '../../shared/file-name';
import { previewText } from '../ui/file-facts';
import { FileFacts } from '../ui/FileFacts';
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

  // The reader arrives on Download.
  useEffect(() => {
    button.current?.focus();
  }, []);

  return (
    <section class="card" data-testid="state-revealed" aria-labelledby="revealed-title">
      <h1 id="revealed-title">Here is your file</h1>
      <FileFacts
        file={{ name: file.name, type: file.type, size: file.bytes.length }}
        labels={{ name: 'Name', size: 'Size', type: 'Type' }}
      />
      {saveAs !== file.name && (
        <p class="hint" data-testid="file-saved-as">
          Saved as <bdi>{saveAs}</bdi>, a name safe on every system.
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
          Download
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
            {preview ? 'Hide text' : 'Show as text'}
          </button>
        )}
        <span class="copy-status" data-testid="download-status" role="status">
          {saved ? 'Your browser is saving the file.' : ''}
        </span>
      </div>
      {preview && text !== null && (
        <textarea
          id="file-preview"
          class="secret"
          data-testid="file-preview"
          readOnly
          rows={12}
          value={text}
          spellcheck={false}
          autocapitalize="none"
          autocorrect="off"
          aria-label={`${file.name}, as text`}
        />
      )}
      <p class="note" data-testid="gone-note">
        {viewsLeftAfterReveal(viewsLeft, 'file')}
      </p>
    </section>
  );
}
