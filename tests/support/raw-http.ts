// Requests no well-behaved client would send: exactly this method, path and headers (no
// normalisation by fetch), or raw bytes on a socket, written all at once or dripped slowly.
// Either way bounded: a server that holds on past HANG_MS fails the test rather than hanging it.
import http from 'node:http';
import net from 'node:net';

/** No request may take longer than this to be answered (or closed): a hang. */
export const HANG_MS = 10_000;

export interface RawAnswer {
  status: number;
  text: string;
  headers: http.IncomingHttpHeaders;
}

/** A request with exactly this method, path and headers to the server at `base`. */
export function rawRequest(
  base: string,
  method: string,
  path: string,
  opts: { headers?: Record<string, string>; body?: string } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const u = new URL(base);
    const headers = { ...opts.headers };
    if (opts.body !== undefined) headers['content-length'] = String(Buffer.byteLength(opts.body));
    const req = http.request({ host: u.hostname, port: u.port, method, path, headers });
    req.setTimeout(HANG_MS, () => req.destroy(new Error(`no answer: ${method} ${path}`)));
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, text, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

export interface Drip {
  everyMs: number;
  chunk: string;
  times: number;
}

/** Writes `first` on a fresh connection, optionally more later; what came back until close. */
export function rawExchange(
  base: string,
  first: string,
  drip?: Drip,
): Promise<{ text: string; ms: number }> {
  const port = Number(new URL(base).port);
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    let text = '';
    let timer: NodeJS.Timeout | undefined;
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(first);
      if (drip) {
        let n = 0;
        timer = setInterval(() => {
          if (n++ < drip.times && socket.writable) socket.write(drip.chunk);
        }, drip.everyMs);
      }
    });
    const deadline = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server held the connection for ${HANG_MS} ms: ${first.slice(0, 60)}`));
    }, HANG_MS);
    socket.on('data', (d) => (text += d));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(timer);
      clearTimeout(deadline);
      resolve({ text, ms: Date.now() - t0 });
    });
  });
}
