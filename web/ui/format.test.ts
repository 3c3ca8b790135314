import { describe, expect, it } from 'vitest';
import { formatDuration, formatRelative, formatWhen } from './format';

const NOW = Date.parse('2030-03-05T12:00:00Z');
const at = (ms: number) => new Date(NOW + ms).toISOString();
const MIN = 60_000;

describe('times in the reader’s language', () => {
  it('says how far away, coarsely, in each language’s words', () => {
    expect(formatRelative(at(23 * 60 * MIN), 'en', NOW)).toBe('in 23 hours');
    expect(formatRelative(at(-5 * MIN), 'en', NOW)).toBe('5 minutes ago');
    expect(formatRelative(at(20_000), 'en', NOW)).toBe('in 1 minute');
    expect(formatRelative(at(3 * 24 * 60 * MIN), 'en', NOW)).toBe('in 3 days');
    expect(formatRelative(at(23 * 60 * MIN), 'de', NOW)).toBe('in 23 Stunden');
    expect(formatRelative(at(-5 * MIN), 'ja', NOW)).toBe('5 分前');
  });

  it('names the expiry choices with Intl units', () => {
    expect([300, 3600, 86400, 3 * 86400].map((s) => formatDuration(s, 'en'))).toEqual([
      '5 minutes',
      '1 hour',
      '1 day',
      '3 days',
    ]);
    expect(formatDuration(3 * 86400, 'pl')).toBe('3 dni');
    expect(formatDuration(300, 'fr')).toBe('5 minutes');
    expect(formatDuration(3600, 'de')).toBe('1 Stunde');
  });

  it('writes a time alone today, with the date otherwise', () => {
    const today = formatWhen(at(-60 * MIN), 'en-GB', NOW);
    expect(today).toMatch(/^\d\d:\d\d$/);
    expect(formatWhen(at(-3 * 24 * 60 * MIN), 'en-GB', NOW)).toMatch(/^2 Mar, \d\d:\d\d$/);
    expect(formatWhen(at(-3 * 24 * 60 * MIN), 'de', NOW)).toMatch(/^2\. März, \d\d:\d\d$/);
  });
});
