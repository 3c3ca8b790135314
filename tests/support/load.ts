// A bounded load of mixed creates and reveals over HTTP, with a ledger of every answer, and the
// check that the database agrees with it: every secret created was revealed at most as often as
// it allows, and one that is not used up is still pending with its ciphertext. None lost, none
// duplicated.
//
// Outcomes are accounted for honestly. A request that got no answer (the process was killed, the
// connection was cut) or that the server answered SERVICE_UNAVAILABLE may still have been
// carried out by the database (the statement committed, then the answer was lost): such a
// request is "unknown". The invariant is then, per secret:
//   successes seen ≤ views spent (maxViews − viewsLeft) ≤ successes seen + unknown reveals,
// and exactly `successes seen + viewsLeft = maxViews` when nothing was unknown.
// A refused connection is not unknown: the request never reached a server.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../backend/db/types';
import { b64uDecode, b64uEncode } from '../../shared/encoding';
import { fakeShare, type FakeShare, wrongKey } from './shares';

// ── one API call over HTTP, bounded in time ─────────────────────────────────

export type CallResult =
  | { kind: 'ok'; status: number; data: unknown }
  | {
      kind: 'error';
      status: number;
      /** data.reason of a typed error; undefined when the answer was not one. */
      reason: string | undefined;
      data: Record<string, unknown>;
    }
  /** The connection was refused: the request never reached a server. */
  | { kind: 'refused' }
  /** No answer: the request may or may not have been carried out. */
  | { kind: 'lost'; message: string }
  /** No answer within the deadline: a hang. */
  | { kind: 'timeout' };

const QUERIES = new Set(['secret.peek']);

/** Calls a tRPC procedure the way the clients do (GET ?input= for queries, POST for mutations). */
export async function callApi(
  base: string,
  proc: string,
  input: unknown,
  opts: { timeoutMs?: number; headers?: Record<string, string> } = {},
): Promise<CallResult> {
  const query = QUERIES.has(proc);
  const url = query
    ? `${base}/trpc/${proc}?input=${encodeURIComponent(JSON.stringify(input))}`
    : `${base}/trpc/${proc}`;
  let res: Response;
  let text: string;
  try {
    res = await fetch(url, {
      method: query ? 'GET' : 'POST',
      headers: query
        ? { ...opts.headers }
        : { 'content-type': 'application/json', ...opts.headers },
      body: query ? undefined : JSON.stringify(input),
      signal: AbortSignal.timeout(opts.timeoutMs ?? 20_000),
    });
    text = await res.text();
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    if (err.name === 'TimeoutError') return { kind: 'timeout' };
    if (err.cause?.code === 'ECONNREFUSED') return { kind: 'refused' };
    return { kind: 'lost', message: `${err.message} (${err.cause?.code ?? String(err.cause)})` };
  }
  let body: { result?: { data?: unknown }; error?: { data?: Record<string, unknown> } } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    /* not JSON: an untyped answer */
  }
  if (res.ok) return { kind: 'ok', status: res.status, data: body.result?.data };
  const data = body.error?.data ?? {};
  return {
    kind: 'error',
    status: res.status,
    reason: typeof data.reason === 'string' ? data.reason : undefined,
    data,
  };
}

/** A short label of a result for messages: "ok", "404 UNAVAILABLE", "lost", … */
export function describeResult(r: CallResult): string {
  if (r.kind === 'ok') return 'ok';
  if (r.kind === 'error') return `${r.status} ${r.reason ?? '(untyped)'}`;
  return r.kind;
}

// ── the ledger ───────────────────────────────────────────────────────────────

export interface LedgerEntry {
  share: FakeShare;
  maxViews: number;
  maxAttempts: number;
  /** yes: the server said created (or DUPLICATE_ID after an unknown attempt); unknown: an
   * attempt may have created it but none was confirmed; no: no attempt can have created it. */
  created: 'no' | 'yes' | 'unknown';
  createAttempts: number;
  /** Reveals and wrong guesses this load still means to send (spread over the run). */
  plannedRight: number;
  plannedWrong: number;
  /** viewsLeft of each successful reveal. */
  views: number[];
  /** attemptsLeft of each WRONG_PASSPHRASE. */
  wrong: number[];
  unknownReveals: number;
  unknownWrong: number;
  /** A reveal answered UNAVAILABLE: nothing more to spend. */
  closed: boolean;
}

export interface LoadRecord {
  /** When the answer came, in ms since the load started. */
  at: number;
  /** How long the request took. */
  ms: number;
  target: string;
  op: 'create' | 'reveal' | 'wrong';
  result: string;
}

export interface LoadOptions {
  /** The backends' base URLs; read before each request (a test may swap a restarted one in). */
  targets: () => string[];
  /** Concurrent clients. */
  workers?: number;
  /** Hard bound on the run, whatever else happens. */
  maxMs?: number;
  /** At most this many secrets are created. */
  maxSecrets?: number;
  /** Each client waits this long between its requests (keeps the load bounded). */
  pauseMs?: number;
  requestTimeoutMs?: number;
  /** Seeds the choices of the run (printed with any failure, for replay). */
  seed?: number;
}

export interface Load {
  ledger: LedgerEntry[];
  records: LoadRecord[];
  /** Answers no scenario allows: 500s, untyped errors, wrong ciphertexts, hangs. */
  anomalies: string[];
  seed: number;
  /** Asks the clients to stop after their current request. */
  stop(): void;
  /** Settles when every client has stopped. */
  done: Promise<void>;
  /** ms since the load started. */
  elapsed(): number;
}

/** mulberry32: a small seeded PRNG, so a failing run's choices can be replayed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Task = { op: 'create' | 'reveal' | 'wrong'; entry: LedgerEntry };

/**
 * Starts `workers` clients that create secrets (random maxViews 1–5, maxAttempts 3–5) and reveal
 * them (0 to maxViews + 2 times each, so some stay pending and some are asked for too often),
 * with a few wrong guesses (never enough to destroy one), spread over `targets` in turn.
 * Stops at stop(), after maxMs, or when maxSecrets were created and every planned request sent.
 */
export function startLoad(opts: LoadOptions): Load {
  const seed = opts.seed ?? Math.floor(Math.random() * 2 ** 31);
  const rand = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const workers = opts.workers ?? 16;
  const maxSecrets = opts.maxSecrets ?? 2_000;
  const maxMs = opts.maxMs ?? 20_000;
  const pauseMs = opts.pauseMs ?? 20;
  const timeoutMs = opts.requestTimeoutMs ?? 20_000;
  const t0 = Date.now();
  const elapsed = () => Date.now() - t0;

  const ledger: LedgerEntry[] = [];
  const records: LoadRecord[] = [];
  const anomalies: string[] = [];
  const ready: Task[] = [];
  let stopping = false;
  let creating = 0;
  let inFlight = 0;
  let turn = 0;

  const target = () => {
    const all = opts.targets();
    return all[turn++ % all.length]!;
  };
  /** Puts a task at a random place, so one secret's requests spread over the run and collide. */
  const schedule = (t: Task) => ready.splice(int(0, ready.length), 0, t);
  const anomaly = (what: string) => {
    if (anomalies.length < 50) anomalies.push(`${elapsed()} ms: ${what}`);
  };

  async function newSecret(): Promise<Task> {
    const maxViews = int(1, 5);
    const maxAttempts = int(3, 5);
    const entry: LedgerEntry = {
      share: await fakeShare({ maxViews, maxAttempts }),
      maxViews,
      maxAttempts,
      created: 'no',
      createAttempts: 0,
      plannedRight: int(0, maxViews + 2),
      plannedWrong: rand() < 0.3 ? int(1, Math.min(2, maxAttempts - 1)) : 0,
      views: [],
      wrong: [],
      unknownReveals: 0,
      unknownWrong: 0,
      closed: false,
    };
    ledger.push(entry);
    return { op: 'create', entry };
  }

  async function run(task: Task) {
    const { entry } = task;
    const to = target();
    const { input, authKey } = entry.share;
    let r: CallResult;
    const started = elapsed();
    if (task.op === 'create') {
      entry.createAttempts++;
      r = await callApi(to, 'secret.create', input, { timeoutMs });
    } else {
      const key = task.op === 'reveal' ? authKey : wrongKey();
      r = await callApi(to, 'secret.reveal', { id: input.id, authKey: key }, { timeoutMs });
    }
    const at = elapsed();
    records.push({ at, ms: at - started, target: to, op: task.op, result: describeResult(r) });
    const label = `${task.op} ${input.id} via ${to}: ${describeResult(r)}`;
    const unknown =
      r.kind === 'lost' ||
      r.kind === 'timeout' ||
      (r.kind === 'error' && r.reason === 'SERVICE_UNAVAILABLE');
    if (r.kind === 'timeout') anomaly(`${label} (no answer in ${timeoutMs} ms)`);
    if (r.kind === 'error' && (r.status >= 500 || !r.reason) && r.reason !== 'SERVICE_UNAVAILABLE')
      anomaly(label);
    if (r.kind === 'error' && r.reason === 'SERVICE_UNAVAILABLE' && r.status !== 503)
      anomaly(label);

    if (task.op === 'create') {
      if (r.kind === 'ok') entry.created = 'yes';
      else if (r.kind === 'error' && r.reason === 'DUPLICATE_ID' && entry.created === 'unknown')
        entry.created = 'yes'; // an earlier attempt did create it: ours
      else if (unknown || r.kind === 'refused') {
        if (unknown) entry.created = 'unknown';
        // Retry as a client would, the same secret with the same id.
        if (entry.createAttempts < 5) schedule(task);
        return;
      } else return anomaly(label);
      for (let i = 0; i < entry.plannedRight; i++) schedule({ op: 'reveal', entry });
      for (let i = 0; i < entry.plannedWrong; i++) schedule({ op: 'wrong', entry });
      return;
    }

    if (r.kind === 'ok') {
      const data = r.data as { ciphertext?: string; iv?: string; viewsLeft?: number };
      if (task.op === 'wrong') return anomaly(`${label}: a wrong key revealed the secret`);
      if (data.ciphertext !== input.ciphertext || data.iv !== input.iv)
        anomaly(`${label}: another ciphertext came back`);
      entry.views.push(data.viewsLeft ?? -1);
    } else if (r.kind === 'error' && r.reason === 'UNAVAILABLE') {
      entry.closed = true;
    } else if (r.kind === 'error' && r.reason === 'WRONG_PASSPHRASE' && task.op === 'wrong') {
      entry.wrong.push(Number(r.data.attemptsLeft));
    } else if (unknown) {
      if (task.op === 'reveal') entry.unknownReveals++;
      else entry.unknownWrong++;
    } else if (r.kind !== 'refused') {
      anomaly(label);
    }
  }

  async function worker() {
    while (!stopping && elapsed() < maxMs) {
      let task: Task | undefined;
      // Create while below the bound and the queue of reveals is short (or one time in four).
      if (ledger.length + creating < maxSecrets && (ready.length < workers * 2 || rand() < 0.25)) {
        creating++;
        task = await newSecret();
        creating--;
      } else {
        task = ready.pop();
        // An already-closed secret still gets its reveals sometimes: they must say UNAVAILABLE.
        while (task && task.entry.closed && rand() < 0.8) task = ready.pop();
      }
      if (!task) {
        if (ledger.length >= maxSecrets && creating === 0 && inFlight === 0) return;
        await sleep(5);
        continue;
      }
      inFlight++;
      try {
        await run(task);
      } catch (e) {
        anomaly(`client error: ${(e as Error).message}`);
      } finally {
        inFlight--;
      }
      if (pauseMs) await sleep(pauseMs);
    }
  }
  const done = Promise.all(Array.from({ length: workers }, worker)).then(() => undefined);
  return {
    ledger,
    records,
    anomalies,
    seed,
    stop: () => void (stopping = true),
    done,
    elapsed,
  };
}

// ── the check against the database ──────────────────────────────────────────

export interface LedgerSummary {
  secrets: number;
  pending: number;
  viewed: number;
  reveals: number;
  wrongGuesses: number;
  unknown: number;
  /** Views and attempts the database spent on requests whose answer never came (or was a 503). */
  spentUnseen: number;
}

const hex = (b: Uint8Array | null) => (b ? Buffer.from(b).toString('hex') : null);

/**
 * Compares the ledger with the database (and, for a sample, with what `peek` answers through
 * `peek(id)`). Returns every discrepancy found, empty when the ledger balances.
 */
export async function checkLedger(
  ledger: LedgerEntry[],
  db: Kysely<Database>,
  peek?: (id: string, i: number) => Promise<CallResult>,
): Promise<{ problems: string[]; summary: LedgerSummary }> {
  const problems: string[] = [];
  const ids = ledger.map((e) => b64uDecode(e.share.input.id));
  const rows = ids.length
    ? await db
        .selectFrom('secret')
        .selectAll()
        .where(sql<boolean>`id = any(${ids})`)
        .execute()
    : [];
  const byId = new Map(rows.map((r) => [b64uEncode(r.id), r]));
  const summary: LedgerSummary = {
    secrets: 0,
    pending: 0,
    viewed: 0,
    reveals: 0,
    wrongGuesses: 0,
    unknown: 0,
    spentUnseen: 0,
  };
  const pendingSample: string[] = [];
  const viewedSample: string[] = [];

  for (const e of ledger) {
    const { input } = e.share;
    const id = input.id;
    const row = byId.get(id);
    const say = (what: string) =>
      problems.length < 50 && problems.push(`${id} (maxViews ${e.maxViews}): ${what}`);
    summary.unknown += e.unknownReveals + e.unknownWrong;
    if (e.created === 'no') {
      if (row) say('exists although no create of it can have been carried out');
      continue;
    }
    if (!row) {
      if (e.created === 'yes') say('LOST: created, yet not in the database');
      continue;
    }
    summary.secrets++;
    summary.reveals += e.views.length;
    summary.wrongGuesses += e.wrong.length;
    if (row.max_views !== e.maxViews) say(`max_views is ${row.max_views}`);

    // Views: each success took a different one, none beyond what the database spent.
    const spent = row.max_views - row.views_left;
    const seen = e.views.length;
    if (seen > e.maxViews) say(`DUPLICATED: revealed ${seen} times`);
    if (seen > spent) say(`revealed ${seen} times, the database spent ${spent} views`);
    if (spent > seen + e.unknownReveals)
      say(`${spent} views spent, ${seen} seen and ${e.unknownReveals} unknown`);
    if (new Set(e.views).size !== seen) say(`two reveals got one viewsLeft: ${e.views}`);
    if (e.views.some((v) => v < row.views_left || v > e.maxViews - 1))
      say(`viewsLeft answered ${e.views}, the database has ${row.views_left}`);
    if (e.unknownReveals === 0 && seen + row.views_left !== e.maxViews)
      say(`${seen} reveals + ${row.views_left} left ≠ ${e.maxViews}`);

    // Attempts: the same, for the wrong guesses.
    const spentAttempts = row.max_attempts - row.attempts_left;
    if (e.wrong.length > spentAttempts || spentAttempts > e.wrong.length + e.unknownWrong)
      say(`${spentAttempts} attempts spent, ${e.wrong.length} seen, ${e.unknownWrong} unknown`);
    if (new Set(e.wrong).size !== e.wrong.length) say(`two guesses got one attemptsLeft`);
    summary.spentUnseen += spent - seen + spentAttempts - e.wrong.length;

    // Material: a pending secret holds exactly what was created; a viewed one holds nothing.
    if (row.views_left > 0) {
      summary.pending++;
      if (row.state !== 'pending') say(`views left but state ${row.state}`);
      const want = {
        ciphertext: hex(b64uDecode(input.ciphertext)),
        iv: hex(b64uDecode(input.iv)),
        salt: hex(b64uDecode(input.salt)),
        verifier: hex(b64uDecode(input.verifier)),
      };
      const got = {
        ciphertext: hex(row.ciphertext),
        iv: hex(row.iv),
        salt: hex(row.salt),
        verifier: hex(row.verifier),
      };
      for (const k of Object.keys(want) as (keyof typeof want)[])
        if (want[k] !== got[k]) say(`pending, and its ${k} is not the one created`);
      if (pendingSample.length < 40) pendingSample.push(id);
    } else {
      summary.viewed++;
      if (row.state !== 'viewed') say(`no views left but state ${row.state}`);
      if (row.ciphertext || row.iv || row.salt || row.verifier || !row.ended_at)
        say('viewed, yet it still holds secret material');
      if (viewedSample.length < 20) viewedSample.push(id);
    }
    if (e.created === 'unknown' && spent > 0) say('never confirmed created, yet views were spent');
  }

  // What a recipient would be told agrees with the database.
  if (peek) {
    let i = 0;
    for (const id of [...pendingSample, ...viewedSample]) {
      const r = await peek(id, i++);
      const row = byId.get(id)!;
      const data = r.kind === 'ok' ? (r.data as { state?: string; viewsLeft?: number }) : null;
      const want = row.views_left > 0 ? `pending ${row.views_left}` : 'unavailable';
      const got = data
        ? `${data.state}${data.state === 'pending' ? ` ${data.viewsLeft}` : ''}`
        : describeResult(r);
      if (got !== want) problems.push(`${id}: peek says ${got}, the database ${want}`);
    }
  }
  return { problems, summary };
}
