// The server setting: which URLs are acceptable (the rule is shared with the command line, in
// shared/server-url.ts), and whether one answers.

import { englishWords, type ExtensionT } from './words';

export { normalizeServerUrl, ServerUrlError } from '../../shared/server-url';

/** What a failed check says, in the language of `t`. */
export function serverCheckText(t: ExtensionT, server: string, status: number | null): string {
  return status === null
    ? t('options.unreachable', { server })
    : t('options.notOncelink', { server, status: String(status) });
}

/**
 * The server did not answer (`status` null) or not as an oncelink server. The message is in
 * English (logs, tests); Options says it in the extension's language from these fields.
 */
export class ServerCheckError extends Error {
  override readonly name = 'ServerCheckError';
  constructor(
    readonly server: string,
    readonly status: number | null,
  ) {
    super(serverCheckText(englishWords, server, status));
  }
}

/** The host-permission pattern that covers a server, e.g. "https://example.com/*". */
export function originPattern(server: string): string {
  return `${new URL(server).origin}/*`;
}

/** Resolves when `${server}/healthz` answers 200 within `timeoutMs`; else a ServerCheckError. */
export async function checkServerHealth(server: string, timeoutMs = 5000): Promise<void> {
  let res: Response;
  try {
    res = await fetch(`${server}/healthz`, {
      signal: AbortSignal.timeout(timeoutMs),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch {
    throw new ServerCheckError(server, null);
  }
  if (!res.ok) {
    throw new ServerCheckError(server, res.status);
  }
}
