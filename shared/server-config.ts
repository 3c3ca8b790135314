// `config.get` (docs/protocol.md#server-limits): the limits of this server that clients check
// before they derive keys or upload, instead of assuming the defaults. Public: nothing in it is
// secret, and every limit is enforced again by the server. No zod here, so pages stay small;
// the schema the server answers with is ConfigOutput (schemas.ts).
import { EXPIRY, SECRET_BYTES, VIEWS } from './limits';

export interface ServerConfig {
  /** MAX_SECRET_BYTES: the text envelope before padding. */
  maxSecretBytes: number;
  /** MAX_FILE_BYTES: a file's bytes; 0 when the server takes no files. */
  maxFileBytes: number;
  /** MAX_EXPIRY, seconds. */
  maxExpiry: number;
  /** MAX_VIEWS. */
  maxViews: number;
}

/** What a server that predates `config.get` takes: the defaults, and no files. */
export const LEGACY_SERVER_CONFIG: ServerConfig = {
  maxSecretBytes: SECRET_BYTES.default,
  maxFileBytes: 0,
  maxExpiry: EXPIRY.max,
  maxViews: VIEWS.max,
};

/**
 * The server's limits through `get` (a client's `config.get.query`); a server that answers 404
 * predates `config.get`, and has the legacy limits. Any other failure is the caller's to report.
 */
export async function serverConfigVia(get: () => Promise<ServerConfig>): Promise<ServerConfig> {
  try {
    return await get();
  } catch (err) {
    const status = (err as { data?: { httpStatus?: unknown } } | null)?.data?.httpStatus;
    if (status === 404) return LEGACY_SERVER_CONFIG;
    throw err;
  }
}
