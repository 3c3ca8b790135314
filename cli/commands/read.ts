// oncelink read ID: fetches the answer (the server burns it in the same statement), decrypts it
// here with the request's private key, prints it exactly, and deletes the key.
import { importRequestKey, readRequestAnswer } from '../../shared/request/index';
import { toFailure } from '../../shared/messages';
import { apiFor, timeoutFrom } from '../api';
import { commandLine, COMMON_OPTIONS } from '../args';
import { LocalError, UsageError } from '../errors';
import { note, type Io } from '../io';
import { printJson } from '../output';
import { RequestStore } from '../request-store';
import { ReadJson } from '../schemas';
import { Store, storePaths } from '../store';
import { writeOut } from '../terminal-text';

const OPTIONS = { ...COMMON_OPTIONS, json: { type: 'boolean' }, raw: { type: 'boolean' } } as const;

export async function read(args: string[], io: Io): Promise<number> {
  const line = commandLine('read', args, OPTIONS, io, 1, 'oncelink read ID');
  if (!line) return 0;
  const { values } = line;
  const [idArg] = line.args;
  if (!idArg)
    throw new UsageError('give the id of the request: oncelink read ID (see oncelink requests)');
  const store = new RequestStore(new Store(storePaths(io.env)));
  const request = store.find(idArg);
  const stored = store.key(request.id);
  if (!stored)
    throw new LocalError(
      `the key of request ${request.id.slice(0, 8)} is gone: its answer was read, or it ended`,
    );
  const keyPair = await importRequestKey(stored.kem, stored.jwk);
  const api = apiFor(request.server, timeoutFrom(io.env));
  let r;
  try {
    r = await api.request.read.mutate({ manageToken: request.manageToken });
  } catch (err) {
    // Read, revoked, expired or forgotten: the key can never decrypt anything again.
    if (toFailure(err).code === 'UNAVAILABLE') await store.dropKeys([request.id]);
    throw err;
  }
  if (r.state === 'waiting') {
    note(io, `No answer yet to ${request.id.slice(0, 8)} (${request.label}); nothing was spent.`);
    return 0;
  }
  const { kind, value } = await readRequestAnswer(keyPair, r);
  await store.dropKeys([request.id]);
  if (values.json) printJson(io, ReadJson, { id: request.id, kind, value });
  else {
    writeOut(io, value, values.raw === true);
    if (io.stdout.isTTY && !value.endsWith('\n')) io.stderr.write('\n');
    note(io, `(${kind}; read once: the answer is deleted from the server, and its key from here)`);
  }
  return 0;
}
