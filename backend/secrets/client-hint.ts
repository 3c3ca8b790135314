// A coarse description of who touched a secret, for the sender's event list. Full client
// addresses are not kept by default (privacy, docs/protocol.md#lifecycle); EVENT_CLIENT_IP can widen that.

import { previewerOf } from './previewers';

export type ClientIpMode = 'none' | 'prefix' | 'full';

const AGENTS: [RegExp, string][] = [
  [
    /bot|crawler|spider|preview|slack|discord|whatsapp|telegram|skype|facebookexternalhit|scanner|proofpoint|mimecast|safelinks/i,
    'link preview or scanner',
  ],
  [/edg\//i, 'Edge'],
  [/opr\//i, 'Opera'],
  [/firefox\//i, 'Firefox'],
  [/chrome\/|chromium\//i, 'Chrome'],
  [/safari\//i, 'Safari'],
  [/curl|wget|python|go-http|node|undici|axios|okhttp|java/i, 'script'],
];

export function agentClass(userAgent: string | undefined): string {
  if (!userAgent) return 'unknown client';
  if (previewerOf(userAgent)) return 'link preview or scanner';
  for (const [re, name] of AGENTS) if (re.test(userAgent)) return name;
  return 'other client';
}

/** IPv4 → /24, IPv6 → /48: enough to tell networks apart, not people. */
export function ipPrefix(ip: string): string {
  const v4 = /^(?:::ffff:)?(\d+)\.(\d+)\.(\d+)\.\d+$/i.exec(ip);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0/24`;
  const [head = '', tail] = ip.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = [...h, ...Array(Math.max(0, 8 - h.length - t.length)).fill('0'), ...t];
  return `${groups.slice(0, 3).join(':')}::/48`;
}

export function clientHint(userAgent: string | undefined, ip: string, mode: ClientIpMode): string {
  const agent = agentClass(userAgent);
  if (mode === 'none') return agent;
  return `${agent}, ${mode === 'full' ? ip : ipPrefix(ip)}`;
}
