// The common API call without the Fetch-API emulation of tRPC's Node adapter (a Request, a
// Response, web streams and abort signals for every call: docs/benchmarks.md). It takes one
// procedure called alone: a POST of a JSON body to a mutation or to a query (the adapter allows
// method override, trpc-adapter.ts), a GET of a query with `?input=`,
// and answers what the adapter would, byte for byte, through tRPC's own error shape, status and
// serialisation (tests/integration/lean-path.test.ts replays every procedure and error through
// both). Whatever it does not take (batches, streams, other content types or methods, unknown or
// encoded paths, HEAD) goes on to the standard adapter. It works for any router: the procedures
// it serves are the router's own, found by their path.
import type { IncomingMessage } from 'node:http';
import type { AnyTRPCProcedure, AnyTRPCRouter } from '@trpc/server';
// tRPC's own building blocks, so that shapes and statuses cannot drift from the adapter's; the
// version is pinned and the byte comparison test guards an upgrade.
import {
  getErrorShape,
  getHTTPStatusCode,
  getTRPCErrorFromUnknown,
  transformTRPCResponse,
  TRPCError,
} from '@trpc/server/unstable-core-do-not-import';
import type { Route } from './respond';
import type { TrpcHooks } from './trpc-hooks';

/** What the adapter takes with allowMethodOverride: queries by GET or POST, mutations by POST. */
const METHODS = { query: ['GET', 'POST'], mutation: ['POST'] } as const;
const PREFIX = '/trpc/';
// Response.text(): UTF-8, a byte order mark dropped, bad sequences replaced.
const utf8 = new TextDecoder();

/** tRPC's test: the media type before any parameters, case-insensitive. */
const isJson = (contentType: string | undefined) =>
  contentType?.toLowerCase().split(';', 1)[0]!.trim() === 'application/json';

/** tRPC streams its answer when asked for JSON lines: the adapter's case. */
const wantsStream = (req: IncomingMessage) =>
  req.headers['trpc-accept'] !== undefined ||
  !!req.headers.accept?.split(',').some((t) => t.trim() === 'application/jsonl');

/** The adapter builds a URL from Host and refuses the call when that fails: leave it those. */
function hostIsPlain(req: IncomingMessage): boolean {
  const host = req.headers.host;
  if (host === undefined || /^[a-z0-9.-]+(:\d{1,4})?$/i.test(host)) return true;
  try {
    new URL(req.url ?? '/', `http://${host}`);
    return true;
  } catch {
    return false;
  }
}

/** The body as text, or null when the client went away before sending all of it. */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.once('end', () => resolve(utf8.decode(Buffer.concat(chunks))));
    req.once('error', () => resolve(null));
    req.once('close', () => resolve(null));
  });
}

/** tRPC's isDataStream: an answer a non-streaming call cannot carry. */
function isDataStream(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const isAsync = (x: unknown) => typeof x === 'object' && x !== null && Symbol.asyncIterator in x;
  const isPromise = (x: unknown) => x instanceof Promise;
  return isAsync(v) || Object.values(v).some((x) => isPromise(x) || isAsync(x));
}

export function createLeanTrpc<R extends AnyTRPCRouter>(opts: {
  router: R;
  createContext: (req: IncomingMessage) => unknown;
  hooks: TrpcHooks;
}): Route {
  const { router, hooks } = opts;
  const config = router._def._config;
  const procedures = router._def.procedures as Record<string, AnyTRPCProcedure>;

  return async function leanTrpc(req, res, url) {
    const path = url.pathname.slice(PREFIX.length);
    if (!Object.hasOwn(procedures, path)) return false;
    const proc = procedures[path]!;
    const type = proc._def.type as 'query' | 'mutation' | 'subscription';
    if (type === 'subscription') return false;
    if (!(METHODS[type] as readonly string[]).includes(req.method ?? '')) return false;
    if (wantsStream(req) || !hostIsPlain(req)) return false;

    let raw: string | null | undefined;
    if (req.method === 'GET') {
      const ct = req.headers['content-type'];
      if (ct !== undefined && !isJson(ct)) return false;
      for (const key of url.searchParams.keys()) if (key !== 'input') return false;
      raw = url.searchParams.get('input');
    } else {
      if (!isJson(req.headers['content-type']) || url.search !== '') return false;
      // A body of unknown length is capped as it streams: the adapter does that.
      if (req.headers['content-length'] === undefined || req.headers['transfer-encoding']) {
        return false;
      }
      raw = await readBody(req);
      if (raw === null) return true; // the client is gone: nobody to answer
    }

    const ctx = opts.createContext(req);
    let input: unknown;
    let parsed = false;
    const getRawInput = async () => {
      if (!parsed) {
        try {
          input = raw ? config.transformer.input.deserialize(JSON.parse(raw)) : undefined;
        } catch (cause) {
          // What tRPC's memoised input reader throws for a body it cannot parse.
          if (cause instanceof TRPCError) throw cause;
          const message = cause instanceof Error ? cause.message : 'Invalid input';
          throw new TRPCError({ code: 'BAD_REQUEST', message, cause });
        }
        parsed = true;
      }
      return input;
    };

    let error: TRPCError | undefined;
    let data: unknown;
    let shapePath: string | undefined = path;
    try {
      data = await proc({ path, getRawInput, ctx, type, signal: undefined, batchIndex: 0 });
    } catch (cause) {
      error = getTRPCErrorFromUnknown(cause);
      hooks.onError({ error, path, type, req });
    }
    if (!error && isDataStream(data)) {
      // The adapter meets this outside the call: its error names no path.
      const message =
        'Cannot use stream-like response in non-streaming request - use httpBatchStreamLink';
      error = new TRPCError({ code: 'UNSUPPORTED_MEDIA_TYPE', message });
      shapePath = undefined;
      hooks.onError({ error, path: undefined, type, req });
    }

    const json = error
      ? {
          error: getErrorShape({
            config,
            error,
            type,
            path: shapePath,
            input: parsed && shapePath ? input : undefined,
            ctx,
          }),
        }
      : { result: { data } };
    const errors = error ? [error] : [];
    // The adapter's headers, in the order a Fetch Headers object gives them (sorted by name).
    const headers: Record<string, string> = {
      vary: 'trpc-accept, accept',
      'content-type': 'application/json',
      ...hooks.headers(errors),
    };
    res.statusCode = getHTTPStatusCode(json, errors);
    for (const name of Object.keys(headers).sort()) res.setHeader(name, headers[name]!);
    // Written as a chunk, then ended: the adapter streams its body, so the framing matches.
    res.write(JSON.stringify(transformTRPCResponse(config, json)));
    res.end();
    return true;
  };
}
