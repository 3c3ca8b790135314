// oncelink list: the shares in shares.json with their live status, asked of each server in
// batches of at most 100 (the API's cap). A server that cannot be asked leaves its shares
// with no state and an error; the others are still shown. Shares a server has forgotten and
// that have expired are shown one last time and dropped from the file.
import { STATUS_BATCH_MAX } from '../../shared/limits';
import { toFailure } from '../../shared/messages';
import type { StatusEntry } from '../../shared/schemas';
import { apiFor, timeoutFrom } from '../api';
import { commandLine, COMMON_OPTIONS } from '../args';
import { outcomeOf, type Outcome } from '../errors';
import { note, type Io } from '../io';
import { clip, formatTime, printJson, summarizeEvents, table } from '../output';
import { ListJson, type ListItemJson } from '../schemas';
import { Store, storePaths, type StoredShare } from '../store';
import { writeOut } from '../terminal-text';

const OPTIONS = { ...COMMON_OPTIONS, json: { type: 'boolean' }, raw: { type: 'boolean' } } as const;

type Failure = Outcome & { code: string };
type Answer = { entry: StatusEntry } | { failure: Failure };

/** Each share's answer, by id, and what went wrong, once per server. */
async function askServers(io: Io, shares: StoredShare[]) {
  const byServer = new Map<string, StoredShare[]>();
  for (const s of shares) byServer.set(s.server, [...(byServer.get(s.server) ?? []), s]);
  const answers = new Map<string, Answer>();
  const failures = new Map<string, Failure>();
  const timeout = timeoutFrom(io.env);
  for (const [server, list] of byServer) {
    const api = apiFor(server, timeout);
    for (let i = 0; i < list.length; i += STATUS_BATCH_MAX) {
      const batch = list.slice(i, i + STATUS_BATCH_MAX);
      try {
        const { secrets } = await api.secret.status.mutate({
          manageTokens: batch.map((s) => s.manageToken),
        });
        batch.forEach((s, j) => secrets[j] && answers.set(s.id, { entry: secrets[j] }));
      } catch (err) {
        const failure = { ...outcomeOf(err), code: toFailure(err).code };
        failures.set(server, failure);
        for (const s of batch) answers.set(s.id, { failure });
      }
    }
  }
  return { answers, failures: [...failures.values()] };
}

function itemOf(s: StoredShare, a: Answer | undefined): ListItemJson {
  const base = {
    id: s.id,
    label: s.label,
    kind: s.kind,
    server: s.server,
    createdAt: s.createdAt,
    expiresAt: s.expiresAt,
    maxViews: s.maxViews,
    maxAttempts: s.maxAttempts,
  };
  const none = { viewsLeft: null, attemptsLeft: null, endedAt: null, events: [] };
  if (!a || 'failure' in a) {
    const error = a ? { code: a.failure.code, message: a.failure.message } : null;
    return { ...base, ...none, state: null, error };
  }
  const e = a.entry;
  if (e.state === 'unknown') return { ...base, ...none, state: 'unknown', error: null };
  const { state, viewsLeft, attemptsLeft, endedAt, events, expiresAt } = e;
  return { ...base, expiresAt, state, viewsLeft, attemptsLeft, endedAt, events, error: null };
}

function stateText(i: ListItemJson): string {
  if (i.state === null) return '?';
  if (i.state === 'unknown') return 'gone';
  if (i.state === 'pending') return `pending (${i.viewsLeft}/${i.maxViews} views left)`;
  return i.state;
}

function printTable(io: Io, items: ListItemJson[], raw: boolean): void {
  const servers = new Set(items.map((i) => i.server));
  const header = ['ID', 'LABEL', 'KIND', 'STATE', 'CREATED', 'ENDS', 'EVENTS'];
  if (servers.size > 1) header.push('SERVER');
  const rows = items.map((i) => [
    i.id.slice(0, 8),
    clip(i.label, 30) || '-',
    i.kind,
    stateText(i),
    formatTime(i.createdAt),
    formatTime(i.endedAt ?? i.expiresAt),
    summarizeEvents(i.events) || '-',
    ...(servers.size > 1 ? [i.server] : []),
  ]);
  writeOut(io, table(header, rows), raw);
}

export async function list(args: string[], io: Io): Promise<number> {
  const line = commandLine('list', args, OPTIONS, io, 0, 'oncelink list [--json]');
  if (!line) return 0;
  const { values } = line;
  const store = new Store(storePaths(io.env));
  const shares = store.listShares();
  const { answers, failures } = await askServers(io, shares);
  const items = shares.map((s) => itemOf(s, answers.get(s.id)));

  if (values.json) printJson(io, ListJson, { shares: items });
  else if (items.length === 0) note(io, 'No shares made from this machine yet.');
  else printTable(io, items, values.raw === true);

  const now = Date.now();
  const forgotten = new Set(
    items.filter((i) => i.state === 'unknown' && Date.parse(i.expiresAt) < now).map((i) => i.id),
  );
  if (forgotten.size > 0) await store.updateShares((l) => l.filter((s) => !forgotten.has(s.id)));

  for (const f of failures) note(io, f.message);
  return failures[0]?.exit ?? 0;
}
