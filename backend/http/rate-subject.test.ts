import { describe, expect, it } from 'vitest';
import { ipv6Groups, rateSubject } from './rate-subject';

describe('rateSubject', () => {
  it('counts every address of one /64 as one client, by default', () => {
    const one = Array.from({ length: 12 }, (_, i) => `2001:db8:1:2:${i.toString(16)}::${i + 1}`);
    one.push('2001:0db8:0001:0002:ffff:ffff:ffff:ffff', '2001:db8:1:2::', '2001:DB8:1:2::AB');
    expect(new Set(one.map((ip) => rateSubject(ip, 64)))).toEqual(
      new Set(['2001:db8:1:2:0:0:0:0/64']),
    );
    expect(rateSubject('2001:db8:1:3::1', 64)).toBe('2001:db8:1:3:0:0:0:0/64');
  });

  it('takes a shorter prefix when configured, bits not only whole groups', () => {
    expect(rateSubject('2001:db8:abcd:1234::1', 48)).toBe('2001:db8:abcd:0:0:0:0:0/48');
    expect(rateSubject('2001:db8:abcd:12ff::1', 56)).toBe('2001:db8:abcd:1200:0:0:0:0/56');
    expect(rateSubject('2001:db8:abcd:12ff::1', 60)).toBe('2001:db8:abcd:12f0:0:0:0:0/60');
    expect(rateSubject('2001:db8:abcd:12ff::1', 63)).toBe('2001:db8:abcd:12fe:0:0:0:0/63');
  });

  it('keeps IPv4 addresses apart, and an IPv4-mapped IPv6 address is its IPv4 client', () => {
    expect(rateSubject('198.51.100.1', 64)).toBe('198.51.100.1');
    expect(rateSubject('198.51.100.2', 64)).toBe('198.51.100.2');
    expect(rateSubject('::ffff:1.2.3.4', 64)).toBe('1.2.3.4');
    expect(rateSubject('::FFFF:1.2.3.4', 48)).toBe('1.2.3.4');
    expect(rateSubject('::ffff:102:304', 64)).toBe('1.2.3.4');
    expect(rateSubject('0:0:0:0:0:ffff:c633:6402', 64)).toBe('198.51.100.2');
    // Not mapped: NAT64 and plain IPv6 with an IPv4 tail stay IPv6 networks.
    expect(rateSubject('64:ff9b::1.2.3.4', 64)).toBe('64:ff9b:0:0:0:0:0:0/64');
  });

  it('drops a zone id, and keeps what is no address as it is', () => {
    expect(rateSubject('fe80::1%eth0', 64)).toBe('fe80:0:0:0:0:0:0:0/64');
    expect(rateSubject('fe80::1:2:3:4%25', 64)).toBe('fe80:0:0:0:0:0:0:0/64');
    for (const bad of ['unknown', '', 'not an address', '1.2.3', '2001:db8::1::2', '::g']) {
      expect(rateSubject(bad, 64), bad).toBe(bad);
    }
  });

  it('reads every spelling of an address into its eight groups', () => {
    expect(ipv6Groups('64:ff9b::192.0.2.33')).toEqual([0x64, 0xff9b, 0, 0, 0, 0, 0xc000, 0x0221]);
    expect(ipv6Groups('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(ipv6Groups('::')).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(ipv6Groups('1:2:3:4:5:6:1.2.3.4')).toEqual([1, 2, 3, 4, 5, 6, 0x102, 0x304]);
    expect(ipv6Groups('1::')).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    expect(ipv6Groups('1.2.3.4')).toBeNull();
    expect(ipv6Groups('not an address')).toBeNull();
  });
});
