import { describe, expect, it } from 'vitest';
import { DEFAULT_SHARE_OPTIONS, checkShareOptions, sanitizeShareOptions } from './share-options';

describe('share options', () => {
  it('accepts the defaults: 1 day, 1 view, 1 attempt, 6 words', () => {
    expect(DEFAULT_SHARE_OPTIONS).toEqual({
      expiresIn: 86400,
      maxViews: 1,
      maxAttempts: 1,
      words: 6,
    });
    expect(checkShareOptions(DEFAULT_SHARE_OPTIONS)).toEqual({});
  });

  it('names each bad field with the allowed range', () => {
    const errors = checkShareOptions({ expiresIn: 10, maxViews: 0, maxAttempts: 11, words: NaN });
    expect(errors.maxViews).toBe('Views must be a whole number from 1 to 1000.');
    expect(errors.maxAttempts).toBe('Attempts must be a whole number from 1 to 10.');
    expect(errors.words).toBe('Passphrase words must be a whole number from 4 to 12.');
    expect(errors.expiresIn).toContain('Expiry');
    expect(checkShareOptions({ ...DEFAULT_SHARE_OPTIONS, maxViews: 1.5 }).maxViews).toBeDefined();
  });

  it('replaces only the damaged fields of stored options', () => {
    expect(sanitizeShareOptions({ maxViews: 3, words: 99, extra: 1 })).toEqual({
      ...DEFAULT_SHARE_OPTIONS,
      maxViews: 3,
    });
    expect(sanitizeShareOptions('junk')).toEqual(DEFAULT_SHARE_OPTIONS);
  });
});
