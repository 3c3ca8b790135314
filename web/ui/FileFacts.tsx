// A file's name, size and type, as the sender sees them before Create and the recipient before
// Download. The name is shown with its invisible characters written out (visibleFileName), so a
// right-to-left override cannot make "a\u202Etxt.exe" look like a text file.
import { common } from '../../shared/i18n/surfaces/common';
import { useT, useWords } from './language';
import { visibleFileName } from '../../shared/file-name';
import { formatSize } from './file-facts';

export interface FileSummary {
  name: string;
  type: string;
  size: number;
}

/** The three labels, in the words of the surface that shows them. */
export interface FileFactLabels {
  name: string;
  size: string;
  type: string;
}

export function FileFacts(props: { file: FileSummary; labels: FileFactLabels; testid?: string }) {
  const { name, type, size } = props.file;
  const { labels } = props;
  const t = useT(common);
  const { locale } = useWords();
  return (
    <dl class="facts file-facts" data-testid={props.testid ?? 'file-facts'}>
      <div>
        <dt>{labels.name}</dt>
        <dd data-testid="file-name">
          <bdi>{visibleFileName(name)}</bdi>
        </dd>
      </div>
      <div>
        <dt>{labels.size}</dt>
        <dd data-testid="file-size">{formatSize(size, t, locale)}</dd>
      </div>
      <div>
        <dt>{labels.type}</dt>
        <dd data-testid="file-type">{type || 'application/octet-stream'}</dd>
      </div>
    </dl>
  );
}
