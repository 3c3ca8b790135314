import { SECRET_BYTES } from '../../shared/limits';

const encoder = new TextEncoder();

/**
 * Warns before Create when the secret nears the default server limit (64 KiB of envelope).
 * Shown only past 75%, so short secrets get no noise; the server's own limit still decides.
 */
export function SizeHint({ value }: { value: string }) {
  if (value.length < (SECRET_BYTES.default * 0.75) / 4) return null; // cheap: ≤4 bytes a char
  const bytes = encoder.encode(value).length;
  if (bytes < SECRET_BYTES.default * 0.75) return null;
  const kib = (n: number) => (n / 1024).toFixed(1);
  const over = bytes > SECRET_BYTES.default;
  return (
    <span class={over ? 'field-error' : 'hint'} data-testid="share-size">
      {kib(bytes)} KiB of {kib(SECRET_BYTES.default)} KiB
      {over ? ': too large for most servers. Shorten it or split it into several secrets.' : '.'}
    </span>
  );
}
