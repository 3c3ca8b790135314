// One API call over HTTP as the clients make it, bounded in time, with every way it can end
// told apart: a result, a typed (or untyped) error, a refused connection, a lost answer, a hang.

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

export interface CallOptions {
  timeoutMs?: number;
  headers?: Record<string, string>;
  /** Sent as it is instead of JSON.stringify(input): the body, or a query's input parameter. */
  raw?: string | Uint8Array;
  /** POST a query too, as v2 clients send secret.peek (the body then carries its input). */
  method?: 'POST';
}

const QUERIES = new Set(['secret.peek']);

/** True for the procedures the clients call with GET ?input= (queries); POST for the others. */
export const isQuery = (proc: string) => QUERIES.has(proc);

/** Calls a tRPC procedure the way the clients do (GET ?input= for queries, POST for mutations). */
export async function callApi(
  base: string,
  proc: string,
  input: unknown,
  opts: CallOptions = {},
): Promise<CallResult> {
  const query = isQuery(proc) && opts.method !== 'POST';
  const body = opts.raw ?? JSON.stringify(input);
  const url = query
    ? `${base}/trpc/${proc}?input=${encodeURIComponent(String(body))}`
    : `${base}/trpc/${proc}`;
  let res: Response;
  let text: string;
  try {
    res = await fetch(url, {
      method: query ? 'GET' : 'POST',
      headers: query
        ? { ...opts.headers }
        : { 'content-type': 'application/json', ...opts.headers },
      body: query ? undefined : typeof body === 'string' ? body : Buffer.from(body),
      signal: AbortSignal.timeout(opts.timeoutMs ?? 20_000),
    });
    text = await res.text();
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    if (err.name === 'TimeoutError') return { kind: 'timeout' };
    if (err.cause?.code === 'ECONNREFUSED') return { kind: 'refused' };
    return { kind: 'lost', message: `${err.message} (${err.cause?.code ?? String(err.cause)})` };
  }
  let parsed: { result?: { data?: unknown }; error?: { data?: Record<string, unknown> } } = {};
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    /* not JSON: an untyped answer */
  }
  if (res.ok) return { kind: 'ok', status: res.status, data: parsed.result?.data };
  const data = parsed.error?.data ?? {};
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

/** How many results got each label: { ok: 5, '429 RATE_LIMITED': 7 }. */
export function tally(labels: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const l of labels) counts[l] = (counts[l] ?? 0) + 1;
  return counts;
}
