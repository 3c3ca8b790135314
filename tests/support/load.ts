// A bounded load of mixed creates and reveals over HTTP, with a ledger of every answer, for
// ledger.ts to check against the database afterwards: every secret created was revealed at most
// as often as it allows, and one that is not used up is still pending with its ciphertext.
//
// Outcomes are accounted for honestly. A request that got no answer (the process was killed, the
// connection was cut) or that the server answered SERVICE_UNAVAILABLE may still have been
// carried out by the database (the statement committed, then the answer was lost): such a
// request is "unknown". A refused connection is not unknown: the request never reached a server.
import { callApi, describeResult, type CallResult } from './api';
import { fakeShare, type FakeShare, wrongKey } from './shares';

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
