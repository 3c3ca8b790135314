// Sharing a value, for `share` and `generate --share`: the options, encrypting with shared/,
// uploading, recording the manage token, and printing the two halves.
import type { SecretKind } from '../shared/envelope';
import { ProtocolError } from '../shared/errors';
import { ATTEMPTS, EXPIRY, MAX_LABEL_CHARS, VIEWS, WORDS } from '../shared/limits';
import { createShare } from '../shared/protocol';
import type { SecretInput } from '../shared/secret-content';
import type { ServerConfig } from '../shared/server-config';
import { uploadParts } from '../shared/upload';
import { describeLimits } from '../shared/words';
import { apiFor, timeoutFrom } from './api';
import { durationOption, integerOption } from './args';
import { CodedFailure, LocalError } from './errors';
import { note, type Io } from './io';
import { clip, formatRelative, formatTime } from './output';
import type { ShareJson } from './schemas';
import type { Store } from './store';

/** Labels are a note for `oncelink list`, kept on this machine only. */

export interface ShareSettings {
  expiresIn: number;
  maxViews: number;
  maxAttempts: number;
  words: number;
  label: string;
}

/** Options of a share, besides the passphrase's words (`generate` has its own --words). */
export const SHARE_OPTIONS = {
  expires: { type: 'string' },
  views: { type: 'string' },
  attempts: { type: 'string' },
  label: { type: 'string' },
  server: { type: 'string' },
} as const;

interface ShareValues {
  expires?: string;
  views?: string;
  attempts?: string;
  label?: string;
}

/** Checks the options; `wordsName` is the option that set `words` (for its message). */
export function shareSettings(
  v: ShareValues,
  words: string | undefined,
  wordsName: string,
): ShareSettings {
  return {
    expiresIn: durationOption('expires', v.expires, EXPIRY.min, EXPIRY.hardMax, EXPIRY.default),
    maxViews: integerOption('views', v.views, VIEWS.min, VIEWS.hardMax, VIEWS.default),
    maxAttempts: integerOption(
      'attempts',
      v.attempts,
      ATTEMPTS.min,
      ATTEMPTS.max,
      ATTEMPTS.default,
    ),
    words: integerOption(wordsName, words, WORDS.min, WORDS.max, WORDS.default),
    label: clip((v.label ?? '').trim(), MAX_LABEL_CHARS),
  };
}

export interface Published {
  json: ShareJson;
  /** Set when the share was made but its manage token could not be saved. */
  saveError: unknown;
}

/**
 * Encrypts here, uploads ciphertext and verifier only, and remembers the manage token. `limits`
 * are the server's (cli/limits.ts): TOO_LARGE is found before any key derivation.
 */
export async function publish(
  io: Io,
  store: Store,
  server: string,
  content: SecretInput,
  limits: ServerConfig,
  s: ShareSettings,
): Promise<Published> {
  const kind: SecretKind | 'file' = content.file ? 'file' : (content.kind ?? 'text');
  const created = await createShare({
    ...content,
    maxSecretBytes: limits.maxSecretBytes,
    maxFileBytes: limits.maxFileBytes,
    words: s.words,
    expiresIn: s.expiresIn,
    maxViews: s.maxViews,
    maxAttempts: s.maxAttempts,
    publicUrl: server,
  }).catch((err: unknown) => {
    // Checked here against the server's limit: say which, as the server would.
    if (err instanceof ProtocolError && err.code === 'TOO_LARGE') {
      const limit = content.file ? limits.maxFileBytes : limits.maxSecretBytes;
      throw new CodedFailure('TOO_LARGE', { limit });
    }
    throw err;
  });
  const api = apiFor(server, timeoutFrom(io.env));
  // A file goes up as one binary body (no base64), text as JSON.
  const { id, expiresAt } = content.file
    ? await api.secret.upload.mutate(
        new Blob(uploadParts(created.request) as Uint8Array<ArrayBuffer>[]),
      )
    : await api.secret.create.mutate(created.request);
  const common = { id, expiresAt, maxViews: s.maxViews, maxAttempts: s.maxAttempts, kind };
  let saveError: unknown = null;
  try {
    await store.addShare({
      ...common,
      label: s.label,
      server,
      createdAt: new Date().toISOString(),
      manageToken: created.manageToken,
    });
  } catch (err) {
    // The share exists: it is printed all the same, then this says what was not kept.
    const why = err instanceof Error ? err.message : String(err);
    saveError = new LocalError(`the share was made, but list and revoke will not know it: ${why}`);
  }
  return {
    json: { ...common, link: created.link, passphrase: created.passphrase, label: s.label, server },
    saveError,
  };
}

/** Link and passphrase on standard output; the advice and the details on standard error. */
export function printShared(io: Io, p: ShareJson, extraLines: string[] = []): void {
  io.stdout.write(
    [...extraLines, `Link:       ${p.link}`, `Passphrase: ${p.passphrase}`, ''].join('\n'),
  );
  note(io, 'Send the link and the passphrase separately, over two different channels.');
  note(
    io,
    `Expires ${formatTime(p.expiresAt)} (${formatRelative(p.expiresAt)}) · ` +
      `${describeLimits(p.maxViews, p.maxAttempts)} · id ${p.id.slice(0, 8)}`,
  );
}
