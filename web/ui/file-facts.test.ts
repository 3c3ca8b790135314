import { describe, expect, it } from 'vitest';
import { formatSize, PREVIEW_MAX_BYTES, previewText } from './file-facts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('formatSize', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1023 bytes'],
    [1024, '1.0 KiB'],
    [4097, '4.0 KiB'],
    [1024 * 1024 - 1, '1024.0 KiB'],
    [10 * 1024 * 1024, '10.0 MiB'],
    [10 * 1024 * 1024 + 1, '10.0 MiB'],
  ])('%i → %s', (n, s) => expect(formatSize(n)).toBe(s));
});

describe('previewText', () => {
  it('text in UTF-8, with tabs, CRLF and emoji', () => {
    expect(previewText(enc('KEY=value\r\n\tnext ✓ 🔑\n'))).toBe('KEY=value\r\n\tnext ✓ 🔑\n');
  });
  it('not for binary, invalid UTF-8, empty or large files', () => {
    expect(previewText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(
      null,
    );
    expect(previewText(new Uint8Array([0x68, 0xff, 0x69]))).toBe(null);
    expect(previewText(enc('a\u0000b'))).toBe(null);
    expect(previewText(new Uint8Array(0))).toBe(null);
    expect(previewText(enc('x'.repeat(PREVIEW_MAX_BYTES)))).toBe('x'.repeat(PREVIEW_MAX_BYTES));
    expect(previewText(enc('x'.repeat(PREVIEW_MAX_BYTES + 1)))).toBe(null);
  });
});
