// What a person is told about a file before it is shared or saved: its size in words, and
// whether its bytes can be shown as text (a read-only preview, never markup). Pure: unit-tested.

const KIB = 1024;
const MIB = 1024 * 1024;

/** "0 bytes", "1 byte", "812 bytes", "4.0 KiB", "10.0 MiB" (binary units, as limits are). */
export function formatSize(bytes: number): string {
  if (bytes < KIB) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  if (bytes < MIB) return `${(bytes / KIB).toFixed(1)} KiB`;
  return `${(bytes / MIB).toFixed(1)} MiB`;
}

/** Largest file offered as a text preview: a key, a certificate, a .env, a kubeconfig. */
export const PREVIEW_MAX_BYTES = 256 * 1024;

// Control characters other than tab, line feed, form feed and carriage return: a binary file.
const BINARY = /(?![\t\n\f\r])\p{Cc}/u;

/**
 * The file as text when it is valid UTF-8 without binary control characters and small enough to
 * read on screen, else null. Its media type does not decide: the sender chose it, and `.env`
 * files usually come as application/octet-stream.
 */
export function previewText(bytes: Uint8Array): string | null {
  if (bytes.length === 0 || bytes.length > PREVIEW_MAX_BYTES) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
  return BINARY.test(text) ? null : text;
}
