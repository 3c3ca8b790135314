// A TCP relay to a database that a test can cut and restore on the same port: pointing a backend's
// DATABASE_URL at it makes "the database is unreachable" real refused connections and cut
// sockets, as when PostgreSQL restarts or the network between them fails, without touching the
// PostgreSQL server that other tests share.
import net from 'node:net';

export interface Relay {
  up(): Promise<void>;
  /** Refuses new connections and cuts every open one. */
  down(): Promise<void>;
  /**
   * The next `n` HTTP requests whose first line contains `marker` reach the target, and their
   * answer is dropped: the connection is cut when the first byte of it comes back. An answer
   * lost on the way, after the server did the work.
   */
  cutAnswers(marker: string, n?: number): void;
  /** Answers cut so far by cutAnswers. */
  readonly cut: number;
  readonly port: number;
  /** `url` (a postgres:// URL) with its host and port replaced by this relay's. */
  urlFor(url: string): string;
}

/** A TCP relay to `target` that can be cut (close + refuse) and restored on the same port. */
export function relay(target: { host: string; port: number }): Relay {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  let cutting: { marker: string; left: number } | null = null;
  let cut = 0;
  return {
    up: () =>
      new Promise<void>((resolve, reject) => {
        server = net.createServer((client) => {
          const upstream = net.connect(target.port, target.host);
          for (const s of [client, upstream]) {
            sockets.add(s);
            s.on('close', () => sockets.delete(s));
            s.on('error', () => {
              client.destroy();
              upstream.destroy();
            });
          }
          let doomed = false;
          client.on('data', (chunk: Buffer) => {
            if (cutting && cutting.left > 0) {
              // The request line of an HTTP request starting in this chunk (keep-alive: any).
              const line = chunk.subarray(0, Math.max(0, chunk.indexOf(13))).toString('latin1');
              if (line.includes(cutting.marker)) {
                cutting.left--;
                doomed = true;
              }
            }
            upstream.write(chunk);
          });
          upstream.on('data', (chunk: Buffer) => {
            if (!doomed) return void client.write(chunk);
            cut++;
            client.destroy();
            upstream.destroy();
          });
          client.on('end', () => upstream.end());
          upstream.on('end', () => client.end());
        });
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          port = (server!.address() as net.AddressInfo).port;
          resolve();
        });
      }),
    get port() {
      return port;
    },
    cutAnswers(marker: string, n = 1) {
      cutting = { marker, left: n };
    },
    get cut() {
      return cut;
    },
    async down() {
      const closed = new Promise<void>((r) => (server ? server.close(() => r()) : r()));
      for (const s of sockets) s.destroy();
      await closed;
      server = null;
    },
    urlFor(url: string) {
      const u = new URL(url);
      u.hostname = '127.0.0.1';
      u.port = String(port);
      return u.toString();
    },
  };
}

/** A relay to the PostgreSQL of `url`, already up. */
export async function relayTo(url: string): Promise<Relay> {
  const u = new URL(url);
  const r = relay({ host: u.hostname, port: Number(u.port || 5432) });
  await r.up();
  return r;
}
