// oncelink revoke ID: burns a share (or cancels a request) made from this machine, by its id or a
// unique start of it.
import { apiFor, timeoutFrom } from '../api';
import { commandLine, COMMON_OPTIONS } from '../args';
import { UsageError } from '../errors';
import { type Io } from '../io';
import { printJson } from '../output';
import { RevokeJson, RevokeRequestJson } from '../schemas';
import { RequestStore } from '../request-store';
import { Store, storePaths } from '../store';

/** A request's revoke: its link stops taking answers, an unread answer is burnt, the key goes. */
async function revokeRequest(io: Io, store: RequestStore, idArg: string, json: boolean) {
  const r = store.find(idArg);
  const { state } = await apiFor(r.server, timeoutFrom(io.env)).request.revoke.mutate({
    manageToken: r.manageToken,
  });
  await store.dropKeys([r.id]);
  if (json) printJson(io, RevokeRequestJson, { id: r.id, state });
  else if (state === 'revoked')
    io.stdout.write(`Revoked request ${r.id.slice(0, 8)} (${r.label}).\n`);
  else io.stdout.write(`Request ${r.id.slice(0, 8)} had already ended (${state}).\n`);
  return 0;
}

const OPTIONS = { ...COMMON_OPTIONS, json: { type: 'boolean' } } as const;

export async function revoke(args: string[], io: Io): Promise<number> {
  const line = commandLine('revoke', args, OPTIONS, io, 1, 'oncelink revoke ID');
  if (!line) return 0;
  const { values } = line;
  const [idArg] = line.args;
  if (!idArg)
    throw new UsageError('give the id of the share: oncelink revoke ID (see oncelink list)');
  const store = new Store(storePaths(io.env));
  const requests = new RequestStore(store);
  const isRequest = requests.list().some((r) => r.id.startsWith(idArg));
  if (isRequest && !store.listShares().some((s) => s.id.startsWith(idArg))) {
    return revokeRequest(io, requests, idArg, values.json === true);
  }
  const share = store.findShare(idArg);
  const api = apiFor(share.server, timeoutFrom(io.env));
  // The server answers with the state the share is now in: revoked, or how it had already ended.
  const { state } = await api.secret.revoke.mutate({ manageToken: share.manageToken });
  const label = share.label ? ` (${share.label})` : '';
  if (values.json) printJson(io, RevokeJson, { id: share.id, state });
  else if (state === 'revoked')
    io.stdout.write(`Revoked ${share.id.slice(0, 8)}${label}: the link no longer works.\n`);
  else
    io.stdout.write(
      `${share.id.slice(0, 8)}${label} had already ended (${state}); nothing to revoke.\n`,
    );
  return 0;
}
