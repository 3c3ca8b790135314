import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/**
 * Which proxies to believe (TRUST_PROXY): a number of proxy hops in front of the server, or a
 * list of proxy addresses and CIDR ranges (normalised by config.ts, e.g. `10.0.0.0/8`).
 */
export type TrustProxy = number | readonly string[];

/** Named ranges TRUST_PROXY accepts besides addresses and CIDRs. */
export const NAMED_RANGES: Record<string, readonly string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/**
 * Said at start when TRUST_PROXY trusts every private address (`private`, or one of its
 * ranges): then any client inside such a network (an office LAN, another container, a pod on
 * the same cluster) can send X-Forwarded-For and pick the address its rate limits count
 * against. null when the setting names proxies narrowly (docs/deploy.md).
 */
export function trustProxyWarning(trust: TrustProxy): string | null {
  if (typeof trust === 'number') return null;
  const wide = NAMED_RANGES.private!.filter((cidr) => trust.includes(cidr));
  if (wide.length === 0) return null;
  return (
    `TRUST_PROXY trusts whole private ranges (${wide.join(', ')}): any client in them can ` +
    'choose its own address with X-Forwarded-For and so sidestep the rate limits. Give the ' +
    "proxies' own addresses instead (docs/deploy.md)."
  );
}

/** `::ffff:1.2.3.4` (an IPv4 client of a dual-stack socket) is `1.2.3.4`. */
export function normalizeIp(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return mapped ? mapped[1]! : ip;
}

/** An X-Forwarded-For entry as some proxies write it: maybe bracketed, maybe with a port. */
function entryIp(entry: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed) return normalizeIp(bracketed[1]!);
  const v4port = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(entry);
  if (v4port) return v4port[1]!;
  return normalizeIp(entry);
}

/**
 * Parses one TRUST_PROXY list entry into CIDRs, or returns null when it is none of: an IPv4 or
 * IPv6 address, a CIDR range, `loopback`, `private`.
 */
export function parseTrustEntry(entry: string): string[] | null {
  const named = NAMED_RANGES[entry.toLowerCase()];
  if (named) return [...named];
  const [addr = '', prefix, extra] = entry.split('/');
  if (extra !== undefined) return null;
  const ip = normalizeIp(addr);
  const family = isIP(ip);
  if (!family) return null;
  const max = family === 4 ? 32 : 128;
  if (prefix === undefined) return [`${ip}/${max}`];
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > max) return null;
  return [`${ip}/${Number(prefix)}`];
}

function blockList(cidrs: readonly string[]): BlockList {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [ip, prefix] = cidr.split('/') as [string, string];
    list.addSubnet(ip, Number(prefix), isIP(ip) === 4 ? 'ipv4' : 'ipv6');
  }
  return list;
}

function forwardedFor(req: IncomingMessage): string[] {
  const header = req.headers['x-forwarded-for'];
  return (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(entryIp);
}

/**
 * Returns a function giving a request's client address:
 * - `0`: the socket's address; forwarded headers are ignored, so a client cannot choose its own.
 * - `n`: the n-th X-Forwarded-For entry from the right (each trusted proxy appends the address
 *   it saw; the socket peer is the nearest proxy).
 * - a list: from the socket peer leftwards through X-Forwarded-For, every address in the list is
 *   a trusted proxy; the first one that is not is the client. A peer that is not a trusted proxy
 *   is the client itself, whatever headers it sent.
 * An entry that is not an address (only a client can have written it) is never the answer: the
 * nearest valid address to its right is.
 */
export function clientIpResolver(trust: TrustProxy): (req: IncomingMessage) => string {
  if (typeof trust === 'number') {
    if (trust <= 0) return (req) => normalizeIp(req.socket.remoteAddress ?? 'unknown');
    return (req) => {
      const socketIp = normalizeIp(req.socket.remoteAddress ?? 'unknown');
      const hops = [...forwardedFor(req), socketIp];
      let i = Math.max(0, hops.length - 1 - trust);
      while (i < hops.length - 1 && !isIP(hops[i]!)) i++;
      return hops[i]!;
    };
  }
  const trusted = blockList(trust);
  const isTrusted = (ip: string) => {
    const family = isIP(ip);
    return family !== 0 && trusted.check(ip, family === 4 ? 'ipv4' : 'ipv6');
  };
  return (req) => {
    const socketIp = normalizeIp(req.socket.remoteAddress ?? 'unknown');
    if (!isTrusted(socketIp)) return socketIp;
    const list = forwardedFor(req);
    let client = socketIp;
    for (let i = list.length - 1; i >= 0; i--) {
      const ip = list[i]!;
      if (!isIP(ip)) break;
      client = ip;
      if (!isTrusted(ip)) break;
    }
    return client;
  };
}

/** One-off form of clientIpResolver (tests, tools). */
export function clientIp(req: IncomingMessage, trust: TrustProxy): string {
  return clientIpResolver(trust)(req);
}
