// What a client's rate limits count against. An IPv4 address is one client. An IPv6 host is
// normally given a whole /64 (SLAAC, privacy addresses) and may pick a new address of it for
// each request, so IPv6 clients count by their first RATE_LIMIT_IPV6_PREFIX bits (default 64;
// down to 48 for networks that hand one customer a /48), never by the full address.
import { isIP } from 'node:net';

/** The eight 16-bit groups of an IPv6 address (zone dropped, an IPv4 tail read), or null. */
export function ipv6Groups(ip: string): number[] | null {
  let text = ip.split('%')[0]!;
  if (isIP(text) !== 6) return null;
  const tail: number[] = [];
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    tail.push((a << 8) | b, (c << 8) | d);
    text = text.slice(0, v4.index);
    if (!text.endsWith('::')) text = text.slice(0, -1);
  }
  const [head = '', rest] = text.split('::');
  const parse = (s: string) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const h = parse(head);
  const t = [...parse(rest ?? ''), ...tail];
  const zeros = rest === undefined ? 0 : 8 - h.length - t.length;
  const groups = [...h, ...Array<number>(zeros).fill(0), ...t];
  return groups.length === 8 ? groups : null;
}

/** An IPv4-mapped IPv6 address (`::ffff:a.b.c.d`, in any spelling) is that IPv4 client. */
function mappedIpv4(g: number[]): string | null {
  if (g.slice(0, 5).some((x) => x !== 0) || g[5] !== 0xffff) return null;
  return [g[6]! >> 8, g[6]! & 0xff, g[7]! >> 8, g[7]! & 0xff].join('.');
}

/**
 * `ip` as the rate limits see it: an IPv4 address as it is, an IPv6 address as its /prefix
 * network in one canonical spelling (so every way of writing it counts alike). Anything else
 * (`unknown`: a socket without an address) is kept as it is: such callers share one budget.
 */
export function rateSubject(ip: string, ipv6Prefix: number): string {
  const groups = ipv6Groups(ip);
  if (!groups) return ip;
  const v4 = mappedIpv4(groups);
  if (v4) return v4;
  const masked = groups.map((g, i) => {
    const bits = Math.min(16, Math.max(0, ipv6Prefix - i * 16));
    return g & ((0xffff << (16 - bits)) & 0xffff);
  });
  return `${masked.map((g) => g.toString(16)).join(':')}/${ipv6Prefix}`;
}
