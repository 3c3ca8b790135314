// What a decrypted share or answer holds: a text secret of some kind, or a file. Both envelopes
// are told apart by their first byte (docs/protocol.md#file-envelope).
import { decodeEnvelope, encodeEnvelope, type SecretKind } from './envelope';
import { decodeFileEnvelope, encodeFileEnvelope, FILE_MARK, type FileContent } from './file';

export type SecretContent =
  { kind: SecretKind; value: string } | { kind: 'file'; file: FileContent };

/** Decodes either envelope strictly; BAD_ENVELOPE for anything else. */
export function decodeSecret(bytes: Uint8Array): SecretContent {
  if (bytes.length > 0 && bytes[0] === FILE_MARK) {
    return { kind: 'file', file: decodeFileEnvelope(bytes) };
  }
  return decodeEnvelope(bytes);
}

/** What a sender hands over: text (with its kind) or a file. */
export interface SecretInput {
  value?: string;
  kind?: SecretKind;
  file?: FileContent;
}

/** The padded envelope of text or of a file, checked against the server's limits. */
export function encodeSecret(
  s: SecretInput,
  limits: { maxSecretBytes?: number; maxFileBytes?: number },
): Uint8Array {
  if (s.file !== undefined) {
    if (s.value !== undefined) throw new TypeError('a secret is text or a file, not both');
    return encodeFileEnvelope(s.file, limits.maxFileBytes);
  }
  return encodeEnvelope(s.kind ?? 'text', s.value as string, limits.maxSecretBytes);
}

/** The text of a text secret, for callers that take text only; a TypeError for a file. */
export function textOf(c: SecretContent): string {
  if (c.kind === 'file') throw new TypeError('this secret is a file, not text');
  return c.value;
}
