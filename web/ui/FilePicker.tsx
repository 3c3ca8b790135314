// One file for a share: picked with the file button or dropped on the form. Several files at
// once are refused with a plain sentence (a share holds one file: zip them first), and so is a
// file over the server's limit, before anything is read, derived or sent.
import { useRef } from 'preact/hooks';
import type { FileContent } from '../../shared/file';
import type { Translate } from '../../shared/i18n/format';
import { panels } from '../../shared/i18n/surfaces/panels';
import { formatSize } from './file-facts';
import { FileFacts } from './FileFacts';
import { useT } from './language';

type PanelsT = Translate<keyof typeof panels.en & string>;

/** The sentence for a refused choice, or null when `files` is one file within `maxFileBytes`. */
export function fileProblem(
  files: ArrayLike<File>,
  maxFileBytes: number,
  t: PanelsT,
): string | null {
  if (files.length === 0) return null;
  if (files.length > 1) return t('file.several', { count: files.length });
  if (maxFileBytes === 0) return t('file.noFiles');
  const f = files[0]!;
  if (f.size > maxFileBytes) {
    // Just over the limit, rounded sizes would read the same: then say them in bytes.
    const same = formatSize(f.size) === formatSize(maxFileBytes);
    const size = (n: number) => (same ? `${n} bytes` : formatSize(n));
    return t('file.tooLarge', { name: f.name, size: size(f.size), limit: size(maxFileBytes) });
  }
  return null;
}

/** The file's bytes, name and type, as the share takes them. */
export async function readFile(f: File): Promise<FileContent> {
  return { name: f.name, type: f.type, bytes: new Uint8Array(await f.arrayBuffer()) };
}

export function FilePicker(props: {
  file: FileContent | null;
  disabled: boolean;
  onFiles: (files: FileList) => void;
  onRemove: () => void;
}) {
  const t = useT(panels);
  const input = useRef<HTMLInputElement>(null);
  const { file } = props;
  if (file) {
    return (
      <div class="file-chosen" data-testid="share-file">
        <FileFacts
          file={{ name: file.name, type: file.type, size: file.bytes.length }}
          labels={{ name: t('file.name'), size: t('file.size'), type: t('file.type') }}
        />
        <button
          type="button"
          class="link-btn"
          data-testid="share-file-remove"
          disabled={props.disabled}
          onClick={props.onRemove}
        >
          {t('file.remove')}
        </button>
      </div>
    );
  }
  return (
    <p class="hint file-pick">
      <button
        type="button"
        class="link-btn"
        data-testid="share-file-pick"
        disabled={props.disabled}
        onClick={() => input.current?.click()}
      >
        {t('file.pick')}
      </button>{' '}
      {t('file.drop')}
      <input
        ref={input}
        type="file"
        hidden
        data-testid="share-file-input"
        onChange={(e) => {
          const files = e.currentTarget.files;
          if (files && files.length > 0) props.onFiles(files);
          e.currentTarget.value = ''; // the same file can be chosen again after Remove
        }}
      />
    </p>
  );
}
