// oncelink requests: the requests made from this machine with their live state, one status call
// per server. Keys of requests that can no longer be answered or read are deleted here.
import { toFailure } from '../../shared/messages';
import type { RequestStatusEntry } from '../../shared/request/schemas';
import { apiFor, timeoutFrom } from '../api';
import { commandLine, COMMON_OPTIONS } from '../args';
import { exitCodeFor, EXIT } from '../exit-codes';
import { note, type Io } from '../io';
import { clip, formatRelative, printJson, table } from '../output';
import { RequestStore, type StoredRequest } from '../request-store';
import { RequestsJson, type RequestsItemJson } from '../schemas';
import { Store, storePaths } from '../store';

const OPTIONS = { ...COMMON_OPTIONS, json: { type: 'boolean' } } as const;
const ENDED = new Set(['read', 'expired', 'revoked', 'unknown']);

type Answer = RequestStatusEntry | { error: { code: string; message: string } };

async function askServer(io: Io, server: string, list: StoredRequest[]) {
  const api = apiFor(server, timeoutFrom(io.env));
  try {
    const { requests } = await api.request.status.mutate({
      manageTokens: list.map((r) => r.manageToken),
    });
    return requests as Answer[];
  } catch (err) {
    const f = toFailure(err);
    return list.map((): Answer => ({ error: { code: f.code, message: f.message } }));
  }
}

export async function requests(args: string[], io: Io): Promise<number> {
  const line = commandLine('requests', args, OPTIONS, io, 0, 'oncelink requests [--json]');
  if (!line) return 0;
  const { values } = line;
  const store = new RequestStore(new Store(storePaths(io.env)));
  const list = store.list();
  const byServer = new Map<string, StoredRequest[]>();
  for (const r of list) byServer.set(r.server, [...(byServer.get(r.server) ?? []), r]);
  const answers = new Map<string, Answer>();
  for (const [server, group] of byServer) {
    for (let i = 0; i < group.length; i += 100) {
      const chunk = group.slice(i, i + 100);
      (await askServer(io, server, chunk)).forEach((a, j) => answers.set(chunk[j]!.id, a));
    }
  }
  const items: RequestsItemJson[] = list.map((r) => {
    const a = answers.get(r.id)!;
    const s = 'error' in a ? null : a;
    return {
      id: r.id,
      label: r.label,
      server: r.server,
      createdAt: r.createdAt,
      expiresAt: s && s.state !== 'unknown' ? s.expiresAt : r.expiresAt,
      state: s ? s.state : null,
      answeredAt: s && s.state !== 'unknown' ? s.answeredAt : null,
      endedAt: s && s.state !== 'unknown' ? s.endedAt : null,
      error: 'error' in a ? a.error : null,
    };
  });
  await store.dropKeys(items.filter((i) => i.state && ENDED.has(i.state)).map((i) => i.id));
  if (values.json) printJson(io, RequestsJson, { requests: items });
  else if (!items.length) note(io, 'No requests made from this machine yet (oncelink request).');
  else {
    const rows = items.map((i) => [
      i.id.slice(0, 8),
      i.state ?? '?',
      i.state === 'answered'
        ? 'read it: oncelink read ' + i.id.slice(0, 8)
        : formatRelative(i.endedAt ?? i.expiresAt),
      clip(i.label, 48),
    ]);
    io.stdout.write(table(['ID', 'STATE', 'WHEN', 'LABEL'], rows));
  }
  const failed = items.find((i) => i.error);
  return failed ? exitCodeFor(failed.error!.code as never) : EXIT.OK;
}
