// A file's name, size and type, as the sender sees them before Create and the recipient before
// Download. The name is shown with its invisible characters written out (visibleFileName), so a
// right-to-left override cannot make "a\u202Etxt.exe" look like a text file.
import { visibleFileName } from '../../shared/file-name';
import { formatSize } from './file-facts';

export interface FileSummary {
  name: string;
  type: string;
  size: number;
}

export function FileFacts(props: { file: FileSummary; testid?: string }) {
  const { name, type, size } = props.file;
  return (
    <dl class="facts file-facts" data-testid={props.testid ?? 'file-facts'}>
      <div>
        <dt>Name</dt>
        <dd data-testid="file-name">
          <bdi>{visibleFileName(name)}</bdi>
        </dd>
      </div>
      <div>
        <dt>Size</dt>
        <dd data-testid="file-size">{formatSize(size)}</dd>
      </div>
      <div>
        <dt>Type</dt>
        <dd data-testid="file-type">{type || 'application/octet-stream'}</dd>
      </div>
    </dl>
  );
}
