// oncelink server [URL]: shows the server in use and where it comes from, or saves a default.
import { checkReachable, timeoutFrom } from '../api';
import { commandLine, COMMON_OPTIONS } from '../args';
import { UsageError } from '../errors';
import { note, type Io } from '../io';
import { normalizeServer, resolveServer } from '../server';
import { Store, storePaths } from '../store';

const OPTIONS = { ...COMMON_OPTIONS } as const;

export async function server(args: string[], io: Io): Promise<number> {
  const line = commandLine('server', args, OPTIONS, io, 1, 'oncelink server [URL]');
  if (!line) return 0;
  const [url] = line.args;
  const store = new Store(storePaths(io.env));
  if (url === undefined) {
    const { server: current, source } = resolveServer(undefined, io.env, store);
    io.stdout.write(`${current}\n`);
    note(io, `(from ${source})`);
    return 0;
  }
  const normalized = normalizeServer(url, 'URL');
  // Nothing is saved unless an oncelink server answers there.
  const status = await checkReachable(normalized, timeoutFrom(io.env));
  if (status !== 200) {
    throw new UsageError(`${normalized} answered, but not as an oncelink server (HTTP ${status})`);
  }
  await store.writeConfig({ server: normalized });
  io.stdout.write(`${normalized}\n`);
  note(io, `(saved in ${store.paths.config})`);
  return 0;
}
