// The name a received file is saved under (docs/protocol.md#file-names). The sender chooses the
// name inside the envelope, so it is hostile input: it must not climb out of a directory, hide
// its real extension behind a right-to-left override, or be a device name on Windows. The
// original stays for display; only saving uses this.
import { utf8Encode } from './encoding';
import { FILE_NAME_BYTES } from './file';

const FALLBACK = 'file';
// Path separators and what Windows refuses in names.
const UNSAFE = /[/\\<>:"|?*]/g;
// Control characters and invisible format characters (bidi overrides and isolates, zero-width
// spaces, the BOM), except U+200D, which joins emoji sequences.
const INVISIBLE = /[\p{Cc}\u2028\u2029]|(?!\u200d)\p{Cf}/gu;
// Device names Windows reserves with any extension (CON, CON.txt, com1.tar.gz).
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** Cuts `s` to at most `max` bytes of UTF-8 without splitting a character. */
function cutUtf8(s: string, max: number): string {
  let out = '';
  let n = 0;
  for (const ch of s) {
    const len = utf8Encode(ch).length;
    if (n + len > max) break;
    out += ch;
    n += len;
  }
  return out;
}

/** A name safe to save under on Windows, macOS and Linux, as close to `name` as that allows. */
export function safeFileName(name: string): string {
  let s = String(name).normalize('NFC').replace(INVISIBLE, '').replace(UNSAFE, '_');
  // Windows drops trailing dots and spaces ("a.exe." is "a.exe"); leading spaces confuse people.
  s = s.replace(/[. ]+$/, '').replace(/^ +/, '');
  if (/^\.*$/.test(s)) return FALLBACK;
  if (RESERVED.test(s)) s = `_${s}`;
  if (utf8Encode(s).length > FILE_NAME_BYTES) {
    // Keep a short extension, so a long name still opens with the right program.
    const dot = s.lastIndexOf('.');
    const ext = dot > 0 && s.length - dot <= 16 ? s.slice(dot) : '';
    s = cutUtf8(s.slice(0, s.length - ext.length), FILE_NAME_BYTES - utf8Encode(ext).length) + ext;
  }
  return s;
}

/**
 * The original name as text to show: each invisible character (a right-to-left override that
 * would make "a\u202Etxt.exe" read as "aexe.txt", a zero-width space) is written out as
 * [U+XXXX], so what the reader sees is what the sender wrote.
 */
export function visibleFileName(name: string): string {
  return String(name).replace(
    INVISIBLE,
    (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`,
  );
}
