// What a person is told about a file before it is shared or saved: its size in words, and
// whether its bytes can be shown as text (a read-only preview, never markup). Pure: unit-tested.

import { translator, type Translate } from '../../shared/i18n/format';
import { common } from '../../shared/i18n/surfaces/common';

const KIB = 1024;
const MIB = 1024 * 1024;

const ENGLISH = translator('en', common.en, common.en);

/**
 * "0 bytes", "1 byte", "812 bytes", "4.0 KiB", "10.0 MiB" (binary units, as limits are), in the
 * language of `t` (the common surface) with `locale`'s digits.
 */
export function formatSize(
  bytes: number,
  t: Translate<keyof typeof common.en> = ENGLISH,
  locale = 'en',
): string {
  // Sizes without digit grouping ("1023 bytes"); plural forms still follow the number.
  if (bytes < KIB) return t('size.bytes', { count: String(bytes) });
  const one = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    useGrouping: false,
  });
  if (bytes < MIB) return t('size.kib', { size: one.format(bytes / KIB) });
  return t('size.mib', { size: one.format(bytes / MIB) });
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
