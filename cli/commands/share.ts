// oncelink share [TEXT | -] | --file PATH: the secret from the argument, a pipe (byte for byte),
// a hidden prompt or a file; encrypted here, uploaded, its manage token kept in shares.json.
import { SECRET_BYTES } from '../../shared/limits';
import type { ServerConfig } from '../../shared/server-config';
import { timeoutFrom } from '../api';
import { commandLine, COMMON_OPTIONS } from '../args';
import { CodedFailure, UsageError } from '../errors';
import { readFileInput } from '../file-io';
import { decodeUtf8, readAll, type Io } from '../io';
import { serverLimits } from '../limits';
import { printJson } from '../output';
import { canPrompt, promptHidden } from '../prompt';
import { printShared, publish, SHARE_OPTIONS, shareSettings } from '../publish';
import { ShareJson } from '../schemas';
import { resolveServer } from '../server';
import { Store, storePaths } from '../store';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...SHARE_OPTIONS,
  words: { type: 'string' },
  'trim-newline': { type: 'boolean' },
  file: { type: 'string' },
  name: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** Drops one trailing \n or \r\n. */
export function trimNewline(s: string): string {
  return s.replace(/\r?\n$/, '');
}

async function readSecret(
  io: Io,
  arg: string | undefined,
  limits: () => Promise<ServerConfig>,
): Promise<string> {
  if (arg !== undefined && arg !== '-') return arg;
  if (canPrompt(io)) {
    // Before anyone types a secret, make sure it can be sent.
    await limits();
    return promptHidden(io, 'Secret (hidden; Enter to finish, pipe it for several lines): ');
  }
  // Past the largest envelope any server takes, it is too large whatever it holds: stop there.
  // The server's own limit is checked on the envelope, by createShare.
  const { bytes, over } = await readAll(io.stdin, SECRET_BYTES.hardMax);
  if (over) throw new CodedFailure('TOO_LARGE', { limit: (await limits()).maxSecretBytes });
  return decodeUtf8(bytes, 'standard input');
}

export async function share(args: string[], io: Io): Promise<number> {
  const line = commandLine(
    'share',
    args,
    OPTIONS,
    io,
    1,
    'oncelink share [TEXT | -] (quote TEXT, or pipe it)',
  );
  if (!line) return 0;
  const { values } = line;
  const [arg] = line.args;
  if (values.file !== undefined && arg !== undefined) {
    throw new UsageError('share either TEXT or --file PATH, not both');
  }
  if (values.name !== undefined && values.file === undefined) {
    throw new UsageError('--name names a file: use it with --file');
  }
  const settings = shareSettings(values, values.words, 'words');
  const store = new Store(storePaths(io.env));
  store.prepare(); // a problem with the local files shows before the secret is read
  const { server } = resolveServer(values.server, io.env, store);

  // Asked once, before a secret is typed or a file read: whether it can be sent, and how much.
  let asked: Promise<ServerConfig> | undefined;
  const limits = () => (asked ??= serverLimits(server, timeoutFrom(io.env)));
  let content;
  if (values.file !== undefined) {
    const { maxFileBytes } = await limits();
    if (maxFileBytes === 0) throw new UsageError(`${server} does not take files`);
    content = { file: await readFileInput(io, values.file, values.name, maxFileBytes) };
  } else {
    let value = await readSecret(io, arg, limits);
    if (values['trim-newline']) value = trimNewline(value);
    if (value.length === 0) throw new UsageError('there is nothing to share: the secret is empty');
    content = { value, kind: 'text' as const };
  }

  const { json, saveError } = await publish(io, store, server, content, await limits(), settings);
  if (values.json) printJson(io, ShareJson, json);
  else printShared(io, json);
  if (saveError) throw saveError;
  return 0;
}
