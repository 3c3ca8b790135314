// oncelink request [NOTE]: asks someone for a secret. Makes the key pair here (its private half
// stays in request-keys.json, 0600), uploads the encrypted note, prints the request link.
import { EXPIRY, REQUEST_NOTE_BYTES } from '../../shared/limits';
import { createRequest, exportRequestKey } from '../../shared/request/index';
import { apiFor, timeoutFrom } from '../api';
import { commandLine, COMMON_OPTIONS, durationOption } from '../args';
import { CodedFailure, UsageError } from '../errors';
import { decodeUtf8, note, readAll, type Io } from '../io';
import { clip, formatRelative, formatTime, printJson } from '../output';
import { MAX_LABEL_CHARS } from '../../shared/limits';
import { RequestStore } from '../request-store';
import { RequestJson } from '../schemas';
import { resolveServer } from '../server';
import { Store, storePaths } from '../store';

const OPTIONS = {
  ...COMMON_OPTIONS,
  expires: { type: 'string' },
  label: { type: 'string' },
  server: { type: 'string' },
  json: { type: 'boolean' },
} as const;

async function readNote(io: Io, arg: string | undefined): Promise<string> {
  if (arg !== undefined && arg !== '-') return arg;
  if (io.stdin.isTTY) throw new UsageError('say what you need: oncelink request "the DB password"');
  const { bytes, over } = await readAll(io.stdin, REQUEST_NOTE_BYTES);
  if (over) throw new CodedFailure('TOO_LARGE', { limit: REQUEST_NOTE_BYTES });
  return decodeUtf8(bytes, 'standard input').trim();
}

export async function request(args: string[], io: Io): Promise<number> {
  const line = commandLine('request', args, OPTIONS, io, 1, 'oncelink request [NOTE | -]');
  if (!line) return 0;
  const { values } = line;
  const [arg] = line.args;
  const expiresIn = durationOption(
    'expires',
    values.expires,
    EXPIRY.min,
    EXPIRY.hardMax,
    EXPIRY.default,
  );
  const store = new Store(storePaths(io.env));
  const requests = new RequestStore(store);
  requests.list(); // a problem with the local files shows before anything is made
  const { server } = resolveServer(values.server, io.env, store);
  const text = (await readNote(io, arg)).trim();
  if (!text) throw new UsageError('the note is empty: say what you need');

  const made = await createRequest({ note: text, expiresIn, publicUrl: server, extractable: true });
  const jwk = await exportRequestKey(made.keyPair);
  const created = await apiFor(server, timeoutFrom(io.env)).request.create.mutate(made.input);
  const label = clip((values.label ?? text).trim(), MAX_LABEL_CHARS);
  await requests.add(
    {
      id: made.input.id,
      label,
      server,
      createdAt: new Date().toISOString(),
      expiresAt: created.expiresAt,
      manageToken: made.manageToken,
    },
    made.keyPair.kem,
    jwk,
  );
  if (values.json) {
    const out = { id: made.input.id, link: made.link, expiresAt: created.expiresAt, label, server };
    printJson(io, RequestJson, out);
  } else {
    io.stdout.write(`Request link: ${made.link}\n`);
    note(
      io,
      `Send the link to the person who has the secret. It expires ${formatTime(created.expiresAt)} (${formatRelative(created.expiresAt)}).`,
    );
    note(
      io,
      `Then: oncelink requests (status), oncelink read ${made.input.id.slice(0, 8)} (the answer, once).`,
    );
  }
  return 0;
}
