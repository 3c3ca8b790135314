// The server's limits (`config.get`), asked before a secret is read or encrypted, so a server
// whose operator raised MAX_SECRET_BYTES or MAX_FILE_BYTES is taken at its word.
import { serverConfigVia, type ServerConfig } from '../shared/server-config';
import { apiFor } from './api';

export function serverLimits(server: string, timeoutSeconds: number): Promise<ServerConfig> {
  return serverConfigVia(() => apiFor(server, timeoutSeconds).config.get.query());
}
