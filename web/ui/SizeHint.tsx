import { SECRET_BYTES } from '../../shared/limits';
import { panels } from '../../shared/i18n/surfaces/panels';
import { useT } from './language';

const encoder = new TextEncoder();

/**
 * Warns before Create when the secret nears the server's limit (`limit`, its MAX_SECRET_BYTES from
 * config.get; 64 KiB of envelope until that has answered). Shown only past 75%, so short secrets
 * get no noise; the server still decides.
 */
export function SizeHint({
  value,
  limit = SECRET_BYTES.default,
}: {
  value: string;
  limit?: number;
}) {
  const t = useT(panels);
  if (value.length < (limit * 0.75) / 4) return null; // cheap: ≤4 bytes a char
  const bytes = encoder.encode(value).length;
  if (bytes < limit * 0.75) return null;
  const kib = (n: number) => Math.round(n / 102.4) / 10;
  const over = bytes > limit;
  const sizes = { size: kib(bytes), limit: kib(limit) };
  return (
    <span class={over ? 'field-error' : 'hint'} data-testid="share-size">
      {t(over ? 'size.over' : 'size.fits', sizes)}
    </span>
  );
}
