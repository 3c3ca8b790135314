// The private keys of this browser's secret requests: non-extractable CryptoKeys in IndexedDB
// (structured clone keeps a CryptoKey, and its non-extractability, across sessions; storage.local
// or localStorage hold strings only and would need the key's bytes). Not even the code that made
// them can export them: they can only decrypt answers, here. The extension's background keeps
// them in its own origin, the home page in the server's. Deleted once the answer is read, or the
// request was revoked or expired (docs/protocol.md#request-keys).
import type { KemId, RequestKeyPair } from '../../shared/request/hpke';

const DB = 'oncelink';
const STORE = 'request-keys';

interface StoredKey {
  id: string;
  kem: KemId;
  keys: CryptoKeyPair;
  publicKey: Uint8Array;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>) {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = op(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export async function saveRequestKey(id: string, pair: RequestKeyPair): Promise<void> {
  if (pair.keys.privateKey.extractable) throw new Error('request keys must be non-extractable');
  const entry: StoredKey = { id, kem: pair.kem, keys: pair.keys, publicKey: pair.publicKey };
  await run('readwrite', (s) => s.put(entry));
}

export async function loadRequestKey(id: string): Promise<RequestKeyPair | null> {
  const entry = (await run('readonly', (s) => s.get(id))) as StoredKey | undefined;
  return entry ? { kem: entry.kem, keys: entry.keys, publicKey: entry.publicKey } : null;
}

export async function deleteRequestKeys(ids: string[]): Promise<void> {
  if (!ids.length) return;
  await run('readwrite', (s) => {
    let last: IDBRequest<undefined> | undefined;
    for (const id of ids) last = s.delete(id);
    return last!;
  });
}

/** The ids that still have a key (the e2e test proves deletion with it). */
export async function requestKeyIds(): Promise<string[]> {
  return (await run('readonly', (s) => s.getAllKeys())) as string[];
}
