import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults work on a fresh machine: embedded database, local links', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      PORT: 8787,
      HOST: '127.0.0.1',
      PUBLIC_URL: 'http://localhost:8787',
      DATA_DIR: './data/pglite',
      MAX_EXPIRY: 7 * 86400,
      MAX_VIEWS: 1000,
      MAX_SECRET_BYTES: 65536,
      MAX_FILE_BYTES: 10 * 1024 * 1024,
      RATE_LIMIT_CREATE: 30,
      RATE_LIMIT_REVEAL: 20,
      RATE_LIMIT_PEEK: 60,
      RATE_LIMIT_STATUS: 60,
      RATE_LIMIT_REVOKE: 30,
      RATE_LIMIT_IPV6_PREFIX: 64,
      MAX_PENDING_BYTES: 2 ** 30,
      RETENTION: 7 * 86400,
      PURGE_INTERVAL: 60,
      REVEAL_GRACE: 60,
      TRUST_PROXY: 0,
      EVENT_CLIENT_IP: 'none',
    });
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it('MAX_FILE_BYTES: 0 (no files) up to 128 MiB, nothing else', () => {
    expect(loadConfig({ MAX_FILE_BYTES: '0' }).MAX_FILE_BYTES).toBe(0);
    expect(loadConfig({ MAX_FILE_BYTES: String(100 * 1024 * 1024) }).MAX_FILE_BYTES).toBe(
      104857600,
    );
    expect(loadConfig({ MAX_FILE_BYTES: String(128 * 1024 * 1024) }).MAX_FILE_BYTES).toBe(
      134217728,
    );
    expect(() => loadConfig({ MAX_FILE_BYTES: String(128 * 1024 * 1024 + 1) })).toThrow(
      /MAX_FILE_BYTES="134217729"/,
    );
    expect(() => loadConfig({ MAX_FILE_BYTES: '10MiB' })).toThrow(/MAX_FILE_BYTES/);
  });

  it('reads durations with units and trims the public URL', () => {
    const c = loadConfig({
      MAX_EXPIRY: '30d',
      RETENTION: '12h',
      PUBLIC_URL: 'https://once.example.com/',
      RATE_LIMIT_REVEAL: '0',
      REVEAL_GRACE: '0',
    });
    expect(c.MAX_EXPIRY).toBe(30 * 86400);
    expect(c.RETENTION).toBe(12 * 3600);
    expect(c.PUBLIC_URL).toBe('https://once.example.com');
    expect(c.RATE_LIMIT_REVEAL).toBe(0);
    expect(c.REVEAL_GRACE).toBe(0);
  });

  it('names every bad variable with what it expected', () => {
    let err: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        PUBLIC_URL: 'ftp://x',
        MAX_EXPIRY: '30s',
        REVEAL_GRACE: '11m',
        LOG_LEVEL: 'loud',
        DATABASE_URL: 'mysql://u:hunter2@h/db',
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    expect(msg).toMatch(/PORT="eighty": must be a whole number/);
    expect(msg).toMatch(/PUBLIC_URL="ftp:\/\/x": must be an http\(s\) URL/);
    expect(msg).toMatch(/MAX_EXPIRY="30s": must be between 60s and/);
    expect(msg).toMatch(/REVEAL_GRACE="11m": must be between 0s and 600s/);
    expect(msg).toMatch(/LOG_LEVEL="loud"/);
    expect(msg).toMatch(/DATABASE_URL=…: must be a postgres:\/\/ URL/);
    // A database URL can hold a password: it is never echoed.
    expect(msg).not.toContain('hunter2');
  });

  it('RATE_LIMIT_IPV6_PREFIX: a prefix from /48 to /64', () => {
    expect(loadConfig({ RATE_LIMIT_IPV6_PREFIX: '48' }).RATE_LIMIT_IPV6_PREFIX).toBe(48);
    for (const bad of ['47', '65', '128', '/64', 'x']) {
      expect(() => loadConfig({ RATE_LIMIT_IPV6_PREFIX: bad }), bad).toThrow(
        /RATE_LIMIT_IPV6_PREFIX=/,
      );
    }
  });

  it('MAX_PENDING_BYTES: bytes, or KiB to TiB, from 1 MiB to 1024 TiB', () => {
    const size = (v: string) => loadConfig({ MAX_PENDING_BYTES: v }).MAX_PENDING_BYTES;
    expect(size('1048576')).toBe(1048576);
    expect(size('512MiB')).toBe(512 * 2 ** 20);
    expect(size('20 GiB')).toBe(20 * 2 ** 30);
    expect(size('2TiB')).toBe(2 * 2 ** 40);
    expect(size('1024KiB')).toBe(2 ** 20);
    for (const bad of ['1GB', '1.5GiB', '-1', '1048575', '1023KiB', '1025TiB', 'GiB', '1 gib']) {
      expect(() => size(bad), bad).toThrow(/MAX_PENDING_BYTES=/);
    }
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).PORT).toBe(8787);
  });

  it('TRUST_PROXY: a number of proxies, or a list of addresses and ranges', () => {
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,loopback' }).TRUST_PROXY).toEqual([
      '10.0.0.0/8',
      '127.0.0.1/32',
      '127.0.0.0/8',
      '::1/128',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: '11' })).toThrow(/TRUST_PROXY="11": .*between 0 and 10/);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(
      /TRUST_PROXY="true": "true" is not an address, a CIDR range/,
    );
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/8,,1.2.3.4' })).toThrow(/TRUST_PROXY=/);
  });

  it('branding: name, accent and support are checked; unset is oncelink', () => {
    const c = loadConfig({
      BRAND_NAME: '  Acme Vault ',
      BRAND_ACCENT: '#0A7D5A',
      BRAND_SUPPORT: 'help@acme.example',
    });
    expect(c).toMatchObject({
      BRAND_NAME: 'Acme Vault',
      BRAND_ACCENT: '#0a7d5a',
      BRAND_SUPPORT: 'help@acme.example',
    });
    expect(loadConfig({}).BRAND_NAME).toBeUndefined();
    expect(loadConfig({ BRAND_SUPPORT: 'https://acme.example/help' }).BRAND_SUPPORT).toBe(
      'https://acme.example/help',
    );
    let msg = '';
    try {
      loadConfig({
        BRAND_NAME: 'x'.repeat(41),
        BRAND_ACCENT: 'teal',
        BRAND_SUPPORT: 'http://acme.example/help',
        BRAND_LOGO: '/nonexistent/logo.png',
      });
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).toMatch(/BRAND_NAME=".*": must be at most 40 characters/);
    expect(msg).toMatch(/BRAND_ACCENT="teal": must be a colour as #rrggbb/);
    expect(msg).toMatch(
      /BRAND_SUPPORT="http:\/\/acme.example\/help": must be an e-mail address or an https/,
    );
    expect(msg).toMatch(/BRAND_LOGO="\/nonexistent\/logo.png": cannot be read \(ENOENT\)/);
  });

  it('BRAND_LOGO: a PNG, SVG or WebP file of at most 256 KiB that is what it says', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oncelink-logo-'));
    try {
      const file = (name: string, body: Buffer | string) => {
        writeFileSync(join(dir, name), body);
        return join(dir, name);
      };
      const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(64)]);
      const svg = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>';
      const webp = Buffer.concat([Buffer.from('RIFF\0\0\0\0WEBP', 'latin1'), Buffer.alloc(32)]);
      for (const ok of [file('a.png', png), file('a.svg', svg), file('a.WEBP', webp)]) {
        expect(loadConfig({ BRAND_LOGO: ok }).BRAND_LOGO).toBe(ok);
      }
      const cases: [string, RegExp][] = [
        [file('a.gif', 'GIF89a'), /must be a .png, .svg or .webp file/],
        [file('fake.png', svg), /is not a PNG image/],
        [file('fake.svg', png), /is not an SVG image/],
        [file('fake.webp', png), /is not a WebP image/],
        [file('big.png', Buffer.concat([png, Buffer.alloc(256 * 1024)])), /larger than 256 KiB/],
        [dir, /is not a file/],
      ];
      for (const [path, why] of cases) {
        expect(() => loadConfig({ BRAND_LOGO: path }), path).toThrow(why);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('METRICS_TOKEN: long enough, and never echoed', () => {
    expect(loadConfig({ METRICS_TOKEN: 'a'.repeat(32) }).METRICS_TOKEN).toBe('a'.repeat(32));
    let msg = '';
    try {
      loadConfig({ METRICS_TOKEN: 'hunter2hunter2' });
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).toMatch(/METRICS_TOKEN=…: must be at least 16 characters/);
    expect(msg).not.toContain('hunter2');
  });

  it('WEB_SHARE and the extension links of the home page', () => {
    expect(loadConfig({})).toMatchObject({ WEB_SHARE: 'on' });
    expect(loadConfig({}).EXTENSION_URL_CHROME).toBeUndefined();
    const chrome = 'https://chromewebstore.google.com/detail/oncelink/abc';
    const c = loadConfig({ WEB_SHARE: 'off', EXTENSION_URL_CHROME: chrome });
    expect(c).toMatchObject({ WEB_SHARE: 'off', EXTENSION_URL_CHROME: chrome });
    let msg = '';
    try {
      loadConfig({
        WEB_SHARE: 'no',
        EXTENSION_URL_CHROME: 'http://store.example/x',
        EXTENSION_URL_FIREFOX: 'https://user:pw@addons.example/x',
      });
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).toMatch(/WEB_SHARE="no"/);
    expect(msg).toMatch(
      /EXTENSION_URL_CHROME="http:\/\/store.example\/x": must be an https:\/\/ URL/,
    );
    expect(msg).toMatch(/EXTENSION_URL_FIREFOX=.*: must be an https:\/\/ URL/);
  });
});
