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
      RATE_LIMIT_CREATE: 30,
      RATE_LIMIT_REVEAL: 20,
      RETENTION: 7 * 86400,
      PURGE_INTERVAL: 60,
      TRUST_PROXY: 0,
      EVENT_CLIENT_IP: 'none',
    });
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it('reads durations with units and trims the public URL', () => {
    const c = loadConfig({
      MAX_EXPIRY: '30d',
      RETENTION: '12h',
      PUBLIC_URL: 'https://once.example.com/',
      RATE_LIMIT_REVEAL: '0',
    });
    expect(c.MAX_EXPIRY).toBe(30 * 86400);
    expect(c.RETENTION).toBe(12 * 3600);
    expect(c.PUBLIC_URL).toBe('https://once.example.com');
    expect(c.RATE_LIMIT_REVEAL).toBe(0);
  });

  it('names every bad variable with what it expected', () => {
    let err: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        PUBLIC_URL: 'ftp://x',
        MAX_EXPIRY: '30s',
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
    expect(msg).toMatch(/LOG_LEVEL="loud"/);
    expect(msg).toMatch(/DATABASE_URL=…: must be a postgres:\/\/ URL/);
    // A database URL can hold a password: it is never echoed.
    expect(msg).not.toContain('hunter2');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).PORT).toBe(8787);
  });
});
