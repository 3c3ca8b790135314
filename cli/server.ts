// Which server a command talks to: --server, then ONCELINK_SERVER, then config.json.
// The address rule itself (https, or plain http on this machine only) is shared/server-url.ts.
import { normalizeServerUrl, ServerUrlError } from '../shared/server-url';
import { UsageError } from './errors';
import type { Store } from './store';

/** Origin plus any base path, no trailing slash; `from` names where the value came from. */
export function normalizeServer(input: string, from: string): string {
  try {
    return normalizeServerUrl(input, from);
  } catch (e) {
    if (e instanceof ServerUrlError) throw new UsageError(e.message.replace(/\.$/, ''));
    throw e;
  }
}

export interface ResolvedServer {
  server: string;
  /** Where it came from, for `oncelink server` and messages. */
  source: string;
}

export function resolveServer(
  flag: string | undefined,
  env: Record<string, string | undefined>,
  store: Store,
): ResolvedServer {
  if (flag !== undefined) return { server: normalizeServer(flag, '--server'), source: '--server' };
  const fromEnv = env.ONCELINK_SERVER;
  if (fromEnv) {
    return { server: normalizeServer(fromEnv, 'ONCELINK_SERVER'), source: 'ONCELINK_SERVER' };
  }
  const saved = store.readConfig().server;
  if (saved) {
    const source = store.paths.config;
    return { server: normalizeServer(saved, `the server in ${source}`), source };
  }
  throw new UsageError(
    'no server: pass --server URL, set ONCELINK_SERVER, or save one with: oncelink server URL',
  );
}
