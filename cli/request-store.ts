// The requests made from this machine, beside shares.json in the same 0700 directory:
// requests.json (id, label, server, times, manage token: enough to follow and revoke a request,
// never to read its answer) and request-keys.json (the private keys, JWK, 0600), which are the
// one thing that decrypts an answer. A key is deleted once its answer is read, or the request
// was revoked or expired (docs/protocol.md#request-keys).
import { join } from 'node:path';
import { z } from 'zod';
import { isKemId, type KemId } from '../shared/request/hpke';
import { Key32, SecretId } from '../shared/schemas';
import { LocalError, UsageError } from './errors';
import { checkPrivateFile, readPrivateJson, withLock, writePrivateJson } from './private-files';
import type { Store } from './store';

export const StoredRequest = z.object({
  id: SecretId,
  label: z.string(),
  server: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }),
  manageToken: Key32,
});
export type StoredRequest = z.infer<typeof StoredRequest>;

const RequestsFile = z.object({ version: z.literal(1), requests: z.array(StoredRequest) });
const KeyEntry = z.object({
  kem: z.number().refine(isKemId),
  jwk: z.record(z.string(), z.unknown()),
});
const KeysFile = z.object({ version: z.literal(1), keys: z.record(SecretId, KeyEntry) });

function parsed<T>(path: string, schema: z.ZodType<T>, data: unknown): T {
  const r = schema.safeParse(data);
  if (!r.success) throw new LocalError(`${path} is damaged; fix or move it away`);
  return r.data;
}

export class RequestStore {
  readonly requestsPath: string;
  readonly keysPath: string;

  constructor(readonly store: Store) {
    this.requestsPath = join(store.paths.dir, 'requests.json');
    this.keysPath = join(store.paths.dir, 'request-keys.json');
  }

  private prepare(): void {
    this.store.prepare();
    checkPrivateFile(this.requestsPath);
    checkPrivateFile(this.keysPath);
  }

  /** Newest first. */
  list(): StoredRequest[] {
    this.prepare();
    const data = readPrivateJson(this.requestsPath);
    return data === undefined ? [] : parsed(this.requestsPath, RequestsFile, data).requests;
  }

  private keys(): z.infer<typeof KeysFile>['keys'] {
    const data = readPrivateJson(this.keysPath);
    return data === undefined ? {} : parsed(this.keysPath, KeysFile, data).keys;
  }

  /** Keeps the request and its key; the key file is written first, so a request is never
   * listed without the key that reads its answer. */
  async add(request: StoredRequest, kem: KemId, jwk: JsonWebKey): Promise<void> {
    this.prepare();
    await withLock(this.store.paths.dir, 'requests', () => {
      const keys = { ...this.keys(), [request.id]: { kem, jwk: { ...jwk } } };
      writePrivateJson(this.keysPath, KeysFile.parse({ version: 1, keys }));
      const list = [request, ...this.list().filter((r) => r.id !== request.id)];
      writePrivateJson(this.requestsPath, RequestsFile.parse({ version: 1, requests: list }));
    });
  }

  key(id: string): { kem: KemId; jwk: JsonWebKey } | null {
    this.prepare();
    const entry = this.keys()[id];
    return entry ? { kem: entry.kem as KemId, jwk: entry.jwk as JsonWebKey } : null;
  }

  /** Deletes the keys of these requests (read, revoked, expired or forgotten by the server). */
  async dropKeys(ids: string[]): Promise<void> {
    if (!ids.length) return;
    this.prepare();
    await withLock(this.store.paths.dir, 'requests', () => {
      const keys = this.keys();
      if (!ids.some((id) => id in keys)) return;
      for (const id of ids) delete keys[id];
      writePrivateJson(this.keysPath, KeysFile.parse({ version: 1, keys }));
    });
  }

  /** The one request whose id is `idOrPrefix` or starts with it. */
  find(idOrPrefix: string): StoredRequest {
    const list = this.list();
    const exact = list.find((r) => r.id === idOrPrefix);
    if (exact) return exact;
    const matches = idOrPrefix ? list.filter((r) => r.id.startsWith(idOrPrefix)) : [];
    if (matches.length === 1) return matches[0]!;
    throw new UsageError(
      matches.length === 0
        ? `no request made from this machine has the id ${idOrPrefix} (see oncelink requests)`
        : `${matches.length} requests start with ${idOrPrefix}: give more of the id`,
    );
  }
}
