import type { IncomingMessage } from 'node:http';

/**
 * The client's address. With `trustProxy` = n, the n-th X-Forwarded-For entry from the right
 * (each trusted proxy appends the address it saw); with 0, the socket's address, and forwarded
 * headers are ignored so a client cannot choose its own address.
 */
export function clientIp(req: IncomingMessage, trustProxy: number): string {
  const socketIp = req.socket.remoteAddress ?? 'unknown';
  if (trustProxy <= 0) return socketIp;
  const header = req.headers['x-forwarded-for'];
  const list = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  // The socket peer is the nearest proxy; the entries before it come from farther out.
  const hops = [...list, socketIp];
  return hops[Math.max(0, hops.length - 1 - trustProxy)] ?? socketIp;
}
