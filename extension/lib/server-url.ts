// The server setting: which URLs are acceptable (the rule is shared with the command line, in
// shared/server-url.ts), and whether one answers.

export { normalizeServerUrl, ServerUrlError } from '../../shared/server-url';

/** The server did not answer as an oncelink server; the message says what to do. */
export class ServerCheckError extends Error {
  override readonly name = 'ServerCheckError';
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
    throw new ServerCheckError(
      `Could not reach ${server}. Check the address and that the server is running; nothing was saved.`,
    );
  }
  if (!res.ok) {
    throw new ServerCheckError(
      `${server} answered, but not as an oncelink server (status ${res.status}). Check the address; nothing was saved.`,
    );
  }
}
