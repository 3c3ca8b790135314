import { SECRET_BYTES } from '../../shared/limits';
import { panels } from '../../shared/i18n/surfaces';
import { useT } from './language';

const encoder = new TextEncoder();

/**
 * Warns before Create when the secret nears the default server limit (64 KiB of envelope).
 * Shown only past 75%, so short secrets get no noise; the server's own limit still decides.
 */
export function SizeHint({ value }: { value: string }) {
  const t = useT(panels);
  if (value.length < (SECRET_BYTES.default * 0.75) / 4) return null; // cheap: ≤4 bytes a char
  const bytes = encoder.encode(value).length;
  if (bytes < SECRET_BYTES.default * 0.75) return null;
  const kib = (n: number) => Math.round(n / 102.4) / 10;
  const over = bytes > SECRET_BYTES.default;
  const sizes = { size: kib(bytes), limit: kib(SECRET_BYTES.default) };
  return (
    <span class={over ? 'field-error' : 'hint'} data-testid="share-size">
      {t(over ? 'size.over' : 'size.fits', sizes)}
    </span>
  );
}
