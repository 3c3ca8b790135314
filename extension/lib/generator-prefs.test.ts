import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_GENERATOR_OPTIONS } from '../../shared/generator';
import {
  defaultGeneratorPrefs,
  loadGeneratorPrefs,
  sanitizeGeneratorPrefs,
  saveGeneratorPrefs,
} from './generator-prefs';

describe('generator preferences', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with a password and every kind at its default', async () => {
    const prefs = await loadGeneratorPrefs();
    expect(prefs.kind).toBe('password');
    expect(prefs.options).toEqual(DEFAULT_GENERATOR_OPTIONS);
  });

  it('remembers the last kind and options', async () => {
    const prefs = defaultGeneratorPrefs();
    prefs.kind = 'pin';
    prefs.options.pin = { kind: 'pin', length: 8 };
    await saveGeneratorPrefs(prefs);
    expect(await loadGeneratorPrefs()).toEqual(prefs);
  });

  it('never keeps an invalid option (a half-typed number), per kind', () => {
    const raw = {
      kind: 'token',
      options: {
        token: { kind: 'token', bits: 7, encoding: 'hex' },
        pin: { kind: 'pin', length: 9 },
        password: { kind: 'pin', length: 9 },
      },
    };
    const prefs = sanitizeGeneratorPrefs(raw);
    expect(prefs.kind).toBe('token');
    expect(prefs.options.token).toEqual(DEFAULT_GENERATOR_OPTIONS.token);
    expect(prefs.options.pin).toEqual({ kind: 'pin', length: 9 });
    expect(prefs.options.password).toEqual(DEFAULT_GENERATOR_OPTIONS.password);
    expect(sanitizeGeneratorPrefs({ kind: 'text' }).kind).toBe('password');
  });
});
