// Which server addresses a client accepts (extension settings, command line). Plain http is
// refused except on this machine: over http anyone on the path could swap the recipient page's
// code (docs/architecture.md#threat-model, "not defended") for everyone who opens a link.

export type ServerUrlProblem = 'NOT_A_URL' | 'NOT_HTTP' | 'INSECURE' | 'EXTRA_PARTS';

const PROBLEMS: Record<ServerUrlProblem, string> = {
  NOT_A_URL: 'is not a full address: give it with https://, e.g. https://once.example',
  NOT_HTTP: 'must start with https://',
  INSECURE: 'must use https:// (plain http is allowed only for localhost)',
  EXTRA_PARTS: 'must not contain ?, # or a user name',
};

export class ServerUrlError extends Error {
  override readonly name = 'ServerUrlError';
  constructor(
    readonly problem: ServerUrlProblem,
    /** What the address was called where it came from: "The server address", "--server"… */
    subject = 'The server address',
  ) {
    super(`${subject} ${PROBLEMS[problem]}.`);
  }
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The canonical form (origin plus any base path, no trailing slash), or a ServerUrlError. */
export function normalizeServerUrl(input: string, subject?: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new ServerUrlError('NOT_A_URL', subject);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ServerUrlError('NOT_HTTP', subject);
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname))
    throw new ServerUrlError('INSECURE', subject);
  if (url.search || url.hash || url.username || url.password) {
    throw new ServerUrlError('EXTRA_PARTS', subject);
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}
