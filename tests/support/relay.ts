// A TCP relay to a database that a test can cut and restore on the same port: pointing a backend's
// DATABASE_URL at it makes "the database is unreachable" real refused connections and cut
// sockets, as when PostgreSQL restarts or the network between them fails, without touching the
// PostgreSQL server that other tests share.
import net from 'node:net';

export interface Relay {
  up(): Promise<void>;
  /** Refuses new connections and cuts every open one. */
  down(): Promise<void>;
  readonly port: number;
  /** `url` (a postgres:// URL) with its host and port replaced by this relay's. */
  urlFor(url: string): string;
}

/** A TCP relay to `target` that can be cut (close + refuse) and restored on the same port. */
export function relay(target: { host: string; port: number }): Relay {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
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
          client.pipe(upstream).pipe(client);
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
