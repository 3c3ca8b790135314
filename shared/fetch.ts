// The fetch under every client's tRPC link (extension, command line, web pages): a failure to
// get an answer, whatever the runtime calls it ("Failed to fetch", "NetworkError when…", "fetch
// failed", a timeout, a body cut midway), becomes one typed NetworkError that names the call, so
// shared/messages.ts can say honestly what a lost answer means (docs/architecture.md#errors).
import { causesOf, NetworkError } from './errors';

export interface FetchOptions {
  /** A deadline for the whole answer, body included; none when absent. */
  timeoutMs?: number;
  credentials?: RequestCredentials;
}

/** Node's codes for a connection that never opened: the request cannot have been sent. */
const UNSENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

function neverSent(err: unknown): boolean {
  return [...causesOf(err)].some((e) => UNSENT_CODES.has(String((e as { code?: unknown }).code)));
}

/** "secret.reveal" of ".../trpc/secret.reveal?input=…", undefined for any other URL. */
export function procedureOf(url: URL): string | undefined {
  return /\/trpc\/([\w.]+)$/.exec(url.pathname)?.[1];
}

/** Statuses whose answers have no body (a Response refuses one). */
const NULL_BODY = new Set([101, 204, 205, 304]);

export function answeredFetch(options: FetchOptions = {}): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const deadline = options.timeoutMs ? AbortSignal.timeout(options.timeoutMs) : undefined;
    const signals = [init?.signal, deadline].filter((s): s is AbortSignal => !!s);
    try {
      const res = await fetch(input, {
        ...init,
        ...(options.credentials ? { credentials: options.credentials } : {}),
        ...(signals.length ? { signal: AbortSignal.any(signals) } : {}),
      });
      // The whole answer is read here, under the deadline: one cut midway is a lost answer too.
      const body = NULL_BODY.has(res.status) ? null : await res.arrayBuffer();
      const { status, statusText, headers } = res;
      return new Response(body, { status, statusText, headers });
    } catch (err) {
      if (init?.signal?.aborted) throw err; // the caller gave up: not the network's doing
      throw new NetworkError({
        server: url.origin,
        procedure: procedureOf(url),
        unsent: neverSent(err),
        cause: err,
      });
    }
  };
}
