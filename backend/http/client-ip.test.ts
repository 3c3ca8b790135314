import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { agentClass, clientHint, ipPrefix } from '../secrets/client-hint';
import { loadConfig } from '../config';
import { clientIp, parseTrustEntry, trustProxyWarning } from './client-ip';

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

describe('clientIp with a list of trusted proxies', () => {
  const trust = ['10.0.0.0/8', '127.0.0.1/32', '2001:db8::/32'];
  it('walks X-Forwarded-For from the right, past trusted proxies, to the client', () => {
    expect(clientIp(req('10.0.0.1', '1.2.3.4'), trust)).toBe('1.2.3.4');
    expect(clientIp(req('10.0.0.1', '6.6.6.6, 1.2.3.4, 10.9.9.9'), trust)).toBe('1.2.3.4');
    expect(clientIp(req('::ffff:127.0.0.1', '203.0.113.7'), trust)).toBe('203.0.113.7');
    expect(clientIp(req('2001:db8::1', '2001:db8::2, 2a00::9'), trust)).toBe('2a00::9');
  });
  it('an untrusted peer is the client, whatever it sends', () => {
    expect(clientIp(req('198.51.100.5', '10.0.0.7'), trust)).toBe('198.51.100.5');
    expect(clientIp(req('::ffff:198.51.100.5', '1.2.3.4'), trust)).toBe('198.51.100.5');
  });
  it('all proxies trusted: the farthest address; garbage never becomes the client', () => {
    expect(clientIp(req('10.0.0.1', '10.0.0.2, 10.0.0.3'), trust)).toBe('10.0.0.2');
    expect(clientIp(req('10.0.0.1', 'evil, 10.0.0.3'), trust)).toBe('10.0.0.3');
    expect(clientIp(req('10.0.0.1', 'evil'), trust)).toBe('10.0.0.1');
    expect(clientIp(req('10.0.0.1'), trust)).toBe('10.0.0.1');
  });
  it('reads entries with ports and brackets as some proxies write them', () => {
    expect(clientIp(req('10.0.0.1', '1.2.3.4:5555'), trust)).toBe('1.2.3.4');
    expect(clientIp(req('10.0.0.1', '[2a00::9]:443'), trust)).toBe('2a00::9');
  });
  it('hop counts never pick garbage either', () => {
    expect(clientIp(req('10.0.0.1', 'evil'), 1)).toBe('10.0.0.1');
    expect(clientIp(req('::ffff:10.0.0.1'), 0)).toBe('10.0.0.1');
  });
});

describe('trustProxyWarning', () => {
  it('warns when whole private ranges are trusted, not for hops or named proxies', () => {
    const warn = (v: string) => trustProxyWarning(loadConfig({ TRUST_PROXY: v }).TRUST_PROXY);
    expect(warn('private')).toMatch(/any client in them can choose its own address/);
    expect(warn('10.0.0.0/8,127.0.0.1')).toMatch(/10\.0\.0\.0\/8/);
    for (const ok of ['0', '1', 'loopback', '10.0.0.7,10.0.0.8', '192.168.1.0/24']) {
      expect(warn(ok), ok).toBeNull();
    }
  });
});

describe('parseTrustEntry', () => {
  it('takes addresses, CIDRs and the named ranges', () => {
    expect(parseTrustEntry('10.0.0.0/8')).toEqual(['10.0.0.0/8']);
    expect(parseTrustEntry('127.0.0.1')).toEqual(['127.0.0.1/32']);
    expect(parseTrustEntry('::1')).toEqual(['::1/128']);
    expect(parseTrustEntry('fd00::/8')).toEqual(['fd00::/8']);
    expect(parseTrustEntry('loopback')).toEqual(['127.0.0.0/8', '::1/128']);
    expect(parseTrustEntry('PRIVATE')).toContain('192.168.0.0/16');
  });
  it('refuses anything else', () => {
    for (const bad of [
      'true',
      '10.0.0.0/33',
      '10.0.0/8',
      'example.com',
      '1.2.3.4/8/1',
      '::1/129',
      '',
    ]) {
      expect(parseTrustEntry(bad), bad).toBeNull();
    }
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
