import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { agentClass, clientHint, ipPrefix } from '../secrets/client-hint';
import { clientIp } from './client-ip';

const req = (remote: string, xff?: string) =>
  ({
    socket: { remoteAddress: remote },
    headers: xff ? { 'x-forwarded-for': xff } : {},
  }) as unknown as IncomingMessage;

describe('clientIp', () => {
  it('ignores forwarded headers unless proxies are trusted (no spoofing)', () => {
    expect(clientIp(req('10.0.0.1', '6.6.6.6'), 0)).toBe('10.0.0.1');
  });
  it('takes the entry the trusted proxies saw', () => {
    expect(clientIp(req('10.0.0.1', '6.6.6.6, 1.2.3.4'), 1)).toBe('1.2.3.4');
    expect(clientIp(req('10.0.0.1', '6.6.6.6, 1.2.3.4, 10.0.0.2'), 2)).toBe('1.2.3.4');
    // More trusted hops than entries: the farthest one known.
    expect(clientIp(req('10.0.0.1', '1.2.3.4'), 5)).toBe('1.2.3.4');
    expect(clientIp(req('10.0.0.1'), 1)).toBe('10.0.0.1');
  });
});

describe('client hints', () => {
  it('classes user agents coarsely', () => {
    expect(
      agentClass('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36'),
    ).toBe('Chrome');
    expect(agentClass('Mozilla/5.0 (X11; rv:140.0) Gecko/20100101 Firefox/140.0')).toBe('Firefox');
    expect(agentClass('Slackbot-LinkExpanding 1.0')).toBe('link preview or scanner');
    expect(agentClass('curl/8.5.0')).toBe('script');
    expect(agentClass(undefined)).toBe('unknown client');
  });
  it('keeps no address by default, a network prefix or the address when configured', () => {
    expect(clientHint('curl/8', '203.0.113.77', 'none')).toBe('script');
    expect(clientHint('curl/8', '203.0.113.77', 'prefix')).toBe('script, 203.0.113.0/24');
    expect(clientHint('curl/8', '203.0.113.77', 'full')).toBe('script, 203.0.113.77');
    expect(ipPrefix('::ffff:198.51.100.9')).toBe('198.51.100.0/24');
    expect(ipPrefix('2001:db8:abcd:12::1')).toBe('2001:db8:abcd::/48');
    expect(ipPrefix('2001:db8::1')).toBe('2001:db8:0::/48');
  });
});
