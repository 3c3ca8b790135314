// The per-user files: config.json ({server}) and shares.json (the shares made from this
// machine, for list and revoke). Kept: id, label, kind, server, times, limits and the manage
// token, which can see and revoke a share but never read it. Never kept: the link (its
// fragment holds linkKey), the passphrase, the secret.
// Where: $XDG_CONFIG_HOME/oncelink/, else ~/.config/oncelink/; a 0700 directory of 0600 files.
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { SECRET_KINDS } from '../shared/envelope';
import { Key32, SecretId } from '../shared/schemas';
import { LocalError, UsageError } from './errors';
import {
  checkPrivateFile,
  ensurePrivateDir,
  readPrivateJson,
  withLock,
  writePrivateJson,
} from './private-files';

export const StoredShare = z.object({
  id: SecretId,
  label: z.string(),
  kind: z.enum([...SECRET_KINDS, 'file']),
  server: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }),
  maxViews: z.number().int().min(1),
  maxAttempts: z.number().int().min(1),
  manageToken: Key32,
});
export type StoredShare = z.infer<typeof StoredShare>;

const SharesFile = z.object({ version: z.literal(1), shares: z.array(StoredShare) });
const ConfigFile = z.object({ server: z.string().optional() });
export type Config = z.infer<typeof ConfigFile>;

export interface StorePaths {
  dir: string;
  config: string;
  shares: string;
}

export function storePaths(env: Record<string, string | undefined>): StorePaths {
  const xdg = env.XDG_CONFIG_HOME;
  const base = xdg && isAbsolute(xdg) ? xdg : join(env.HOME || homedir(), '.config');
  const dir = join(base, 'oncelink');
  return { dir, config: join(dir, 'config.json'), shares: join(dir, 'shares.json') };
}

function parsed<T>(path: string, schema: z.ZodType<T>, data: unknown): T {
  const r = schema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new LocalError(`${path} is damaged${where}: ${issue?.message}; fix or move it away`);
  }
  return r.data;
}

export class Store {
  constructor(readonly paths: StorePaths) {}

  /** Creates the directory and checks (and tightens) what exists: before any work is done. */
  prepare(): void {
    ensurePrivateDir(this.paths.dir);
    checkPrivateFile(this.paths.config);
    checkPrivateFile(this.paths.shares);
  }

  readConfig(): Config {
    this.prepare();
    const data = readPrivateJson(this.paths.config);
    return data === undefined ? {} : parsed(this.paths.config, ConfigFile, data);
  }

  async writeConfig(change: Partial<Config>): Promise<void> {
    this.prepare();
    await withLock(this.paths.dir, 'config', () => {
      writePrivateJson(this.paths.config, { ...this.readConfig(), ...change });
    });
  }

  /** Newest first. */
  listShares(): StoredShare[] {
    this.prepare();
    const data = readPrivateJson(this.paths.shares);
    return data === undefined ? [] : parsed(this.paths.shares, SharesFile, data).shares;
  }

  /** Applies `change` to the list under the lock, so concurrent commands keep each other's shares. */
  updateShares(change: (list: StoredShare[]) => StoredShare[]): Promise<void> {
    this.prepare();
    return withLock(this.paths.dir, 'shares', () => {
      const next = { version: 1, shares: change(this.listShares()) };
      writePrivateJson(this.paths.shares, SharesFile.parse(next)); // never write a damaged file
    });
  }

  addShare(share: StoredShare): Promise<void> {
    return this.updateShares((list) => [share, ...list.filter((s) => s.id !== share.id)]);
  }

  /** The one share whose id is `idOrPrefix` or starts with it. */
  findShare(idOrPrefix: string): StoredShare {
    const list = this.listShares();
    const exact = list.find((s) => s.id === idOrPrefix);
    if (exact) return exact;
    const matches = idOrPrefix ? list.filter((s) => s.id.startsWith(idOrPrefix)) : [];
    if (matches.length === 1) return matches[0]!;
    throw new UsageError(
      matches.length === 0
        ? `no share made from this machine has the id ${idOrPrefix} (see oncelink list)`
        : `${matches.length} shares start with ${idOrPrefix}: give more of the id`,
    );
  }
}
