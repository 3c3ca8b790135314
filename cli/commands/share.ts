// oncelink share [TEXT | -]: the secret from the argument, a pipe (byte for byte) or a hidden
// prompt; encrypted here, uploaded, its manage token kept in shares.json.
import { SECRET_BYTES } from '../../shared/limits';
import { checkReachable, timeoutFrom } from '../api';
import { commandLine, COMMON_OPTIONS } from '../args';
import { CodedFailure, UsageError } from '../errors';
import { decodeUtf8, readAll, type Io } from '../io';
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
  json: { type: 'boolean' },
} as const;

/** Drops one trailing \n or \r\n. */
export function trimNewline(s: string): string {
  return s.replace(/\r?\n$/, '');
}

async function readSecret(io: Io, arg: string | undefined, server: string): Promise<string> {
  if (arg !== undefined && arg !== '-') return arg;
  if (canPrompt(io)) {
    // Before anyone types a secret, make sure it can be sent.
    await checkReachable(server, timeoutFrom(io.env));
    return promptHidden(io, 'Secret (hidden; Enter to finish, pipe it for several lines): ');
  }
  // Anything over the largest envelope is too large whatever it holds: stop reading there.
  const { bytes, over } = await readAll(io.stdin, SECRET_BYTES.default);
  if (over) throw new CodedFailure('TOO_LARGE', { limit: SECRET_BYTES.default });
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
  const settings = shareSettings(values, values.words, 'words');
  const store = new Store(storePaths(io.env));
  store.prepare(); // a problem with the local files shows before the secret is read
  const { server } = resolveServer(values.server, io.env, store);

  let value = await readSecret(io, arg, server);
  if (values['trim-newline']) value = trimNewline(value);
  if (value.length === 0) throw new UsageError('there is nothing to share: the secret is empty');

  const { json, saveError } = await publish(io, store, server, value, 'text', settings);
  if (values.json) printJson(io, ShareJson, json);
  else printShared(io, json);
  if (saveError) throw saveError;
  return 0;
}
